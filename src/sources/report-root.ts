import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Reports name files from one root, whatever PATH arguments were given (SPEC §1 "file naming"): the git
 * repository that holds the current folder, else the current folder itself. Annotations, SARIF, review
 * comments and links all need repository paths, and a path relative to an argument means nothing to them.
 */
export function reportRoot(cwd: string): string {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

/**
 * `abs` as reports name it: relative to the root when inside it, else relative to the current folder
 * (`../other/x.json`) — never absolute. `/`-separated; the root itself is ''.
 */
export function displayPath(abs: string, root: string, cwd: string): string {
  const fromRoot = path.relative(root, abs);
  const inside = !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
  const rel = inside ? fromRoot : path.relative(path.resolve(cwd), abs);
  // A path on another Windows drive has no relative form: keep it whole (the only absolute case).
  return rel.split(path.sep).join('/');
}
