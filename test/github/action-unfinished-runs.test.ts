import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BOT, FakeGitHub, MAX_LISTED_FILES, primaryRateLimit } from '../helpers/fake-github.js';
import { annotations, PullRequestRepository, runAction, type ActionRun } from './pr-repository.js';

/**
 * The bundled action where the review cannot finish, or must not start: whatever happens, no channel may
 * read as a pass for a commit that was not reviewed. Build first (`npm run build`) when src/ changed.
 */
const DIST = path.resolve('dist/index.js');
const pr = new PullRequestRepository();
const servers: FakeGitHub[] = [];
const pushEvent = {
  ref: 'refs/heads/main',
  before: pr.base,
  after: pr.head2,
  repository: { full_name: 'octo/flows' },
};

async function server(head: string): Promise<FakeGitHub> {
  const github = new FakeGitHub();
  servers.push(github);
  await github.start();
  github.pull.headSha = head;
  github.pull.files = pr.files(head);
  return github;
}

/**
 * A run on a pull request whose event names `head`, in a depth-1 checkout of a test merge commit (of
 * `checkoutOf`, the event's head unless it cannot be fetched).
 */
function prRun(
  github: FakeGitHub,
  head: string,
  inputs: Record<string, string> = {},
  checkoutOf = head,
): Promise<ActionRun> {
  const merge = pr.mergeCommit(checkoutOf);
  return runAction({
    workspace: pr.checkout(merge),
    eventName: 'pull_request',
    event: pr.pullRequestEvent(head),
    apiUrl: github.url,
    sha: merge,
    inputs,
  });
}

function pushRun(github: FakeGitHub, inputs: Record<string, string>, prepare?: (ws: string) => void) {
  const workspace = pr.checkout(pr.head2);
  prepare?.(workspace);
  return runAction({
    workspace,
    eventName: 'push',
    event: pushEvent,
    apiUrl: github.url,
    sha: pr.head2,
    inputs,
  });
}

// The PR's new head, which the runner cannot fetch (never in origin: as with a network or credentials failure).
pr.work.write('docs/unfetchable.md', 'x\n');
const unfetchable = pr.work.commit('a head the runner cannot fetch');

let stale: { github: FakeGitHub; passed: ActionRun; failed: ActionRun; before: string };
let race: { github: FakeGitHub; newer: ActionRun; older: ActionRun; commentAfterNewer: string };
let outsidePaths: ActionRun;
let outsideConfig: ActionRun;
let rateLimited: { github: FakeGitHub; run: ActionRun };
let manyFiles: { github: FakeGitHub; run: ActionRun };

beforeAll(async () => {
  expect(existsSync(DIST)).toBe(true);
  const github = await server(pr.head2);
  const raced = await server(pr.head2);
  const limited = await server(pr.head1);
  // The hourly budget is spent and resets in an hour: far longer than flowguard waits.
  limited.faults.push(primaryRateLimit('GET', /\/pulls\/1\/files$/, 3600));
  const many = await server(pr.head1);
  // GitHub lists the first 3,000 files of a PR; the flow file comes after them.
  const filler = Array.from({ length: MAX_LISTED_FILES }, (_, i) => ({
    filename: `assets/${String(i).padStart(4, '0')}.txt`,
    status: 'added' as const,
    patch: '@@ -0,0 +1 @@\n+x',
  }));
  many.pull.files = [...filler, ...many.pull.files];
  many.pageSize = 100;
  const [passed, paths, config, limitedRun, manyRun] = await Promise.all([
    prRun(github, pr.head2, { 'fail-on': 'none' }),
    pushRun(await server(pr.head2), { paths: '..', 'fail-on': 'none' }),
    pushRun(await server(pr.head2), { config: '../policy/.flowguard.yml' }, (ws) => {
      // A config beside the workspace that would switch the gate off.
      mkdirSync(path.join(ws, '..', 'policy'), { recursive: true });
      writeFileSync(path.join(ws, '..', 'policy', '.flowguard.yml'), 'failOn: none\n');
    }),
    prRun(limited, pr.head1),
    prRun(many, pr.head1),
  ]);
  rateLimited = { github: limited, run: limitedRun };
  manyFiles = { github: many, run: manyRun };
  const before = github.issueComments.find((c) => c.user.login === BOT.login)?.body ?? '';
  github.pull.headSha = unfetchable;
  const failed = await prRun(github, unfetchable, { 'fail-on': 'none' }, pr.head2);
  stale = { github, passed, failed, before };
  // Two pushes in a row: the run for the newer head finishes first, the older one last.
  const newer = await prRun(raced, pr.head2);
  const commentAfterNewer = raced.issueComments.find((c) => c.user.login === BOT.login)?.body ?? '';
  const older = await prRun(raced, pr.head1);
  race = { github: raced, newer, older, commentAfterNewer };
  outsidePaths = paths;
  outsideConfig = config;
});

