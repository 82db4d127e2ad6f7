import type {
  FlowSource,
  ReadLimits,
  SolutionConnectionReference,
  SourceTree,
  UnreadableFile,
} from './types.js';
import { parseJsonText } from './json-document.js';
import { connectionsFromJson } from './logic-app-connections.js';
import { formatBytes, overTheLimit } from './read-limits.js';
import {
  parseCustomizationsXml,
  parseDataXml,
  type CustomizationsMetadata,
  type WorkflowEntry,
  type XmlResult,
} from './solution-metadata.js';
import { decodeText } from './text-decoding.js';

/** What reading one candidate produced. */
export interface Part {
  flows: FlowSource[];
  unreadable: UnreadableFile[];
  filesRead: number;
}

export const emptyPart = (): Part => ({ flows: [], unreadable: [], filesRead: 0 });

export type Bytes = { ok: true; buf: Buffer } | { ok: false; reason: string };

/**
 * State shared by the readers of one tree: the limits, and metadata files parsed once however many
 * flows need them. A metadata file that cannot be read is reported once, and its flows are still read
 * with whatever metadata is left (the file name's GUID at least).
 */
export class ReadContext {
  private readonly cache = new Map<string, Promise<unknown>>();
  private readonly problems = new Map<string, UnreadableFile>();

  constructor(
    readonly tree: SourceTree,
    readonly limits: ReadLimits,
  ) {}

  /**
   * A tree file's bytes; the size limit (`maxFileBytes`, and `maxFlowBytes` too for a flow document) is
   * checked before reading whenever the tree can tell the size.
   */
  async bytes(path: string, flow = false): Promise<Bytes> {
    const limit =
      flow && this.limits.maxFlowBytes < this.limits.maxFileBytes ? 'maxFlowBytes' : 'maxFileBytes';
    const max = this.limits[limit];
    const tooBig = (n: number): Bytes => ({
      ok: false,
      reason: `the file is ${formatBytes(n)}, ${overTheLimit(this.limits, limit)}`,
    });
    try {
      if (this.tree.readWithin) {
        const got = await this.tree.readWithin(path, max);
        if (!Buffer.isBuffer(got)) return tooBig(got.tooBig);
        return got.length > max ? tooBig(got.length) : { ok: true, buf: got };
      }
      const size = this.tree.size ? await this.tree.size(path) : undefined;
      if (size !== undefined && size > max) return tooBig(size);
      const buf = await this.tree.read(path);
      return buf.length > max ? tooBig(buf.length) : { ok: true, buf };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { ok: false, reason: `the file could not be read (${code ?? (err as Error).message})` };
    }
  }

  /**
   * The bytes of a flow candidate, or null to skip it silently. A file in a flow's place (`reportable`) is
   * bounded by `maxFlowBytes` before it is read. A sniffed file over that limit is still looked into — as
   * bytes, never parsed — and is a breach only when it could hold a definition (it spells `"definition"` or
   * a bare definition's `workflowdefinition.json` schema,
   * or hides it in `\u` escapes or UTF-16): otherwise padding a Logic App past the limit would make it pass
   * unreviewed, while a large data file is no flow and stays silent.
   */
  async flowBytes(path: string, reportable: boolean): Promise<Bytes | null> {
    if (reportable) return this.bytes(path, true);
    const got = await this.bytes(path);
    if (!got.ok) return null;
    const { buf } = got;
    if (buf.length <= this.limits.maxFlowBytes) return got;
    const couldHoldFlow =
      buf.includes('"definition"') ||
      buf.includes('workflowdefinition.json') ||
      buf.includes('\\u') ||
      buf[0] === 0xff ||
      buf[0] === 0xfe;
    if (!couldHoldFlow) return null;
    return {
      ok: false,
      reason: `the file is ${formatBytes(buf.length)}, ${overTheLimit(this.limits, 'maxFlowBytes')}`,
    };
  }

  /**
   * A flow's `.data.xml`: read each time it is asked for, never kept. It describes one flow, read once
   * per scan, and keeping every entry for the run only moved them into the old generation.
   */
  dataXml(path: string): Promise<WorkflowEntry | undefined> {
    return this.load(path, parseDataXml);
  }

  customizations(path: string): Promise<CustomizationsMetadata | undefined> {
    return this.metadata(path, parseCustomizationsXml);
  }

  connections(path: string): Promise<SolutionConnectionReference[]> {
    return this.metadata(path, (text): XmlResult<SolutionConnectionReference[]> => {
      const parsed = parseJsonText(text);
      return parsed.ok ? { ok: true, value: connectionsFromJson(parsed.value) } : parsed;
    }).then((refs) => refs ?? []);
  }

  /** Metadata files that could not be read, one each. */
  metadataProblems(): UnreadableFile[] {
    return [...this.problems.values()];
  }

  /** A metadata file shared by flows: read and parsed once, however many ask. */
  private metadata<T>(path: string, parse: (text: string) => XmlResult<T>): Promise<T | undefined> {
    let p = this.cache.get(path) as Promise<T | undefined> | undefined;
    if (!p) {
      p = this.load(path, parse);
      this.cache.set(path, p);
    }
    return p;
  }

  private async load<T>(path: string, parse: (text: string) => XmlResult<T>): Promise<T | undefined> {
    const got = await this.bytes(path);
    if (!got.ok) return this.problem(path, got.reason, null);
    const decoded = decodeText(got.buf);
    if (!decoded.ok) return this.problem(path, decoded.reason, decoded.line);
    const parsed = parse(decoded.text);
    return parsed.ok ? parsed.value : this.problem(path, parsed.reason, parsed.line);
  }

  private problem(file: string, reason: string, line: number | null): undefined {
    this.problems.set(file, { file, entry: null, reason, line });
    return undefined;
  }
}
