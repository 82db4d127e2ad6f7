import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST API endpoints the action uses, on 127.0.0.1 (nock and msw do not
 * run here; see TOOLCHAIN.md). It keeps state like GitHub does — review comments, issue comments — and
 * records every request so tests assert on what the action actually sent.
 *
 * Behaviours, each as GitHub shows it:
 * - pagination with `Link` headers (`pageSize` caps `per_page`, to force several pages with little data);
 * - 422 for a review whose inline comment is not on a line of the diff, checked against the `patch` this
 *   server serves (its own parser, not the action's), or whose commit_id is not the PR head;
 * - `readOnly`: every write answers 403 "Resource not accessible by integration" (fork PRs);
 * - one-shot faults (`failOnce`): e.g. a 502, or a secondary rate limit 403/429 with `retry-after`;
 * - `GET /user` answers 403, as it does for a GITHUB_TOKEN;
 * - "Get a pull request" names `pull.headSha`, the PR's current head (set it to model a later push);
 * - "List pull request files" stops at MAX_LISTED_FILES, as GitHub's does, however many files the PR has;
 * - `primaryRateLimit`: the 403 with `x-ratelimit-remaining: 0` and a reset time GitHub sends when the
 *   hourly budget is spent (a fault, like the secondary limits).
 */

/** GitHub docs, "List pull requests files": "Responses include a maximum of 3000 files". */
export const MAX_LISTED_FILES = 3000;

export interface FakeFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  previous_filename?: string;
  patch?: string;
}

export interface FakeUser {
  login: string;
  type: 'Bot' | 'User';
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
  at: number;
}

export interface StoredComment {
  id: number;
  body: string;
  user: FakeUser;
  path?: string;
  line?: number;
  side?: 'LEFT' | 'RIGHT';
  commit_id?: string;
  pull_request_review_id?: number;
}

export interface StoredReview {
  id: number;
  body: string;
  event: string;
  commit_id: string;
  comments: StoredComment[];
}

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A primary rate limit on one request: 403, no budget left, reset `resetInSeconds` from now. */
export function primaryRateLimit(method: string, path: RegExp, resetInSeconds: number): Fault {
  return {
    method,
    path,
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
    },
    body: {
      message: 'API rate limit exceeded for installation ID 4242.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    },
  };
}