afterAll(() => Promise.all(servers.map((s) => s.close())));

describe('a pull request run that cannot finish', () => {
  it('does not leave an earlier run\'s "gate passed" as the summary comment', () => {
    const { github, passed, failed, before } = stale;
    expect(passed.status).toBe(0);
    expect(before).toMatch(/✅ \*\*Gate passed\*\*/);
    expect(failed.status).toBe(1);
    expect(failed.outputs.gate).toBe('failed');
    const ours = github.issueComments.filter((c) => c.user.login === BOT.login);
    expect(ours).toHaveLength(1);
    const body = ours[0].body;
    expect(body.startsWith('<!-- flowguard-summary -->')).toBe(true);
    expect(body).not.toMatch(/Gate passed/);
    expect(body).toMatch(/❌ \*\*Gate failed\*\*/);
    expect(body).toContain(`could not review commit ${unfetchable.slice(0, 7)}`);
    expect(body).toMatch(/cannot fetch commit/);
    expect(body).toContain('https://github.com/octo/flows/actions/runs/4242');
    // The hidden state of the findings the PR introduced is kept for the next run.
    expect(body.match(/<!-- flowguard-state [^<>]+ -->\s*$/)?.[0]).toBe(
      before.match(/<!-- flowguard-state [^<>]+ -->\s*$/)?.[0],
    );
  });
});

describe('runs for an older head of the pull request', () => {
  it('leave the summary comment to the run for the current head, whichever finishes last', () => {
    const { github, newer, older, commentAfterNewer } = race;
    expect(newer.status).toBe(1);
    expect(commentAfterNewer).toContain(`commit ${pr.head2.slice(0, 7)}`);
    // The late run still gates its own commit, but does not put its result on the PR as the current one.
    expect(older.status).toBe(1);
    expect(older.outputs.gate).toBe('failed');
    const ours = github.issueComments.filter((c) => c.user.login === BOT.login);
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toBe(commentAfterNewer);
    expect(older.stdout).toMatch(
      new RegExp(`summary comment: skipped \\(the pull request's head is now ${pr.head2.slice(0, 7)}`),
    );
  });
});

describe('inputs that point outside the workspace', () => {
  it('fails on a `paths` entry outside the workspace instead of scanning the runner', () => {
    expect(outsidePaths.status).toBe(1);
    expect(outsidePaths.outputs).toEqual({ gate: 'failed' });
    expect(outsidePaths.stdout).toMatch(/::error::flowguard: input "paths": \.\. is outside the workspace/);
    expect(annotations(outsidePaths.stdout).filter((a) => a.props.file)).toEqual([]);
  });

  it('fails on a `config` outside the workspace instead of reading it (it would set failOn: none)', () => {
    expect(outsideConfig.status).toBe(1);
    expect(outsideConfig.outputs).toEqual({ gate: 'failed' });
    expect(outsideConfig.stdout).toMatch(
      /::error::flowguard: input "config": \.\.\/policy\/\.flowguard\.yml is outside the workspace/,
    );
  });
});

describe('GitHub limits on a pull request run', () => {
  it('names a spent rate limit as such, not as a missing permission; the gate still holds', () => {
    const { github, run } = rateLimited;
    expect(github.calls('GET', /\/pulls\/1\/files$/).map((r) => r.status)).toEqual([403]);
    expect(run.status).toBe(1);
    expect(run.outputs.gate).toBe('failed');
    expect(run.stdout).toMatch(
      /::notice::flowguard review: not posted — GitHub answered 403 \(API rate limit exceeded[^)]*\): rate limited/,
    );
    expect(run.stdout).not.toMatch(/cannot write here/);
  });

  it('reviews a PR beyond the 3,000 files GitHub lists: findings there are in the summary, and say why', () => {
    const { github, run } = manyFiles;
    const pages = github.calls('GET', /\/pulls\/1\/files$/);
    expect(pages).toHaveLength(MAX_LISTED_FILES / 100);
    expect(run.status).toBe(1);
    expect(run.outputs.gate).toBe('failed');
    expect(github.reviews).toEqual([]);
    const summary = github.issueComments.find((c) => c.user.login === BOT.login)!.body;
    expect(summary).toMatch(/### Not commented inline \(\d+\)/);
    expect(summary).toMatch(
      /FG101 secure-outputs-removed[^\n]*in a file past the first 3000 that GitHub lists for a pull request/,
    );
    expect(summary).not.toMatch(/not on a line this pull request changed/);
  });
});
