import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import "./chunk-IMH2DE2T.js";

// src/cli/review-paths.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function checkReviewPaths(git, cwd, paths, revisions) {
  if (paths.length === 0) return;
  const top = await git.toplevel();
  const commits = await Promise.all(
    [revisions.base, revisions.head].filter((r) => r !== void 0).map((r) => git.resolveCommit(r))
  );
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    if (existsSync(abs)) continue;
    const rel = path.relative(top, abs).split(path.sep).join("/");
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) continue;
    const listed = await Promise.all(commits.map((c) => git.lsTree(c, { recursive: false, folders: [rel] })));
    if (listed.some((entries) => entries.length > 0)) continue;
    const names = [revisions.base, ...revisions.head !== void 0 ? [revisions.head] : []];
    throw new Error(
      `${p} is in neither ${names.join(", ")} nor the working tree: there is nothing to review`
    );
  }
}
export {
  checkReviewPaths
};
