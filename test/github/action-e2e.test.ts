import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { BOT, FakeGitHub, SECONDARY_RATE_LIMIT, type StoredComment } from '../helpers/fake-github.js';
import {
  annotations,
  FLOW_FILE,
  hasCommit,
  PullRequestRepository,
  runAction,
  type ActionRun,
} from './pr-repository.js';
import { sarifSchemaErrors } from './sarif-schema.js';

/**
 * The committed bundle, run as the runner runs it — `node dist/index.js` with GitHub's environment —
 * against a real git repository and a local server that behaves like the GitHub REST API. Build first
 * (`npm run build`) when src/ changed. The pull request's three runs are sequential by nature; the other
 * situations are independent and run beside them, so the waits (retry-after, GitHub's write pacing) overlap.
 */
const DIST = path.resolve('dist/index.js');
const FP_MARKER = /^<!-- flowguard-fingerprint ([0-9a-f]+) -->/;
const MALLORY = { login: 'mallory', type: 'User' as const };

interface CliFinding {
  ruleId: string;
  fingerprint: string;
  severity: string;
  action: string | null;
}

const pr = new PullRequestRepository();
const expectedCache = new Map<string, CliFinding[]>();

/** The new findings the CLI reports for base...head: what the action is expected to publish. */
function expected(head: string): CliFinding[] {
  if (!expectedCache.has(head)) {
    const args = ['scan', '--base', pr.base, '--head', head, '--format', 'json', '--fail-on', 'none'];
    const out = execFileSync(process.execPath, [path.resolve('dist/cli.js'), ...args], {
      cwd: pr.work.dir,
      encoding: 'utf8',
    });
    expectedCache.set(head, JSON.parse(out).findings);
  }
  return expectedCache.get(head)!;
}

// ---- The pull request: run 1 on head1, run 2 on the same head, run 3 after a push that fixes a finding.
const github = new FakeGitHub();
const runs: ActionRun[] = [];
/** Index of each run's first request in github.requests. */
const firstRequest: number[] = [];
let forged: StoredComment;
let merge1 = '';

async function pullRequestRuns(): Promise<void> {
  await github.start();
  github.pageSize = 2;
  // Someone else's comments: one forging our summary marker, one forging a fingerprint. Neither is ours.
  forged = github.seedIssueComment('<!-- flowguard-summary -->\nAll clear, merge away.', MALLORY);
  const fg111 = expected(pr.head1).find((f) => f.ruleId === 'FG111')!;
  github.seedReviewComment(`<!-- flowguard-fingerprint ${fg111.fingerprint} -->\nok`, MALLORY, FLOW_FILE, 1);
  // One 502 on the first page of files, and a secondary rate limit (429, retry-after: 1) on listing the
  // PR's comments. (The 403 form of the secondary limit, on a write, is in octokit-client.test.ts.)
  github.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 502 });
  github.faults.push({
    method: 'GET',
    path: /\/issues\/1\/comments$/,
    status: 429,
    headers: { 'retry-after': '1' },
    body: SECONDARY_RATE_LIMIT,
  });
  for (const head of [pr.head1, pr.head1, pr.head2]) {
    github.pull.headSha = head;
    github.pull.files = pr.files(head);
    const merge = pr.mergeCommit(head);
    if (head === pr.head1) merge1 = merge;
    const workspace = pr.checkout(merge);
    expect(hasCommit(workspace, pr.base) || hasCommit(workspace, head)).toBe(false);
    firstRequest.push(github.requests.length);
    const event = pr.pullRequestEvent(head);
    runs.push(
      await runAction({ workspace, eventName: 'pull_request', event, apiUrl: github.url, sha: merge }),
    );
    // The depth-1 checkout of the merge commit lacked both commits: the action fetched them.
    expect(hasCommit(workspace, pr.base) && hasCommit(workspace, head)).toBe(true);
  }
}