export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };
export const SECONDARY_RATE_LIMIT = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url:
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly reviews: StoredReview[] = [];
  readonly reviewComments: StoredComment[] = [];
  readonly issueComments: StoredComment[] = [];
  /** The PR: its head commit and the files GitHub lists for it. */
  pull: { number: number; headSha: string; files: FakeFile[]; mergeBaseSha?: string } = {
    number: 1,
    headSha: '',
    files: [],
  };
  readOnly = false;
  pageSize = 100;
  /** Faults answered once each, in order, for the first matching request. */
  faults: Fault[] = [];
  /** Extra positions GitHub's own view of the diff rejects (e.g. after the base moved). */
  rejectPosition: (c: { path: string; line: number; side: string }) => boolean = () => false;
  private server?: Server;
  private nextId = 1000;

  constructor(
    readonly owner = 'octo',
    readonly repo = 'flows',
  ) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this.url;
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A comment as someone else wrote it (to check the action trusts only its own). */
  seedIssueComment(body: string, user: FakeUser): StoredComment {
    const c = { id: this.nextId++, body, user };
    this.issueComments.push(c);
    return c;
  }

  seedReviewComment(body: string, user: FakeUser, path: string, line: number): StoredComment {
    const c: StoredComment = { id: this.nextId++, body, user, path, line, side: 'RIGHT' };
    this.reviewComments.push(c);
    return c;
  }

  /** Recorded requests, optionally only those of one method and path pattern. */
  calls(method?: string, path?: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => (!method || r.method === method) && (!path || path.test(r.path)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      record.status = status;
      const payload = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': typeof body === 'string' ? 'text/plain' : 'application/json',
        ...headers,
      });
      res.end(payload);
    };
    const fault = this.faults.findIndex((f) => f.method === method && f.path.test(url.pathname));
    if (fault >= 0) {
      const [f] = this.faults.splice(fault, 1);
      return send(f.status, f.body ?? 'Bad Gateway', f.headers);
    }
    if (method !== 'GET' && this.readOnly) {
      return send(403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }
    try {
      const [status, body, headers] = this.route(method, url, record.body as Record<string, unknown>);
      send(status, body, headers);
    } catch (err) {
      send(500, { message: String(err) });
    }
  }

  private route(
    method: string,
    url: URL,
    body: Record<string, unknown>,
  ): [number, unknown, Record<string, string>?] {
    const repo = `/repos/${this.owner}/${this.repo}`;
    const p = url.pathname;
    const pr = `${repo}/pulls/${this.pull.number}`;
    if (method === 'GET' && p === '/user')
      return [403, { message: 'Resource not accessible by integration' }];
    if (method === 'GET' && p === pr) {
      // "Get a pull request": its current head, which moves on with every push.
      return [200, { number: this.pull.number, state: 'open', head: { sha: this.pull.headSha } }];
    }
    if (method === 'GET' && p === `${pr}/files`)
      return this.page(url, this.pull.files.slice(0, MAX_LISTED_FILES));
    const compare = new RegExp(`^${repo}/compare/([0-9a-f]{40})\\.\\.\\.([0-9a-f]{40})$`).exec(p);
    if (method === 'GET' && compare) {
      // An up-to-date PR: the merge base is the base tip, unless a test says the base branch moved on.
      return [200, { merge_base_commit: { sha: this.pull.mergeBaseSha ?? compare[1] }, files: [] }];
    }
    if (method === 'GET' && p === `${pr}/comments`) return this.page(url, this.reviewComments);
    if (method === 'POST' && p === `${pr}/reviews`) return this.createReview(body);
    if (method === 'GET' && p === `${repo}/issues/${this.pull.number}/comments`)
      return this.page(url, this.issueComments);
    if (method === 'POST' && p === `${repo}/issues/${this.pull.number}/comments`) {
      const c = { id: this.nextId++, body: String(body.body), user: BOT };
      this.issueComments.push(c);
      return [201, c];
    }
    const edit = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(p);
    if (method === 'PATCH' && edit) {
      const c = this.issueComments.find((x) => x.id === Number(edit[1]));
      if (!c) return [404, { message: 'Not Found' }];
      if (c.user.login !== BOT.login) return [403, { message: 'Must have admin rights to Repository.' }];
      c.body = String(body.body);
      return [200, c];
    }
    return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }];
  }

  private page(url: URL, items: readonly unknown[]): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), this.pageSize);
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links = page < last ? [link(page + 1, 'next'), link(last, 'last')] : [];
    return [
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length ? { link: links.join(', ') } : {},
    ];
  }

  private createReview(body: Record<string, unknown>): [number, unknown] {
    if (body.commit_id !== this.pull.headSha) {
      return [
        422,
        { message: 'Unprocessable Entity', errors: ['commit_id is not part of the pull request'] },
      ];
    }
    const comments = (body.comments ?? []) as { path: string; line: number; side: string; body: string }[];
    if (comments.length === 0 && !body.body)
      return [422, { message: 'Unprocessable Entity', errors: ['Review body is required'] }];
    for (const c of comments) {
      const file = this.pull.files.find((f) => f.filename === c.path);
      const lines = file?.patch
        ? commentableLines(file.patch)
        : { LEFT: new Set<number>(), RIGHT: new Set<number>() };
      const side = c.side === 'LEFT' ? 'LEFT' : 'RIGHT';
      if (!lines[side].has(c.line) || this.rejectPosition(c)) {
        return [
          422,
          { message: 'Unprocessable Entity', errors: ['Line could not be resolved'], status: '422' },
        ];
      }
    }
    const review: StoredReview = {
      id: this.nextId++,
      body: String(body.body ?? ''),
      event: String(body.event),
      commit_id: String(body.commit_id),
      comments: [],
    };
    for (const c of comments) {
      const stored: StoredComment = {
        id: this.nextId++,
        body: c.body,
        user: BOT,
        path: c.path,
        line: c.line,
        side: c.side === 'LEFT' ? 'LEFT' : 'RIGHT',
        commit_id: review.commit_id,
        pull_request_review_id: review.id,
      };
      review.comments.push(stored);
      this.reviewComments.push(stored);
    }
    this.reviews.push(review);
    return [
      200,
      { id: review.id, body: review.body, user: BOT, state: 'COMMENTED', commit_id: review.commit_id },
    ];
  }
}

/** The server's own reading of a unified diff: lines a comment may use on each side. */
function commentableLines(patch: string): { LEFT: Set<number>; RIGHT: Set<number> } {
  const out = { LEFT: new Set<number>(), RIGHT: new Set<number>() };
  let oldN = 0;
  let newN = 0;
  for (const line of patch.split('\n')) {
    const h = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (h) {
      oldN = Number(h[1]);
      newN = Number(h[2]);
    } else if (line.startsWith('+')) out.RIGHT.add(newN++);
    else if (line.startsWith('-')) out.LEFT.add(oldN++);
    else if (line.startsWith(' ')) {
      out.LEFT.add(oldN++);
      out.RIGHT.add(newN++);
    }
  }
  return out;
}
