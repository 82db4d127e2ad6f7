import type { GitHub } from '@actions/github/lib/utils';

/** The REST client the publishers use: @actions/github's Octokit with retry and throttling. */
export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES `/api/v3` URL or a local test server. */
  baseUrl: string;
  /** Where retry and rate-limit decisions are logged (core.info in the action). */
  log: (message: string) => void;
}

/**
 * Waits longer than this are not worth holding a runner for: the run degrades instead (annotations, job
 * summary, SARIF and the gate do not need the API). Our choice.
 */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/** Retries after a rate limit (primary or secondary) before giving up on that request. Our choice. */
const MAX_RATE_LIMIT_RETRIES = 2;
/** Retries of a server error (5xx, network); plugin-retry waits 1 s, 4 s, 9 s between them. */
const MAX_SERVER_ERROR_RETRIES = 3;
/**
 * Statuses plugin-retry must not retry: its defaults (client errors that will not change), plus 429, which
 * plugin-throttling retries after the server's `retry-after` — two plugins retrying it would double the wait.
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

/**
 * Builds the client. @actions/github and the plugins are loaded here, on first use, so the CLI — which
 * shares the bundle's chunks — never loads them.
 */
export async function createGitHubClient(options: ClientOptions): Promise<GitHubClient> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
      options.log(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (retrying
            ? `retrying after ${retryAfter} s`
            : `giving up (retry-after ${retryAfter} s, attempt ${retryCount + 1})`),
      );
      return retrying;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries: MAX_SERVER_ERROR_RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
