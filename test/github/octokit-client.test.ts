import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createGitHubClient, httpStatus, type GitHubClient } from '../../src/github/octokit-client.js';
import { FakeGitHub, SECONDARY_RATE_LIMIT } from '../helpers/fake-github.js';

describe('createGitHubClient: retries and throttling against the local GitHub stand-in', () => {
  let github: FakeGitHub;
  let client: GitHubClient;
  const log: string[] = [];
  const repo = { owner: 'octo', repo: 'flows' };

  beforeAll(async () => {
    github = new FakeGitHub();
    await github.start();
    client = await createGitHubClient({ token: 'ghs_test', baseUrl: github.url, log: (m) => log.push(m) });
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.readOnly = false;
    log.length = 0;
  });
  afterAll(() => github.close());

  it('retries a 502 once and succeeds', async () => {
    github.faults.push({ method: 'GET', path: /\/pulls\/1\/files$/, status: 502 });
    const { data } = await client.rest.pulls.listFiles({ ...repo, pull_number: 1 });
    expect(data).toEqual([]);
    expect(github.requests.map((r) => r.status)).toEqual([502, 200]);
    expect(github.requests.every((r) => r.authorization === 'token ghs_test')).toBe(true);
  });

  it('waits out a secondary rate limit (403, retry-after: 1) on a write, then writes once', async () => {
    github.faults.push({
      method: 'POST',
      path: /\/issues\/1\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: SECONDARY_RATE_LIMIT,
    });
    await client.rest.issues.createComment({ ...repo, issue_number: 1, body: 'hello' });
    const [limited, created] = github.requests;
    expect([limited.status, created.status]).toEqual([403, 201]);
    expect(created.at - limited.at).toBeGreaterThanOrEqual(950);
    expect(github.issueComments.filter((c) => c.body === 'hello')).toHaveLength(1);
    expect(log).toEqual([
      'GitHub secondary rate limit on POST /repos/{owner}/{repo}/issues/{issue_number}/comments: retrying after 1 s',
    ]);
  });

  it('gives up on a wait longer than a run should hold a runner', async () => {
    github.faults.push({
      method: 'GET',
      path: /\/issues\/1\/comments$/,
      status: 429,
      headers: { 'retry-after': '3600' },
      body: SECONDARY_RATE_LIMIT,
    });
    const err = await client.rest.issues.listComments({ ...repo, issue_number: 1 }).catch((e: unknown) => e);
    expect(httpStatus(err)).toBe(429);
    expect(github.requests).toHaveLength(1);
    expect(log[0]).toMatch(/giving up \(retry-after 3600 s/);
  });

  it('does not retry a refusal: 403 for a read-only token, 422 for a bad request', async () => {
    github.readOnly = true;
    const err = await client.rest.issues
      .updateComment({ ...repo, comment_id: 1, body: 'x' })
      .catch((e: unknown) => e);
    expect(httpStatus(err)).toBe(403);
    expect(github.requests).toHaveLength(1);
    github.readOnly = false;
    github.pull.headSha = 'a'.repeat(40);
    const bad = await client.rest.pulls
      .createReview({ ...repo, pull_number: 1, commit_id: 'b'.repeat(40), event: 'COMMENT', body: 'x' })
      .catch((e: unknown) => e);
    expect(httpStatus(bad)).toBe(422);
    expect(github.requests).toHaveLength(2);
  });
});
