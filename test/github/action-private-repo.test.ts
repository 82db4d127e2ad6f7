import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FakeGitHub } from '../helpers/fake-github.js';
import { checkoutHeader, GitHttpServer } from '../helpers/git-http-server.js';
import { hasCommit, PullRequestRepository, runAction, type ActionRun } from './pr-repository.js';

/**
 * A private repository: origin is served over smart HTTP by a server that answers 401 without the token,
 * and the workspace is what actions/checkout leaves with `persist-credentials: false` — a depth-1 checkout
 * of the test merge commit with no credentials in git config. The bundled action must fetch the PR's base
 * and head with its `github-token`, never print the token, and send it to no other host.
 */
const TOKEN = 'ghs_privateRepoToken0123456789abcdefXYZ';
const WRONG = 'ghs_wrongToken9876543210fedcbaQRS';
const b64 = (t: string): string => Buffer.from(`x-access-token:${t}`).toString('base64');

const pr = new PullRequestRepository();
const root = mkdtempSync(path.join(tmpdir(), 'fg-git-http-'));
mkdirSync(path.join(root, 'octo'));
symlinkSync(pr.origin, path.join(root, 'octo', 'flows.git'));
const server = new GitHttpServer(root, TOKEN);
/** Another host (another origin: same address, other port) that serves anyone and must receive no token. */
const elsewhere = new GitHttpServer(root, null);
const githubs: FakeGitHub[] = [];
let merge = '';

/**
 * actions/checkout: a depth-1 fetch with the header, which `persist-credentials: false` then removes.
 * `persist`: kept in the local config (checkout v4/v5), or in a file of its own that the local config
 * includes for this git directory (v6: `includeIf.gitdir:…`, the file under RUNNER_TEMP).
 * Asynchronous: the git server answering it lives in this process.
 */
async function checkout(originUrl: string, persist: 'config' | 'include' | null = null): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-private-ws-'));
  const git = (...args: string[]) => promisify(execFile)('git', ['-C', dir, ...args]);
  const key = `http.${new URL(originUrl).origin}/.extraheader`;
  await git('init', '-q');
  await git('remote', 'add', 'origin', originUrl);
  if (persist === 'include') {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'fg-runner-temp-')), 'git-credentials.config');
    await git('config', '--file', file, key, checkoutHeader(TOKEN));
    await git('config', '--local', `includeIf.gitdir:${realpathSync(dir)}/.git.path`, file);
  } else await git('config', '--local', key, checkoutHeader(TOKEN));
  await git('fetch', '-q', '--depth=1', '--no-tags', 'origin', merge);
  await git('checkout', '-q', '--detach', merge);
  if (!persist) await git('config', '--local', '--unset-all', key);
  return dir;
}

