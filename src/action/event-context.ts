import { readFile } from 'node:fs/promises';

/** What the workflow run is about, read from the environment GitHub provides and the event payload. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** `https://api.github.com`, or the GHES / test server from GITHUB_API_URL. */
  apiUrl: string;
  /** `https://github.com`, for links in comments and summaries. */
  serverUrl: string;
  /** Link to this workflow run, when the environment names it. */
  runUrl: string | null;
  target: ReviewTarget;
}

/**
 * - `pull-request`: compare base and head, publish a review and a summary comment on PR `number`.
 * - `compare`: compare two commits without a pull request to comment on (merge queue).
 * - `tree`: scan the working tree, every finding new (push, workflow_dispatch, schedule …).
 */
export type ReviewTarget =
  | { kind: 'pull-request'; number: number; baseSha: string; headSha: string; fork: boolean }
  | { kind: 'compare'; baseSha: string; headSha: string }
  | { kind: 'tree' };

export class EventContextError extends Error {}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
// Full SHA-1 or SHA-256 object names only: anything else in a payload is not a commit we will fetch.
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** Reads GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_REPOSITORY, GITHUB_API_URL and friends. */
export async function readRunContext(env: NodeJS.ProcessEnv = process.env): Promise<RunContext> {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new EventContextError(
      `GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ''}": expected "owner/repo"`,
    );
  }
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const payload = needsPayload(eventName) ? await readPayload(env.GITHUB_EVENT_PATH) : {};
  return {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl,
    runUrl,
    target: targetOf(eventName, payload, `${owner}/${repo}`),
  };
}

function needsPayload(eventName: string): boolean {
  return PULL_REQUEST_EVENTS.has(eventName) || eventName === 'merge_group';
}

async function readPayload(file: string | undefined): Promise<Record<string, unknown>> {
  if (!file) throw new EventContextError('GITHUB_EVENT_PATH is not set: cannot read the event payload');
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new EventContextError(`cannot read the event payload ${file}: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new EventContextError(`the event payload ${file} is not an object`);
  return parsed as Record<string, unknown>;
}

/** The review target of an event; exported for tests. */
export function targetOf(
  eventName: string,
  payload: Record<string, unknown>,
  repository: string,
): ReviewTarget {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = object(payload.pull_request, 'pull_request');
    const number = pr.number;
    if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0) {
      throw new EventContextError(
        `pull_request.number in the ${eventName} payload is ${JSON.stringify(number)}: expected a PR number`,
      );
    }
    const base = object(pr.base, 'pull_request.base');
    const head = object(pr.head, 'pull_request.head');
    // The review's commit is the PR head, never GITHUB_SHA: on pull_request that is the test merge commit,
    // on pull_request_target the base branch tip (SPEC §6).
    const headRepo = head.repo as Record<string, unknown> | null | undefined;
    const fork =
      typeof headRepo?.full_name === 'string'
        ? headRepo.full_name.toLowerCase() !== repository.toLowerCase()
        : true;
    return {
      kind: 'pull-request',
      number,
      baseSha: sha(base.sha, 'pull_request.base.sha'),
      headSha: sha(head.sha, 'pull_request.head.sha'),
      fork,
    };
  }
  if (eventName === 'merge_group') {
    const group = object(payload.merge_group, 'merge_group');
    return {
      kind: 'compare',
      baseSha: sha(group.base_sha, 'merge_group.base_sha'),
      headSha: sha(group.head_sha, 'merge_group.head_sha'),
    };
  }
  return { kind: 'tree' };
}

function object(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null)
    throw new EventContextError(`the event payload has no ${what} object`);
  return v as Record<string, unknown>;
}

function sha(v: unknown, what: string): string {
  if (typeof v !== 'string' || !SHA.test(v)) {
    throw new EventContextError(
      `${what} in the event payload is ${JSON.stringify(v)}: expected a full commit SHA`,
    );
  }
  return v;
}
