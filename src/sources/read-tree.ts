import { guidFrom } from './flow-guid.js';
import type {
  FlowMetadata,
  FlowSource,
  Layout,
  ReadOptions,
  ReadResult,
  SolutionConnectionReference,
  SourceFile,
  SourceTree,
  UnreadableFile,
} from './types.js';
import { BARE_DEFINITION_MARK, documentMetadata, extractFlows } from './flow-document.js';
import { compareCodeUnits } from '../json/code-unit-order.js';
import { discoverCandidates, nearPaths, type Candidate } from './layout-discovery.js';
import { pathFilter } from './path-filter.js';
import { emptyPart, ReadContext, type Part } from './read-context.js';
import { resolveLimits } from './read-limits.js';
import { mergeMetadata, workflowFor } from './solution-metadata.js';
import { decodeText } from './text-decoding.js';
import { readZipCandidate } from './zip-candidate.js';

/** Files read at once: enough to hide disk and git latency, few enough to keep memory flat. */
const CONCURRENCY = 8;

/**
 * Reads every flow of a tree, in every layout of SPEC §1 (see layout-discovery.ts for what counts as a
 * flow and when a failure is FG001). Never throws for a file: what cannot be read is an UnreadableFile.
 *
 * `explicit`: tree paths the user named (CLI file arguments) — always reportable.
 * `only` (PR mode) keeps a flow when its own path or one of its metadata files is in the set, so a
 * changed data.xml or customizations.xml re-reads the flows it describes.
 * `filesRead` counts the flow-bearing files and zip entries whose JSON was parsed: every reportable
 * candidate that got that far, and sniffed files that turned out to hold a cloud flow.
 */
export async function readTree(
  tree: SourceTree,
  opts: ReadOptions = {},
  explicit: ReadonlySet<string> = new Set(),
): Promise<ReadResult> {
  const ctx = new ReadContext(tree, resolveLimits(opts));
  const shown = displayName(opts.displayPrefix);
  const filter = pathFilter(opts.include, opts.exclude);
  const keep = (p: string): boolean => filter(shown.path(p));
  const only = opts.only;
  const listed = await tree.list();
  const candidates = discoverCandidates(only ? nearPaths(listed, only, explicit) : listed, explicit).filter(
    (c) => keep(c.path) && (!only || only.has(c.path) || c.metaPaths.some((m) => only.has(m))),
  );
  const parts = await mapLimited(candidates, CONCURRENCY, async (c, order) => {
    const part = await readCandidate(ctx, c);
    if (!opts.onFlows) return part;
    // Outside the catch: an error of the caller's analysis is not the file's, and must not become FG001.
    if (part.flows.length > 0) opts.onFlows(shown.flows(part.flows), order);
    // Only a new summary outlives the file. Kept Parts would teach V8 to allocate them in the old
    // generation, where each one's flow list holds the young parsed documents alive until the next full
    // GC: a full scan of 5,000 flows copied 400 MB more in minor GCs that way.
    const summary: Part = { flows: [], unreadable: part.unreadable, filesRead: part.filesRead };
    return summary;
  });
  const unreadable: UnreadableFile[] = [...ctx.metadataProblems(), ...parts.flatMap((p) => p.unreadable)].map(
    (u) => ({ ...u, file: shown.path(u.file) }),
  );
  unreadable.sort(
    (a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.entry ?? '', b.entry ?? ''),
  );
  return {
    flows: shown.flows(parts.flatMap((p) => p.flows)),
    unreadable,
    filesRead: parts.reduce((n, p) => n + p.filesRead, 0),
  };
}

/** Renames what a read reports by the tree's place under the report root (ReadOptions.displayPrefix). */
function displayName(prefix: string | undefined) {
  const renamed = new WeakSet<SourceFile>();
  const at = (p: string): string => (prefix ? `${prefix}/${p}` : p);
  return {
    path: at,
    flows(flows: FlowSource[]): FlowSource[] {
      if (!prefix) return flows;
      for (const f of flows) {
        // One file may hold several flows (an ARM template): they share one SourceFile.
        if (renamed.has(f.source)) continue;
        renamed.add(f.source);
        f.source.file = at(f.source.file);
      }
      return flows;
    },
  };
}

