import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { COMMENT_BODY_MAX_CHARS } from '../../src/github/github-limits.js';
import type { GitHubClient } from '../../src/github/octokit-client.js';
import {
  readState,
  summaryBody,
  SummaryCommentPublisher,
} from '../../src/github/summary-comment-publisher.js';
import { BOT, FakeGitHub } from '../helpers/fake-github.js';
import { HEAD, finding, plainClient, report } from './publisher-harness.js';

describe('SummaryCommentPublisher (against the local GitHub stand-in)', () => {
  let github: FakeGitHub;
  let client: GitHubClient;
  const pr = { owner: 'octo', repo: 'flows', number: 1, headSha: HEAD };
  const ours = () => github.issueComments.filter((c) => c.user.login === BOT.login);

  beforeAll(async () => {
    github = new FakeGitHub();
    await github.start();
    client = await plainClient(github);
  });
  beforeEach(() => {
    github.requests.length = 0;
    github.issueComments.length = 0;
    github.readOnly = false;
    github.pageSize = 2;
    github.pull.headSha = HEAD;
  });
  afterAll(() => github.close());

  it('creates one comment, then edits that same comment on every run', async () => {
    github.seedIssueComment('LGTM', { login: 'alice', type: 'User' });
    github.seedIssueComment('<!-- flowguard-summary -->\nforged by someone else', {
      login: 'mallory',
      type: 'User',
    });
    github.seedIssueComment('<!-- flowguard-fingerprint 00 -->\nanother bot comment of ours', BOT);
    const f = finding();
    const first = await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([f]));
    expect(first).toMatchObject({ status: 'posted', reason: expect.stringMatching(/^created comment \d+$/) });
    const second = await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([f]));
    expect(second.reason).toBe(`updated comment ${ours()[1].id}`);
    const summaries = ours().filter((c) => c.body.startsWith('<!-- flowguard-summary -->'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0].body).toMatch(/### New findings \(1\)/);
    expect(summaries[0].body).toMatch(/Gate failed/);
    expect(summaries[0].body).toMatch(
      /flowguard rule documentation\]\(https:\/\/github\.com\/flowguard\/flowguard\/tree\/v\d+\.\d+\.\d+\/docs\/rules\)/,
    );
    // Someone else's comment with our marker was neither taken over nor edited.
    expect(github.issueComments[1].body).toBe('<!-- flowguard-summary -->\nforged by someone else');
    // Comments were listed across pages (pageSize 2, four comments after the first run).
    expect(
      github.calls('GET', /\/issues\/1\/comments$/).filter((r) => r.query.page === '2').length,
    ).toBeGreaterThan(0);
  });

  it('shows a finding an earlier run reported, and a later push removed, as resolved', async () => {
    const fixed = finding({
      ruleId: 'FG111',
      rule: 'bulk-secret-read',
      severity: 'critical',
      action: 'Get_secret',
    });
    const stays = finding();
    await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([fixed, stays]));
    await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([stays]));
    const body = ours()[0].body;
    expect(body).toMatch(/1 new, 0 existing, 1 resolved findings/);
    const resolved = body.slice(body.indexOf('### ✅ Resolved (1)'));
    expect(resolved).toMatch(/FG111/);
    expect(resolved).toMatch(/Get\\_secret/);
    expect(resolved).toMatch(/Fixed by a later push to this pull request/);
    // It stays listed as resolved on the next run, and comes back as new if it returns.
    await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([stays]));
    expect(ours()[0].body).toMatch(/### ✅ Resolved \(1\)/);
    await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([fixed, stays]));
    expect(ours()[0].body).not.toMatch(/Resolved/);
    expect(readState(ours()[0].body).map((e) => e[0])).toEqual([fixed.fingerprint, stays.fingerprint]);
  });

  it('lists what the review could not place inline, and notes about the run', async () => {
    const f = finding();
    const notInline = [{ finding: f, why: 'not on a line this pull request changed' }];
    await new SummaryCommentPublisher(client, pr, BOT.login, {
      notInline,
      notes: ['flowguard review: not posted — 403.'],
    }).publish(report([f]));
    const body = ours()[0].body;
    expect(body).toMatch(
      /### Not commented inline \(1\)\n\n- FG110 secret-enumeration · Rotate keys · List\\_secrets\\_\d+: not on a line this pull request changed/,
    );
    expect(body).toMatch(/> flowguard review: not posted — 403\./);
  });

  it("stays within GitHub's comment size limit, whatever the report holds", () => {
    const long = 'x'.repeat(5000);
    const many = Array.from({ length: 3000 }, () =>
      finding({ message: long, flow: { id: null, name: long, key: 'k' } }),
    );
    const notInline = many.map((f) => ({ finding: f, why: long }));
    const previous = many.map(
      (f) => [f.fingerprint, 'FG110', 'secret-enumeration', 'high', long, long, long, 0] as never,
    );
    const body = summaryBody(report(many.slice(0, 2000)), previous, {
      notInline,
      notes: [long],
      headSha: HEAD,
    });
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_MAX_CHARS);
    expect(body.startsWith('<!-- flowguard-summary -->')).toBe(true);
    expect(body).toMatch(/more not shown here/);
    expect(readState(body).length).toBeGreaterThan(0);
  });

  it('degrades on a read-only token instead of throwing', async () => {
    github.readOnly = true;
    const result = await new SummaryCommentPublisher(client, pr, BOT.login).publish(report([finding()]));
    expect(result).toMatchObject({ status: 'degraded', reason: expect.stringMatching(/403/) });
  });
});
