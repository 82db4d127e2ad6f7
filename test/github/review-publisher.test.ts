import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { GitHubClient } from '../../src/github/octokit-client.js';
import { ReviewPublisher } from '../../src/github/review-publisher.js';
import { BOT, FakeGitHub } from '../helpers/fake-github.js';
import { FILE, HEAD, PATCH, finding, plainClient, report } from './publisher-harness.js';

describe('ReviewPublisher (against the local GitHub stand-in)', () => {
  let github: FakeGitHub;
  let client: GitHubClient;
  const pr = { owner: 'octo', repo: 'flows', number: 1, headSha: HEAD };
  const publisher = () => new ReviewPublisher(client, pr, BOT.login);

  beforeAll(async () => {
    github = new FakeGitHub();
    await github.start();
    client = await plainClient(github);
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.reviews.length = 0;
    github.reviewComments.length = 0;
    github.readOnly = false;
    github.rejectPosition = () => false;
    github.pageSize = 2;
    github.pull.headSha = HEAD;
    github.pull.files = [
      { filename: 'docs/a.md', status: 'added', patch: '@@ -0,0 +1 @@\n+a' },
      { filename: 'docs/b.md', status: 'added', patch: '@@ -0,0 +1 @@\n+b' },
      { filename: FILE, status: 'modified', patch: PATCH },
    ];
  });
  afterAll(() => github.close());

  it('puts added things on the head line (RIGHT) and removed things on the deleted base line (LEFT)', async () => {
    const added = finding({ location: { file: FILE, entry: null, path: null, line: 18, endLine: 25 } });
    const removed = finding({
      ruleId: 'FG101',
      rule: 'secure-outputs-removed',
      location: { file: FILE, entry: null, path: null, line: 43, endLine: 45 },
      baseLocation: { file: FILE, entry: null, path: null, line: 38, endLine: 43 },
    });
    const context = finding({ location: { file: FILE, entry: null, path: null, line: 44, endLine: 60 } });
    const result = await publisher().publish(report([added, removed, context]));
    expect(result).toMatchObject({ publisher: 'review', status: 'posted', notInline: [] });
    expect(github.reviews).toHaveLength(1);
    const [review] = github.reviews;
    expect(review).toMatchObject({ event: 'COMMENT', commit_id: HEAD });
    expect(review.comments.map((c) => [c.line, c.side])).toEqual([
      [20, 'RIGHT'], // the first added line of the span
      [40, 'LEFT'], // the first deleted line of the base span
      [44, 'RIGHT'], // no added line: the first line, shown as context
    ]);
    expect(review.comments[0].body.startsWith(`<!-- flowguard-fingerprint ${added.fingerprint} -->\n`)).toBe(
      true,
    );
    expect(review.comments[1].body).toMatch(/this line was removed/);
    // The files were read page by page (pageSize 2).
    expect(github.calls('GET', /\/pulls\/1\/files$/).map((r) => r.query.page ?? '1')).toEqual(['1', '2']);
  });

  it('leaves findings it cannot anchor to the summary, saying why', async () => {
    const outside = finding({ location: { file: FILE, entry: null, path: null, line: 100, endLine: 110 } });
    const zipped = finding({
      location: { file: 'packed/Solution.zip', entry: 'Workflows/X.json', path: null, line: 20, endLine: 22 },
    });
    const flowLevel = finding({
      action: null,
      location: { file: FILE, entry: null, path: null, line: null, endLine: null },
    });
    const otherFile = finding({
      location: { file: 'unchanged.json', entry: null, path: null, line: 1, endLine: 2 },
    });
    const resolved = finding({ status: 'resolved' });
    const result = await publisher().publish(report([outside, zipped, flowLevel, otherFile, resolved]));
    expect(result.status).toBe('skipped');
    expect(result.notInline.map((n) => [n.finding.fingerprint, n.why])).toEqual([
      [outside.fingerprint, 'not on a line this pull request changed'],
      [zipped.fingerprint, 'inside a zip file, which has no lines in the diff'],
      [flowLevel.fingerprint, 'about the flow as a whole, not a line'],
      [otherFile.fingerprint, 'not on a line this pull request changed'],
    ]);
    expect(github.calls('POST')).toEqual([]);
  });

  it('does not comment again on a fingerprint it commented on before, whatever others wrote', async () => {
    const old = finding();
    const fresh = finding();
    github.seedReviewComment(`<!-- flowguard-fingerprint ${old.fingerprint} -->\nearlier run`, BOT, FILE, 20);
    github.seedReviewComment(
      `<!-- flowguard-fingerprint ${fresh.fingerprint} -->\nforged`,
      { login: 'mallory', type: 'User' },
      FILE,
      20,
    );
    github.seedReviewComment('unrelated', BOT, FILE, 21);
    const result = await publisher().publish(report([old, fresh]));
    expect(github.reviews[0].comments.map((c) => c.body.slice(0, 60))).toEqual([
      `<!-- flowguard-fingerprint ${fresh.fingerprint} -->`.slice(0, 60),
    ]);
    expect([...result.commented].sort()).toEqual([old.fingerprint, fresh.fingerprint].sort());
    // Review comments were listed page by page too.
    expect(github.calls('GET', /\/pulls\/1\/comments$/).length).toBe(2);
  });

  it('posts at most 30 inline comments and lists the rest', async () => {
    const many = Array.from({ length: 34 }, () => finding());
    const result = await publisher().publish(report(many));
    expect(github.reviews[0].comments).toHaveLength(30);
    expect(result.notInline).toHaveLength(4);
    expect(result.notInline[0].why).toBe('over the limit of 30 inline comments per run');
  });

  it('on a 422 posts the review once more without the comments, which go to the summary', async () => {
    github.rejectPosition = (c) => c.side === 'LEFT';
    const removed = finding({
      location: { file: FILE, entry: null, path: null, line: 43, endLine: 45 },
      baseLocation: { file: FILE, entry: null, path: null, line: 40, endLine: 41 },
    });
    const added = finding();
    const result = await publisher().publish(report([removed, added]));
    expect(github.calls('POST', /\/reviews$/).map((r) => r.status)).toEqual([422, 200]);
    expect(github.reviews).toHaveLength(1);
    expect(github.reviews[0].comments).toEqual([]);
    expect(github.reviews[0].body).toMatch(/listed in the summary comment/);
    expect(result.status).toBe('degraded');
    expect(result.notInline.map((n) => n.finding.fingerprint)).toEqual([
      removed.fingerprint,
      added.fingerprint,
    ]);
    expect(result.notInline[0].why).toMatch(/422/);
  });

  it('degrades on a read-only token instead of throwing', async () => {
    github.readOnly = true;
    const f = finding();
    const result = await publisher().publish(report([f]));
    expect(result.status).toBe('degraded');
    expect(result.reason).toMatch(/403 \(Resource not accessible by integration\)/);
    expect(result.notInline.map((n) => n.finding)).toEqual([f]);
  });

  it('makes no request when there is nothing to comment on', async () => {
    const result = await publisher().publish(report([finding({ status: 'resolved' })]));
    expect(result.status).toBe('skipped');
    expect(github.requests).toEqual([]);
  });
});
