/**
 * What flowguard asks of git, as one small interface: the engine, the readers and the action reach git
 * only through it. `CliGit` runs the git program; `MemoryGit` answers from memory, so tests of what sits
 * above git need no repository (a contract test holds the two to the same answers).
 */
export interface Git {
  /** Absolute path of the repository's top folder. */
  toplevel(): Promise<string>;
  /** The commit a revision names; a missing one (shallow clone) is a GitError that says how to fetch it. */
  resolveCommit(rev: string): Promise<string>;
  /** Whether the object store holds this commit (a shallow checkout often does not). */
  hasCommit(sha: string): Promise<boolean>;
  /** Makes one commit (a full SHA) available from the remote, objects only, unless it is already here. */
  fetchCommit(sha: string, remote?: string): Promise<void>;
  /** The best common ancestor of two commits, or null when the history at hand cannot say. */
  mergeBase(a: string, b: string): Promise<string | null>;
  /** A file's content at a revision (`rev:path`, repository-relative), or null when it has none. */
  show(rev: string, path: string): Promise<Buffer | null>;
  /**
   * Paths that differ between a commit and another commit or (head null) the working tree, untracked
   * files included. No rename detection: a rename is a deletion and an addition.
   */
  diffNames(base: string, head: string | null): Promise<Set<string>>;
  /** What differs between two commits, path by path, with each side's mode and object id. */
  diffRaw(base: string, head: string): Promise<RawChange[]>;
  /**
   * Entries of a commit's tree, paths from the repository root: every file below the root (`recursive`),
   * or the entries (files and folders) directly in the root or in each of `folders` (`dir/`).
   */
  lsTree(commit: string, options: { recursive: boolean; folders?: readonly string[] }): Promise<TreeEntry[]>;
  /** Every folder of a commit's tree, paths from the repository root. */
  lsFolders(commit: string): Promise<string[]>;
  /** A reader of blob contents by object id; close it when done. */
  catFileBatch(): BlobBatch;
}

/** A git command failed; `hint` says what the user can do about it. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message}\n${hint}` : message);
  }
}

/** One path of `git diff --raw`: mode `000000` on the side where the path does not exist. */
export interface RawChange {
  path: string;
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
}

/** One entry of `git ls-tree`: `type` is `blob` (file or symlink), `tree` (folder) or `commit` (submodule). */
export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  path: string;
}

/** A blob's size, known before its bytes, and the bytes when no larger than asked to keep (else null). */
export interface BlobFetch {
  size: Promise<number>;
  content: Promise<Buffer | null>;
}

export interface BlobBatch {
  /** Asks for a blob; blobs larger than `keep` bytes are counted and dropped. */
  fetch(oid: string, keep: number): BlobFetch;
  close(): void;
}