async function readCandidate(ctx: ReadContext, c: Candidate): Promise<Part> {
  try {
    return await (c.kind === 'zip' ? readZipCandidate(ctx, c) : readFileCandidate(ctx, c));
  } catch (err) {
    // A reader bug or a hostile file nobody foresaw: one FG001, and the run goes on.
    const part = emptyPart();
    part.unreadable.push({
      file: c.path,
      entry: null,
      reason: `unexpected error while reading: ${errorText(err)}`,
      line: null,
    });
    return part;
  }
}

async function readFileCandidate(ctx: ReadContext, c: Candidate): Promise<Part> {
  const part = emptyPart();
  const report = (reason: string, line: number | null = null): Part => {
    part.unreadable.push({ file: c.path, entry: null, reason, line });
    return part;
  };
  const { meta, refs } = await metadataOf(ctx, c);
  // Desktop flows (6), classic workflows (0), macros (9000)…: skipped silently, never read.
  if (meta.category !== undefined && meta.category !== 5) return part;
  const got = await ctx.flowBytes(c.path, c.reportable);
  if (got === null) return part;
  if (!got.ok) return report(got.reason);
  const decoded = decodeText(got.buf);
  if (!decoded.ok) return c.reportable ? report(decoded.reason, decoded.line) : part;
  const text = decoded.text;
  // A sniffed document that never spells "definition" (nor a bare definition's `$schema`) holds none
  // (`\u` escapes could spell it: parse those).
  if (
    !c.reportable &&
    !text.includes('"definition"') &&
    !BARE_DEFINITION_MARK.test(text) &&
    !text.includes('\\u')
  )
    return part;

  const source: SourceFile = { file: c.path, entry: null, layout: c.kind as Layout, text };
  const fromDoc =
    c.kind === 'unpacked-solution' || c.kind === 'logic-apps-standard' ? undefined : documentMetadata(c.path);
  const res = extractFlows({
    source,
    meta,
    refs,
    requireDefinition: c.requireDefinition,
    ...(fromDoc ? { metaFromDoc: fromDoc } : {}),
  });
  if (!res.ok) {
    if (!c.reportable && !looksLikeFlow(text)) return part;
    part.filesRead++;
    return report(res.reason, res.line);
  }
  if (c.reportable || res.flows.length > 0) part.filesRead++;
  part.flows.push(...res.flows);
  return part;
}

/** Metadata known before the flow file itself is read (so desktop flows are skipped unread). */
async function metadataOf(
  ctx: ReadContext,
  c: Candidate,
): Promise<{ meta: FlowMetadata; refs: SolutionConnectionReference[] }> {
  const segs = c.path.split('/');
  if (c.kind === 'unpacked-solution') {
    const [data, cust] = await Promise.all([
      c.dataXml ? ctx.dataXml(c.dataXml) : undefined,
      c.customizations ? ctx.customizations(c.customizations) : undefined,
    ]);
    const fileGuid = guidFrom(segs[segs.length - 1]);
    const rel = c.solutionRoot ? c.path.slice(c.solutionRoot.length + 1) : c.path;
    const meta = mergeMetadata(
      data,
      workflowFor(cust, rel, data?.id ?? fileGuid),
      fileGuid ? { id: fileGuid } : undefined,
    );
    return { meta, refs: cust?.connectionReferences ?? [] };
  }
  if (c.kind === 'logic-apps-standard') {
    const refs = c.connections ? await ctx.connections(c.connections) : [];
    return { meta: { name: segs[segs.length - 2] }, refs };
  }
  return { meta: {}, refs: [] };
}

/** A broken sniffed file is worth an FG001 only when its text plainly is a flow or a Logic Apps template. */
function looksLikeFlow(text: string): boolean {
  return (
    ((/"definition"\s*:/.test(text) || BARE_DEFINITION_MARK.test(text)) &&
      /"(triggers|actions)"\s*:/.test(text)) ||
    /microsoft\.logic\/workflows/i.test(text)
  );
}

function errorText(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** `fn` over `items` with at most `limit` in flight; results keep the items' order (deterministic output). */
async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
