import type { FlowSource, UnreadableFile } from '../model/types.js';

/**
 * A read-only tree of files: the working tree, a git revision, or a folder inside one. Readers only ever
 * see this interface, so the same code reads a checkout and a commit from the object store.
 */
export interface SourceTree {
  /** Every file path under the root, relative and `/`-separated (`.git`, `node_modules` excluded). */
  list(): Promise<string[]>;
  /** File content; rejects when the file is missing or unreadable. */
  read(path: string): Promise<Buffer>;
  /** Size in bytes without reading, when cheap to know (limits are checked before reading). */
  size?(path: string): Promise<number>;
}

/** Limits checked before the work is done; a breach is an FG001 finding naming the limit. */
export interface ReadLimits {
  /** Any file read from the tree: flows, solution metadata, zip archives. */
  maxFileBytes: number;
  /** A flow document (a flow file, or a flow entry of a zip, inflated): it is parsed whole. */
  maxFlowBytes: number;
  maxZipEntries: number;
  /** One zip entry, inflated: what the central directory declares, and what inflating produces. */
  maxZipEntryBytes: number;
  /** All entries of a zip as declared, and all entries flowguard inflates (a declared size can lie). */
  maxZipTotalBytes: number;
}

/**
 * Defaults no real solution reaches. The largest flow file of the shared corpus (459 cloud flows) is
 * 263 KB; a parsed flow takes several times its size in memory (a 50 MB one, over 350 MB), so flow
 * documents stop at 16 MB. Solution metadata (a large customizations.xml) and zip archives are only
 * scanned, not turned into objects, and may be larger.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFlowBytes: 16 * 1024 * 1024,
  maxZipEntries: 20_000,
  maxZipEntryBytes: 64 * 1024 * 1024,
  maxZipTotalBytes: 512 * 1024 * 1024,
};

export interface ReadOptions {
  /** micromatch globs on tree paths; a file must match one include (when any) and no exclude. */
  include?: string[];
  exclude?: string[];
  limits?: Partial<ReadLimits>;
  /** When set, only these tree paths (and the solution metadata they need) are read. */
  only?: ReadonlySet<string>;
  /**
   * When set, the flows of each file go here as soon as the file is read, instead of into
   * `ReadResult.flows`: a caller that analyses and drops them keeps memory flat on a large tree. `order`
   * is the file's place among the tree's candidates (calls come in completion order).
   */
  onFlows?: (flows: FlowSource[], order: number) => void;
  /**
   * Where the tree sits, relative to the report's root (the git repository, else the current folder):
   * prepended to every `file` the read reports, and what include/exclude globs see. Identities
   * (`pathKey`) stay tree-relative, so the two sides of a `diff` still match by path.
   */
  displayPrefix?: string;
}

export interface ReadResult {
  flows: FlowSource[];
  unreadable: UnreadableFile[];
  /** Flow-bearing files (and zip entries) read and parsed. */
  filesRead: number;
}
