import type { Git } from '../git/git.js';
import type { MergeBaseLookup } from '../github/merge-base-lookup.js';

/**
 * A pull request is reviewed against the merge base of its base and head, as GitHub's own "Files changed"
 * is: `pull_request.base.sha` is the base branch's tip, and whatever the base branch gained since the PR
 * branched off would otherwise show up as the PR's own regressions. A local `git merge-base` answers when
 * the history is there (fetch-depth: 0); a depth-1 checkout asks the compare API instead.
 */
export async function mergeBaseOf(
  git: Git,
  base: string,
  head: string,
  lookup: MergeBaseLookup | null,
): Promise<string | null> {
  const local = await git.mergeBase(base, head);
  if (local && /^[0-9a-f]{40}$/.test(local)) return local;
  return lookup ? lookup(base, head).catch(() => null) : null;
}

/** Fetches each commit the checkout lacks (a depth-1 checkout holds neither the PR base nor its head). */
export async function fetchMissing(
  git: Git,
  shas: readonly string[],
  log: (m: string) => void,
): Promise<void> {
  for (const sha of shas) {
    if (await git.hasCommit(sha)) continue;
    log(`Fetching ${sha} (git fetch --depth=1 origin ${sha}): the checkout does not contain it`);
    await git.fetchCommit(sha);
  }
}

/** The merge base of the PR's base and head (see merge-base.ts), fetched when missing; else the base tip. */
export async function reviewBase(
  git: Git,
  baseSha: string,
  headSha: string,
  lookup: MergeBaseLookup | null,
  log: (m: string) => void,
  notes: string[],
): Promise<string> {
  const mergeBase = await mergeBaseOf(git, baseSha, headSha, lookup);
  if (!mergeBase) {
    notes.push(
      `The merge base of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)} could not be found: compared with the base branch tip.`,
    );
    return baseSha;
  }
  if (mergeBase !== baseSha && !(await git.hasCommit(mergeBase))) {
    log(`Fetching the merge base ${mergeBase} (git fetch --depth=1 origin ${mergeBase})`);
    await git.fetchCommit(mergeBase);
  }
  return mergeBase;
}
