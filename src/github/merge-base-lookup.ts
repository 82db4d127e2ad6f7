import { createGitHubClient } from './octokit-client.js';

/** Asks GitHub for the merge base of two commits; null when it cannot say. */
export type MergeBaseLookup = (base: string, head: string) => Promise<string | null>;

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