// ---- Independent situations, each with its own server.
const servers: FakeGitHub[] = [];
type Situation = { github: FakeGitHub; run: ActionRun };
let readOnly: Situation;
let rejected: Situation;
let push: Situation;
let mergeGroup: Situation;
let nothing: Situation;

async function situation(
  setup: (github: FakeGitHub) => void,
  run: Omit<Parameters<typeof runAction>[0], 'apiUrl'>,
): Promise<Situation> {
  const server = new FakeGitHub();
  servers.push(server);
  await server.start();
  server.pull.headSha = pr.head1;
  server.pull.files = pr.files(pr.head1);
  setup(server);
  return { github: server, run: await runAction({ ...run, apiUrl: server.url }) };
}

async function otherSituations(): Promise<void> {
  const merge = pr.mergeCommit(pr.head1);
  [readOnly, rejected, push, mergeGroup, nothing] = await Promise.all([
    // A fork's pull request: the token cannot write.
    situation((g) => (g.readOnly = true), {
      workspace: pr.checkout(merge),
      eventName: 'pull_request',
      event: pr.pullRequestEvent(pr.head1, { fork: true }),
      sha: merge,
    }),
    // pull_request_target: the workspace is the base branch, the head is fetched as data. GitHub's own
    // view of the diff disagrees with the patch about deleted lines, so the review gets a 422.
    situation((g) => (g.rejectPosition = (c) => c.side === 'LEFT'), {
      workspace: pr.checkout(pr.base),
      eventName: 'pull_request_target',
      event: pr.pullRequestEvent(pr.head1),
      sha: pr.base,
    }),
    situation(() => undefined, {
      workspace: pr.checkout(pr.head1),
      eventName: 'push',
      event: {
        ref: 'refs/heads/main',
        before: pr.base,
        after: pr.head1,
        repository: { full_name: 'octo/flows' },
      },
      sha: pr.head1,
      inputs: { paths: 'solution', 'fail-on': 'critical' },
    }),
    situation(() => undefined, {
      workspace: pr.checkout(pr.head2),
      eventName: 'merge_group',
      event: {
        merge_group: {
          head_sha: pr.head2,
          base_sha: pr.base,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-1',
        },
      },
      sha: pr.head2,
      inputs: { 'fail-on': 'none' },
    }),
    // A push whose filters leave no flow: nothing analysed, under a threshold that fails nothing.
    situation(() => undefined, {
      workspace: pr.checkout(pr.head1),
      eventName: 'push',
      event: {
        ref: 'refs/heads/main',
        before: pr.base,
        after: pr.head1,
        repository: { full_name: 'octo/flows' },
      },
      sha: pr.head1,
      inputs: { paths: 'solution', exclude: '**', 'fail-on': 'none' },
    }),
  ]);
}

beforeAll(async () => {
  expect(existsSync(DIST)).toBe(true);
  await Promise.all([pullRequestRuns(), otherSituations()]);
});

afterAll(() => Promise.all([github, ...servers].map((s) => s.close())));

function validSarif(file: string): void {
  expect(sarifSchemaErrors(file)).toEqual([]);
}

