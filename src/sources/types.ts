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
  maxFileBytes: number;
  maxZipEntries: number;
  maxZipEntryBytes: number;
  maxZipTotalBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
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
}

export interface ReadResult {
  flows: FlowSource[];
  unreadable: UnreadableFile[];
  /** Flow-bearing files (and zip entries) read and parsed. */
  filesRead: number;
}