async function run(
  workspace: string,
  serverUrl: string,
  options: { token?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ run: ActionRun; github: FakeGitHub }> {
  const github = new FakeGitHub();
  githubs.push(github);
  await github.start();
  github.pull.headSha = pr.head1;
  github.pull.files = pr.files(pr.head1);
  const result = await runAction({
    workspace,
    eventName: 'pull_request',
    event: pr.pullRequestEvent(pr.head1),
    apiUrl: github.url,
    sha: merge,
    // The PR has critical findings: with fail-on none, the exit status says whether the run finished.
    inputs: { 'github-token': options.token ?? TOKEN, 'fail-on': 'none' },
    env: { GITHUB_SERVER_URL: serverUrl, ...options.env },
  });
  return { run: result, github };
}

/** Every place a run could show the token: its log, its outputs, its job summary, its comments. */
function shown(r: { run: ActionRun; github: FakeGitHub }): string {
  // `::add-mask::` is the command that tells the runner to mask the value; the runner never shows it.
  const log = `${r.run.stdout}\n${r.run.stderr}`
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  const comments = [...r.github.issueComments, ...r.github.reviewComments].map((c) => c.body);
  const reviews = r.github.reviews.map((v) => v.body);
  return [log, JSON.stringify(r.run.outputs), r.run.stepSummary, ...comments, ...reviews].join('\n');
}

function expectNoSecret(text: string, token: string): void {
  expect(text).not.toContain(token);
  expect(text).not.toContain(b64(token));
}

let origin = '';
const ws: Record<string, string> = {};
const runs: Record<string, { run: ActionRun; github: FakeGitHub }> = {};

beforeAll(async () => {
  await server.start();
  await elsewhere.start();
  origin = `${server.url}/octo/flows.git`;
  merge = pr.mergeCommit(pr.head1);
  ws.private = await checkout(origin);
  ws.persisted = await checkout(origin, 'config');
  ws.included = await checkout(origin, 'include');
  ws.wrong = await checkout(origin);
  ws.elsewhere = await checkout(`${elsewhere.url}/octo/flows.git`);
  ws.kept = await checkout(origin);
  const names = ['private', 'persisted', 'included', 'wrong', 'elsewhere', 'kept'];
  for (const n of names) expect(hasCommit(ws[n], pr.base) || hasCommit(ws[n], pr.head1)).toBe(false);
  // From here on, only the action's own requests.
  server.requests.length = 0;
  elsewhere.requests.length = 0;
  const done = await Promise.all([
    run(ws.private, server.url),
    run(ws.persisted, server.url),
    run(ws.included, server.url),
    // A token the server refuses, and git told to print every request header (GIT_CURL_VERBOSE without
    // its redaction): the Authorization header reaches git's stderr, and must not reach the message.
    run(ws.wrong, server.url, {
      token: WRONG,
      env: { GIT_CURL_VERBOSE: '1', GIT_TRACE_REDACT: '0' },
    }),
    // origin on another host than GITHUB_SERVER_URL: the token stays home.
    run(ws.elsewhere, server.url),
    // Config the runner already passes to git through the environment is kept, not overwritten.
    run(ws.kept, server.url, {
      env: {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: 'http.extraHeader',
        GIT_CONFIG_VALUE_0: 'X-Flowguard-Test: kept',
      },
    }),
  ]);
  names.forEach((n, i) => (runs[n] = done[i]));
}, 240_000);

afterAll(async () => {
  await Promise.all([server.close(), elsewhere.close(), ...githubs.map((g) => g.close())]);
});

describe('the action on a private repository (origin needs credentials)', () => {
  it('fetches base and head with its github-token after a persist-credentials: false checkout, and reviews', () => {
    const { run: r, github } = runs.private;
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.outputs.gate).toBe('passed');
    expect(hasCommit(ws.private, pr.base) && hasCommit(ws.private, pr.head1)).toBe(true);
    expect(github.reviews).toHaveLength(1);
    expect(Number(r.outputs['new-findings'])).toBeGreaterThan(0);
  });

  it('sends the credential once per request, whether or not the checkout persisted its own', () => {
    for (const name of ['persisted', 'included']) {
      expect(runs[name].run.status).toBe(0);
      expect(hasCommit(ws[name], pr.base) && hasCommit(ws[name], pr.head1)).toBe(true);
      expect(runs[name].github.reviews).toHaveLength(1);
    }
    // The server answers 401 to a request with two Authorization headers; none carried more than one.
    expect(server.requests.length).toBeGreaterThan(0);
    for (const req of server.requests) expect(req.authorization.length).toBeLessThanOrEqual(1);
  });

  it('never shows the token: not in the log, the outputs, the job summary or the comments', () => {
    for (const name of ['private', 'persisted', 'elsewhere', 'kept'])
      expectNoSecret(shown(runs[name]), TOKEN);
    // The runner is asked to mask it (and its base64 form) before anything else is printed.
    const first = runs.private.run.stdout.split('\n').filter(Boolean);
    expect(first.slice(0, 2).sort()).toEqual([`::add-mask::${TOKEN}`, `::add-mask::${b64(TOKEN)}`].sort());
  });

  it('fails the step clearly on a token the server refuses, without the token or its header in any message', () => {
    const wrong = runs.wrong;
    expect(wrong.run.status).toBe(1);
    expect(wrong.run.outputs.gate).toBe('failed');
    expect(wrong.run.stdout).toMatch(
      /::error::flowguard: cannot fetch commit [0-9a-f]{40} from origin \(authentication failed\)/,
    );
    expect(wrong.run.stdout).toContain('github-token');
    // git did print the header (GIT_CURL_VERBOSE): the message shows it redacted.
    expect(wrong.run.stdout).toMatch(/Authorization: basic \*\*\*/i);
    expectNoSecret(shown(wrong), WRONG);
    // The failure replaced the summary comment; it does not quote the credential either.
    expect(wrong.github.issueComments.some((c) => c.body.includes('could not review'))).toBe(true);
  });

  it('sends no credential to an origin on another host than GITHUB_SERVER_URL', () => {
    const { run: r } = runs.elsewhere;
    expect(r.status).toBe(0);
    expect(hasCommit(ws.elsewhere, pr.base) && hasCommit(ws.elsewhere, pr.head1)).toBe(true);
    expect(elsewhere.requests.length).toBeGreaterThan(0);
    for (const req of elsewhere.requests) expect(req.authorization).toEqual([]);
  });

  it('keeps git config the environment already carries (GIT_CONFIG_COUNT is appended to)', () => {
    const { run: r } = runs.kept;
    expect(r.status).toBe(0);
    expect(hasCommit(ws.kept, pr.head1)).toBe(true);
    expect(server.requests.some((q) => q.headers['x-flowguard-test'] === 'kept')).toBe(true);
  });
});
