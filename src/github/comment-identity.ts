import { escapeHtmlComment } from '../report/escape.js';
import type { GitHubClient } from './octokit-client.js';
import { httpStatus } from './octokit-client.js';

/**
 * The author of comments made with the workflow's GITHUB_TOKEN. `GET /user` answers 403 for that token
 * (and for GitHub App installation tokens), so the action cannot ask who it is; it assumes this login
 * unless `GET /user` names another (a personal access token).
 */
export const GITHUB_ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who this token writes as. Only comments by this login are trusted as ours: a PR author could otherwise
 * post a comment with a forged marker to hide a finding or take over the summary.
 */
export async function commentAuthor(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    if (httpStatus(err) === undefined) throw err;
    return GITHUB_ACTIONS_BOT;
  }
}

export function isAuthor(comment: { user?: { login?: string } | null }, login: string): boolean {
  return comment.user?.login === login;
}

/** Hidden marker that starts the summary comment; the Markdown reporter writes it as `<!-- … -->`. */
export const SUMMARY_MARKER = 'flowguard-summary';

/** Does this body start with our summary marker? Only the start counts: escaped content cannot forge it. */
export function isSummaryComment(body: string | null | undefined): boolean {
  return (body ?? '').startsWith(`<!-- ${SUMMARY_MARKER} -->`);
}

const FINGERPRINT_PREFIX = '<!-- flowguard-fingerprint ';
const FINGERPRINT_AT_START = /^<!-- flowguard-fingerprint ([^\s<>]+) -->/;

/** The hidden first line of an inline comment: the finding's fingerprint, for dedupe across runs. */
export function fingerprintMarker(fingerprint: string): string {
  return `${FINGERPRINT_PREFIX}${escapeHtmlComment(fingerprint)} -->`;
}

/** The fingerprint an inline comment carries, or null. */
export function fingerprintOf(body: string | null | undefined): string | null {
  const m = FINGERPRINT_AT_START.exec(body ?? '');
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}
