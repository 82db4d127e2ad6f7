import type { Report } from '../findings/types.js';
import { httpStatus } from './octokit-client.js';

/**
 * What a publisher did: `posted` (it wrote what it had to write), `skipped` (nothing to do, or switched
 * off) or `degraded` (it could not write — no permission, GitHub refused — and the run goes on without it).
 */
export type PublishStatus = 'posted' | 'skipped' | 'degraded';

export interface PublishResult {
  /** `review`, `summary comment`, `annotations`, `job summary`, `SARIF file`. */
  publisher: string;
  status: PublishStatus;
  /** One sentence for the log, the notice and the job summary: what happened and why. */
  reason: string;
}

/**
 * Every GitHub output of the action has this shape (ARCHITECTURE house style 8), so the action wires them
 * the same way and reports their outcomes the same way. A publisher never throws for a refusal by GitHub:
 * it returns `degraded`.
 */
export interface Publisher<R extends PublishResult = PublishResult> {
  readonly name: string;
  publish(report: Report): Promise<R>;
}

/**
 * Why a GitHub request failed, phrased for a notice. 403 and 404 on a write are what a read-only token
 * gets (pull requests from forks, `permissions:` without `pull-requests: write`).
 */
export function describeApiFailure(err: unknown): string {
  const status = httpStatus(err);
  const message = (err as { response?: { data?: { message?: unknown } } })?.response?.data?.message;
  const detail =
    typeof message === 'string' && message ? message : err instanceof Error ? err.message : String(err);
  // A primary limit answers 403 with `x-ratelimit-remaining: 0`, a secondary one 403 or 429 saying so: not
  // a permission problem, and a user told to grant `pull-requests: write` would look in the wrong place.
  const headers = (err as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  if (
    (status === 403 || status === 429) &&
    (String(headers?.['x-ratelimit-remaining']) === '0' || /rate limit/i.test(detail))
  ) {
    return `GitHub answered ${status} (${detail}): rate limited for longer than flowguard waits`;
  }
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${detail}): the token cannot write here (a pull request from a fork, or a workflow without \`pull-requests: write\`)`;
  }
  return status === undefined ? detail : `GitHub answered ${status} (${detail})`;
}

/** Runs a GitHub call; an HTTP failure becomes a `degraded` result, anything else (a bug) is rethrown. */
export async function degradeOnApiError<R extends PublishResult>(
  publisher: string,
  work: () => Promise<R>,
  onDegraded: (reason: string) => R = (reason) =>
    ({ publisher, status: 'degraded', reason: `not posted — ${reason}` }) as R,
): Promise<R> {
  try {
    return await work();
  } catch (err) {
    if (httpStatus(err) === undefined) throw err;
    return onDegraded(describeApiFailure(err));
  }
}
