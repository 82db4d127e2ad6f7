import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Git } from '../git/git.js';

/**
 * `scan --base REV PATH…` reviews the change under PATH only. A PATH that names nothing in the base, the head
 * or the working tree (a typo, a folder since renamed) limits the review to nothing, and every change would
 * pass as "no flow changed": it is an error, as `scan PATH` is for a missing PATH. A folder that only one side
 * has (added or deleted by the change) is a review.
 */
export async function checkReviewPaths(
  git: Git,
  cwd: string,
  paths: readonly string[],
  revisions: { base: string; head?: string },
): Promise<void> {
  if (paths.length === 0) return;
  const top = await git.toplevel();
  const commits = await Promise.all(
    [revisions.base, revisions.head].filter((r) => r !== undefined).map((r) => git.resolveCommit(r)),
  );
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (existsSync(abs)) continue;
    const rel = path.relative(top, abs).split(path.sep).join('/');
    // Outside the repository: the engine says so.
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    const listed = await Promise.all(commits.map((c) => git.lsTree(c, { recursive: false, folders: [rel] })));
    if (listed.some((entries) => entries.length > 0)) continue;
    const names = [revisions.base, ...(revisions.head !== undefined ? [revisions.head] : [])];
    throw new Error(
      `${p} is in neither ${names.join(', ')} nor the working tree: there is nothing to review`,
    );
  }
}
