/**
 * Which lines of a pull request a review comment may point at. GitHub accepts an inline comment only on a
 * line inside a diff hunk of the PR — on the RIGHT side an added or context line (head numbering), on the
 * LEFT side a deleted or context line (base numbering) — and rejects the whole review with 422 otherwise.
 * The hunks come from the `patch` field of "List pull request files".
 */

/** One side's view of a file's hunks. */
export interface HunkLines {
  /** Lines a RIGHT-side comment may use: added and context lines, numbered in the head file. */
  right: Set<number>;
  /** Lines a LEFT-side comment may use: deleted and context lines, numbered in the base file. */
  left: Set<number>;
  /** Lines the change added (head numbering). */
  added: Set<number>;
  /** Lines the change deleted (base numbering). */
  deleted: Set<number>;
}

/** The subset of a "List pull request files" entry the action reads. */
export interface PullRequestFile {
  filename: string;
  previous_filename?: string;
  status: string;
  /** Absent for binary files and diffs GitHub considers too large. */
  patch?: string;
}

export interface FileHunks extends HunkLines {
  /** Path in the head revision, which is what a review comment's `path` names on either side. */
  path: string;
  /** Path in the base revision (differs after a rename). */
  basePath: string;
}

const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** Parses a unified-diff `patch` into the commentable lines of each side. */
export function parsePatch(patch: string): HunkLines {
  const hunks: HunkLines = { right: new Set(), left: new Set(), added: new Set(), deleted: new Set() };
  let oldLine = 0;
  let newLine = 0;
  // Lines still expected in the current hunk, from its header: they bound the hunk, so a trailing empty
  // line or a stray header-like line after it is never counted.
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      oldLine = Number(header[1]);
      oldLeft = header[2] === undefined ? 1 : Number(header[2]);
      newLine = Number(header[3]);
      newLeft = header[4] === undefined ? 1 : Number(header[4]);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue;
    const mark = line[0];
    if (mark === '+' && newLeft > 0) {
      hunks.added.add(newLine);
      hunks.right.add(newLine++);
      newLeft--;
    } else if (mark === '-' && oldLeft > 0) {
      hunks.deleted.add(oldLine);
      hunks.left.add(oldLine++);
      oldLeft--;
    } else if ((mark === ' ' || line === '') && oldLeft > 0 && newLeft > 0) {
      // An empty line is a context line whose leading space a tool trimmed.
      hunks.left.add(oldLine++);
      hunks.right.add(newLine++);
      oldLeft--;
      newLeft--;
    }
    // `\ No newline at end of file` and anything else: not a line of either file.
  }
  return hunks;
}

/** The commentable lines of every file of a pull request, by head path and by base path. */
export class PullRequestDiff {
  private readonly byPath = new Map<string, FileHunks>();
  private readonly byBasePath = new Map<string, FileHunks>();

  constructor(files: readonly PullRequestFile[]) {
    for (const f of files) {
      // Without a patch GitHub has no hunks to anchor to: the file is known but nothing in it is commentable.
      const lines = f.patch === undefined ? parsePatch('') : parsePatch(f.patch);
      const hunks: FileHunks = { ...lines, path: f.filename, basePath: f.previous_filename ?? f.filename };
      this.byPath.set(hunks.path, hunks);
      // A file added in the PR has no base side.
      if (f.status !== 'added') this.byBasePath.set(hunks.basePath, hunks);
    }
  }

  /** The file as the head revision names it. */
  head(path: string): FileHunks | undefined {
    return this.byPath.get(path);
  }

  /** The file as the base revision names it (follows renames). */
  base(path: string): FileHunks | undefined {
    return this.byBasePath.get(path);
  }

  get size(): number {
    return this.byPath.size;
  }
}
