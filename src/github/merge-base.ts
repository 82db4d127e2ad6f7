import type { Git } from '../sources/git-revision-source.js';
import { createGitHubClient } from './octokit-client.js';

/** Asks GitHub for the merge base of two commits; null when it cannot say. */
export type MergeBaseLookup = (base: string, head: string) => Promise<string | null>;

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
  const local = await git
    .text(['merge-base', base, head])
    .then((s) => s.trim())
    .catch(() => '');
  if (/^[0-9a-f]{40}$/.test(local)) return local;
  return lookup ? lookup(base, head).catch(() => null) : null;
}

/** The compare API's `merge_base_commit` (one read request; works with a read-only token). */
export function compareApiLookup(
  token: string,
  apiUrl: string,
  owner: string,
  repo: string,
  log: (m: string) => void,
): MergeBaseLookup {
  return async (base, head) => {
    if (!token) return null;
    const client = await createGitHubClient({ token, baseUrl: apiUrl, log });
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    });
    const sha = data.merge_base_commit?.sha;
    return typeof sha === 'string' && /^[0-9a-f]{40}$/.test(sha) ? sha : null;
  };
}
