import { guidFrom } from './flow-guid.js';
import type { FlowMetadata, Layout, SolutionConnectionReference } from './types.js';
import { documentMetadata, extractFlows } from './flow-document.js';
import type { Candidate } from './layout-discovery.js';
import { emptyPart, type Part, type ReadContext } from './read-context.js';
import {
  mergeMetadata,
  parseCustomizationsXml,
  workflowFor,
  type CustomizationsMetadata,
} from './solution-metadata.js';
import { decodeText } from './text-decoding.js';
import { openZip, ZipError, type ZipArchive, type ZipEntryInfo } from './zip-reader.js';

const SOLUTION_FLOW = /^workflows\/[^/]+\.json$/i;
const LEGACY_DEFINITION = /^microsoft\.flow\/flows\/[^/]+\/definition\.json$/i;
const METADATA = /^(solution\.xml|customizations\.xml|manifest\.json)$/i;

/**
 * A `.zip` of the tree (or given as an argument): a packed solution (`solution.xml` at its root, any
 * case) or a legacy flow package (`Microsoft.Flow/flows/<id>/definition.json`). Only flow entries and
 * the metadata they need are ever inflated.
 *
 * FG001 for a zip: always when a limit is breached (what it holds is unknown, and a bomb is worth a
 * look); when it is broken, if it was given as an argument or its bytes name solution or package files
 * (names are stored uncompressed, so this works on a truncated zip); when it opens but is neither a
 * solution nor a package, only if it was given as an argument. Other zips in a tree are not flows.
 */
export async function readZipCandidate(ctx: ReadContext, c: Candidate): Promise<Part> {
  const part = emptyPart();
  const report = (reason: string, entry: string | null = null, line: number | null = null): void => {
    part.unreadable.push({ file: c.path, entry, reason, line });
  };
  const got = await ctx.bytes(c.path);
  if (!got.ok) {
    report(got.reason);
    return part;
  }
  let zip: ZipArchive;
  try {
    zip = openZip(got.buf, ctx.limits);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (err.kind === 'limit') report(err.message);
    else if (c.reportable || namesSolutionFiles(got.buf)) report(`broken zip: ${err.message}`);
    return part;
  }

  const byLower = new Map<string, ZipEntryInfo>();
  for (const e of zip.files) if (!byLower.has(e.name.toLowerCase())) byLower.set(e.name.toLowerCase(), e);
  const isSolution = byLower.has('solution.xml');
  const legacy = zip.files.filter((e) => LEGACY_DEFINITION.test(e.name));
  if (!isSolution && legacy.length === 0) {
    if (c.reportable) {
      report(
        'not a solution or flow package: no solution.xml at the zip root and no Microsoft.Flow/flows/<id>/definition.json',
      );
    }
    return part;
  }
  for (const name of zip.duplicates) {
    if (SOLUTION_FLOW.test(name) || LEGACY_DEFINITION.test(name) || METADATA.test(name)) {
      report(
        'the zip stores this entry name more than once; flowguard read the first copy, other tools may use another',
        name,
      );
    }
  }

  const readFlow = async (
    e: ZipEntryInfo,
    layout: Layout,
    meta: FlowMetadata,
    refs: SolutionConnectionReference[],
    fromDoc?: (doc: unknown) => FlowMetadata,
  ): Promise<void> => {
    const text = await entryText(zip, e, true);
    if (!text.ok) return report(text.reason, e.name, text.line);
    part.filesRead++;
    const source = { file: c.path, entry: e.name, layout, text: text.text };
    const res = extractFlows({
      source,
      meta,
      refs,
      requireDefinition: true,
      ...(fromDoc ? { metaFromDoc: fromDoc } : {}),
    });
    if (!res.ok) report(res.reason, e.name, res.line);
    else part.flows.push(...res.flows);
  };

  if (isSolution) {
    const cust = await customizations(zip, byLower.get('customizations.xml'), report);
    const refs = cust?.connectionReferences ?? [];
    for (const e of zip.files) {
      if (!SOLUTION_FLOW.test(e.name)) continue;
      const guid = guidFrom(e.name.slice(e.name.lastIndexOf('/') + 1));
      const meta = mergeMetadata(workflowFor(cust, e.name, guid), guid ? { id: guid } : undefined);
      // Desktop flows (6), classic workflows (0), macros (9000)…: skipped silently, never inflated.
      if (meta.category !== undefined && meta.category !== 5) continue;
      await readFlow(e, 'packed-solution', meta, refs);
    }
  } else {
    for (const e of legacy) await readFlow(e, 'legacy-package', {}, [], documentMetadata(e.name));
  }
  return part;
}

async function customizations(
  zip: ZipArchive,
  entry: ZipEntryInfo | undefined,
  report: (reason: string, entry: string | null, line: number | null) => void,
): Promise<CustomizationsMetadata | undefined> {
  if (!entry) return undefined;
  const text = await entryText(zip, entry);
  if (!text.ok) {
    report(text.reason, entry.name, text.line);
    return undefined;
  }
  const parsed = parseCustomizationsXml(text.text);
  if (!parsed.ok) {
    report(parsed.reason, entry.name, parsed.line);
    return undefined;
  }
  return parsed.value;
}

type EntryText = { ok: true; text: string } | { ok: false; reason: string; line: number | null };

async function entryText(zip: ZipArchive, e: ZipEntryInfo, flow = false): Promise<EntryText> {
  let buf: Buffer;
  try {
    buf = await zip.read(e, flow);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    return { ok: false, reason: err.message, line: null };
  }
  const decoded = decodeText(buf);
  return decoded.ok ? decoded : { ok: false, reason: decoded.reason, line: decoded.line };
}

const SOLUTION_MARKERS = ['solution.xml', 'customizations.xml', 'microsoft.flow/flows/'];

/** Entry names are stored uncompressed in local headers and the central directory (any case). */
function namesSolutionFiles(buf: Buffer): boolean {
  const text = buf.toString('latin1').toLowerCase();
  return SOLUTION_MARKERS.some((m) => text.includes(m));
}