describe('the action bundle on a pull request', () => {
  it('fails the job on the gate and writes the outputs', () => {
    const [first] = runs;
    expect(first.stderr).toBe('');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/::error::flowguard: gate failed/);
    expect(first.outputs).toEqual({
      'new-findings': String(expected(pr.head1).length),
      'max-severity': 'critical',
      gate: 'failed',
      'sarif-file': first.sarifFile,
    });
  });

  it('posts one COMMENT review on the PR head (never GITHUB_SHA), inline comments on diff lines', () => {
    const reviews = github.reviews.filter((r) => r.commit_id === pr.head1);
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review.event).toBe('COMMENT');
    expect(review.commit_id).not.toBe(merge1);
    expect(review.comments.length).toBeGreaterThan(0);
    expect(review.comments.length).toBeLessThanOrEqual(30);
    // Every comment names a finding of the comparison (the server checked its line against the patch).
    const fps = expected(pr.head1).map((f) => f.fingerprint);
    for (const c of review.comments) expect(fps).toContain(FP_MARKER.exec(c.body)?.[1]);
    // Removed secure outputs sit on the deleted lines; the new loop on the added ones — even though
    // someone else's comment carried that finding's fingerprint.
    const on = (rule: string) => {
      const fp = expected(pr.head1).find((f) => f.ruleId === rule)!.fingerprint;
      return review.comments.find((c) => FP_MARKER.exec(c.body)?.[1] === fp);
    };
    expect(on('FG101')).toMatchObject({ path: FLOW_FILE, side: 'LEFT' });
    expect(on('FG111')).toMatchObject({ path: FLOW_FILE, side: 'RIGHT' });
  });

  it('pages with Link headers, retries a 502 and honours retry-after on a secondary rate limit', () => {
    const firstRun = github.requests.slice(firstRequest[0], firstRequest[1]);
    const filePages = firstRun.filter((r) => r.path.endsWith('/pulls/1/files'));
    // The 502, then every page once: the retry happened and pagination followed `next`.
    expect(filePages[0].status).toBe(502);
    const pages = Math.ceil(pr.files(pr.head1).length / 2);
    expect(pages).toBeGreaterThan(1);
    expect(filePages.slice(1).map((r) => Number(r.query.page ?? 1))).toEqual(
      Array.from({ length: pages }, (_, i) => i + 1),
    );
    const lists = firstRun.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/1/comments'));
    expect(lists.map((r) => r.status).slice(0, 2)).toEqual([429, 200]);
    expect(lists[1].at - lists[0].at).toBeGreaterThanOrEqual(950);
    expect(github.requests.every((r) => r.authorization === 'token ghs_faketoken')).toBe(true);
  });

  it('keeps one summary comment, edits it in place, and leaves a forged one alone', () => {
    const ours = github.issueComments.filter((c) => c.user.login === BOT.login);
    expect(ours).toHaveLength(1);
    expect(ours[0].body.startsWith('<!-- flowguard-summary -->')).toBe(true);
    expect(github.calls('POST', /\/issues\/1\/comments$/).filter((r) => r.status === 201)).toHaveLength(1);
    const edit = `/repos/octo/flows/issues/comments/${ours[0].id}`;
    expect(github.calls('PATCH').map((r) => r.path)).toEqual([edit, edit]);
    expect(forged.body).toBe('<!-- flowguard-summary -->\nAll clear, merge away.');
  });

  it('never posts the same fingerprint twice: the second run on the same head posts no review', () => {
    const fps = github.reviewComments
      .filter((c) => c.user.login === BOT.login)
      .map((c) => FP_MARKER.exec(c.body)?.[1]);
    expect(new Set(fps).size).toBe(fps.length);
    const secondRun = github.requests.slice(firstRequest[1], firstRequest[2]);
    expect(secondRun.filter((r) => r.method === 'POST')).toEqual([]);
    expect(github.reviews.filter((r) => r.commit_id === pr.head1)).toHaveLength(1);
  });

  it('shows a finding fixed by a later push as resolved', () => {
    expect(runs[2].status).toBe(1); // secure outputs are still off
    const summary = github.issueComments.find((c) => c.user.login === BOT.login)!.body;
    const at = summary.indexOf('### ✅ Resolved');
    expect(at).toBeGreaterThan(0);
    expect(summary.slice(at)).toMatch(/FG111[^\n]*Fixed by a later push to this pull request/);
    expect(summary.slice(0, at)).toMatch(/FG101/);
    expect(summary.slice(0, at)).not.toMatch(/FG111/);
  });

  it('annotates most severe first, writes the job summary with the secret access map, and valid SARIF', () => {
    const [first] = runs;
    const found = annotations(first.stdout).filter((a) => a.props.file);
    const levels = found.map((a) => ['error', 'warning', 'notice'].indexOf(a.level));
    expect(levels).toHaveLength(expected(pr.head1).length);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
    expect(found.find((a) => a.props.title?.startsWith('FG101'))?.props).toMatchObject({
      file: FLOW_FILE,
      line: '37',
      endLine: '51',
    });
    expect(first.stepSummary).toMatch(/## 🛡️ flowguard security review/);
    expect(first.stepSummary).toMatch(/### 🔐 Secret access map/);
    validSarif(first.sarifFile);
    const sarif = JSON.parse(readFileSync(first.sarifFile, 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(
      sarif.runs[0].results
        .map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['flowguard/v1'])
        .sort(),
    ).toEqual(
      expected(pr.head1)
        .map((f) => f.fingerprint)
        .sort(),
    );
  });
});

describe('the action bundle in other situations', () => {
  it('degrades on a read-only token: notices, and annotations, job summary, SARIF and the gate still work', () => {
    const { github: server, run } = readOnly;
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::notice::flowguard review: not posted — GitHub answered 403 \(Resource not accessible by integration\)/,
    );
    expect(run.stdout).toMatch(/::notice::flowguard summary comment: not posted — GitHub answered 403/);
    expect(
      annotations(run.stdout).filter((a) => a.level === 'error' && a.props.file === FLOW_FILE).length,
    ).toBeGreaterThan(0);
    expect(run.stepSummary).toMatch(/### 🔐 Secret access map/);
    expect(run.stepSummary).toMatch(/> flowguard review: not posted — GitHub answered 403/);
    validSarif(run.sarifFile);
    expect(run.outputs.gate).toBe('failed');
    const writes = server.requests.filter((r) => r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((r) => r.status === 403)).toBe(true);
  });

  it('on a 422 posts the review without the rejected comments and lists them in the summary', () => {
    const { github: server, run } = rejected;
    expect(run.status).toBe(1);
    const posts = server.calls('POST', /\/pulls\/1\/reviews$/);
    expect(posts.map((r) => r.status)).toEqual([422, 200]);
    expect((posts[1].body as { comments: unknown[] }).comments).toEqual([]);
    expect(server.reviews).toHaveLength(1);
    const summary = server.issueComments[0].body;
    expect(summary).toMatch(/### Not commented inline/);
    expect(summary).toMatch(/FG101 secure-outputs-removed[^\n]*422/);
    expect(run.stdout).toMatch(/::notice::flowguard review: posted without its \d+ inline comments/);
  });

  it('scans the tree on push: no API calls, repository paths in annotations, the gate per fail-on', () => {
    const { github: server, run } = push;
    expect(server.requests).toEqual([]);
    expect(run.status).toBe(1);
    // paths: solution — the engine names files from that folder; annotations need them from the root.
    const located = annotations(run.stdout).filter((a) => a.props.file);
    expect(located.length).toBeGreaterThan(0);
    for (const a of located)
      expect(a.props).toMatchObject({ file: FLOW_FILE, line: expect.stringMatching(/^\d+$/) });
    expect(run.outputs.gate).toBe('failed');
    validSarif(run.sarifFile);
  });

  it('compares the base and head of a merge group without commenting', () => {
    const { github: server, run } = mergeGroup;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(server.requests).toEqual([]);
    expect(run.outputs.gate).toBe('passed');
    expect(Number(run.outputs['new-findings'])).toBe(expected(pr.head2).length);
  });

  it('fails a run that analysed nothing, and its gate output says failed, not unset', () => {
    const { github: server, run } = nothing;
    expect(server.requests).toEqual([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::flowguard: no flow found under solution \(exclude: \*\*\)/);
    expect(run.outputs.gate).toBe('failed');
    expect(run.outputs['new-findings']).toBeUndefined();
  });
});
