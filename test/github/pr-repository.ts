import { spawn, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';
import type { FakeFile, FakeGitHub } from '../helpers/fake-github.js';

/**
 * A pull request as GitHub Actions sees it, built from examples/attack: a bare "origin" repository
 * (served over file:// so shallow fetches by SHA work) holding the base commit, the PR head commits and
 * their test merge commits; workspaces are depth-1 checkouts, the way actions/checkout makes them.
 */
export const FLOW_FILE = 'solution/Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json';

export class PullRequestRepository {
  readonly work = new GitRepo('fg-action-work-');
  readonly origin = mkdtempSync(path.join(tmpdir(), 'fg-action-origin-'));
  readonly originUrl = `file://${this.origin}`;
  base = '';
  /** head1: the attack; head2: a later push that takes the vault enumeration out again. */
  head1 = '';
  head2 = '';

  constructor() {
    copyTree('examples/attack/base', path.join(this.work.dir, 'solution'));
    this.work.write('README.md', '# flows\n');
    this.base = this.work.commit('base');
    copyTree('examples/attack/head', path.join(this.work.dir, 'solution'));
    // More changed files than one page of "List pull request files" holds in the tests.
    for (const n of [1, 2, 3, 4]) this.work.write(`docs/note-${n}.md`, `note ${n}\n`);
    this.head1 = this.work.commit('head: secure outputs off, list and read every secret');
    const flow = JSON.parse(readFileSync(path.join(this.work.dir, FLOW_FILE), 'utf8'));
    const actions = flow.properties.definition.actions;
    delete actions.List_secrets;
    delete actions.For_each_secret;
    this.work.write(FLOW_FILE, `${JSON.stringify(flow, null, 2)}\n`);
    this.head2 = this.work.commit('fix: no more vault enumeration');
    execFileSync('git', ['clone', '-q', '--bare', this.work.dir, this.origin]);
    // What lets GitHub (and this origin) serve `git fetch --depth=1 origin <sha>`.
    execFileSync('git', ['-C', this.origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
  }

  /** The test merge commit GitHub makes for a PR head on the base (`refs/pull/1/merge`). */
  mergeCommit(head: string): string {
    const tree = this.work.git('rev-parse', `${head}^{tree}`).trim();
    const merge = this.work
      .git('commit-tree', tree, '-p', this.base, '-p', head, '-m', `Merge ${head} into ${this.base}`)
      .trim();
    this.work.git(
      'push',
      '-q',
      this.originUrl,
      `${merge}:refs/pull/1/merge`,
      `${head}:refs/pull/1/head`,
      '--force',
    );
    return merge;
  }

  /** A depth-1 checkout of one commit, as actions/checkout does it (origin remote set, nothing else). */
  checkout(sha: string): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-action-ws-'));
    const git = (...args: string[]): string =>
      execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
    git('init', '-q');
    git('remote', 'add', 'origin', this.originUrl);
    git('fetch', '-q', '--depth=1', '--no-tags', 'origin', sha);
    git('checkout', '-q', '--detach', sha);
    return dir;
  }

  /** "List pull request files" for base...head, with GitHub's `patch` (the diff from the first hunk). */
  files(head: string): FakeFile[] {
    const status: Record<string, FakeFile['status']> = { A: 'added', M: 'modified', D: 'removed' };
    return this.work
      .git('diff', '--name-status', '--no-renames', this.base, head)
      .trim()
      .split('\n')
      .map((line) => {
        const [code, filename] = line.split('\t');
        const diff = this.work.git('diff', this.base, head, '--', filename);
        return { filename, status: status[code[0]] ?? 'modified', patch: diff.slice(diff.indexOf('@@')) };
      });
  }

  /** A pull_request (or pull_request_target) payload, shaped as GitHub sends it. */
  pullRequestEvent(head: string, options: { fork?: boolean; action?: string } = {}): Record<string, unknown> {
    const repository = {
      id: 1,
      name: 'flows',
      full_name: 'octo/flows',
      owner: { login: 'octo', type: 'Organization' },
      private: false,
    };
    const headRepo = options.fork
      ? {
          ...repository,
          id: 2,
          full_name: 'mallory/flows',
          owner: { login: 'mallory', type: 'User' },
          fork: true,
        }
      : repository;
    return {
      action: options.action ?? 'synchronize',
      number: 1,
      pull_request: {
        id: 11,
        number: 1,
        state: 'open',
        title: 'Sync partner orders: faster',
        user: { login: 'mallory', type: 'User' },
        head: { label: 'mallory:faster', ref: 'faster', sha: head, repo: headRepo },
        base: { label: 'octo:main', ref: 'main', sha: this.base, repo: repository },
      },
      repository,
      sender: { login: 'mallory', type: 'User' },
    };
  }
}

function copyTree(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  stepSummary: string;
  sarifFile: string;
  runnerTemp: string;
}

/**
 * Runs the committed bundle the way the runner does: `node dist/index.js` in the workspace with the
 * environment GitHub provides. Asynchronous, because the fake API server lives in this process.
 */
export async function runAction(options: {
  workspace: string;
  eventName: string;
  event: unknown;
  apiUrl: string;
  inputs?: Record<string, string>;
  sha?: string;
  /** More environment, e.g. GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF. */
  env?: NodeJS.ProcessEnv;
}): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'fg-runner-temp-'));
  const eventPath = path.join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.event));
  const outputFile = path.join(runnerTemp, 'github_output');
  const summaryFile = path.join(runnerTemp, 'step_summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = { 'github-token': 'ghs_faketoken', ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo/flows',
    GITHUB_SHA: options.sha ?? '',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    ...options.env,
  };
  const child = spawn(process.execPath, [path.resolve('dist/index.js')], { cwd: options.workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const sarifFile = path.join(runnerTemp, 'flowguard.sarif');
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    stepSummary: readFileSync(summaryFile, 'utf8'),
    sarifFile,
    runnerTemp,
  };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, the value, the delimiter. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const end = lines.indexOf(m[2], i + 1);
    out[m[1]] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return out;
}

/** Whether a workspace has a commit in its object store. */
export function hasCommit(dir: string, sha: string): boolean {
  try {
    execFileSync('git', ['-C', dir, 'cat-file', '-e', `${sha}^{commit}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The annotations in a run's stdout (`::error file=…,line=…::message`), properties decoded. */
export function annotations(
  stdout: string,
): { level: string; props: Record<string, string>; message: string }[] {
  const decode = (v: string): string =>
    v
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%25/g, '%');
  const props = (list: string): Record<string, string> =>
    Object.fromEntries(
      list
        .split(',')
        .filter(Boolean)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), decode(kv.slice(kv.indexOf('=') + 1))]),
    );
  return stdout
    .split('\n')
    .map((line) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ level: m[1], props: props(m[2] ?? ''), message: decode(m[3]) }));
}

/**
 * One `synchronize` run of the bundled action on `work`'s base…head, as a runner makes it: a bare origin
 * (file://) holding the PR's refs and its test merge commit, and a depth-1 checkout of that merge commit.
 * Starts `github` with the PR at `head` and its changed `files`.
 */
export async function runOnPullRequest(
  work: GitRepo,
  base: string,
  head: string,
  github: FakeGitHub,
  files: FakeFile[],
): Promise<{ run: ActionRun; workspace: string }> {
  const origin = mkdtempSync(path.join(tmpdir(), 'fg-pr-origin-'));
  execFileSync('git', ['clone', '-q', '--bare', work.dir, origin]);
  execFileSync('git', ['-C', origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);
  await github.start();
  github.pull.headSha = head;
  github.pull.files = files;
  const tree = work.git('rev-parse', `${head}^{tree}`).trim();
  const merge = work.git('commit-tree', tree, '-p', base, '-p', head, '-m', 'merge').trim();
  work.git('push', '-q', `file://${origin}`, `${merge}:refs/pull/1/merge`, `${head}:refs/pull/1/head`);
  const workspace = mkdtempSync(path.join(tmpdir(), 'fg-pr-ws-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', workspace, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('remote', 'add', 'origin', `file://${origin}`);
  git('fetch', '-q', '--depth=1', '--no-tags', 'origin', merge);
  git('checkout', '-q', '--detach', merge);
  const repository = {
    id: 1,
    name: 'flows',
    full_name: 'octo/flows',
    owner: { login: 'octo', type: 'Organization' },
  };
  const event = {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      head: { ref: 'f', sha: head, repo: repository },
      base: { ref: 'main', sha: base, repo: repository },
    },
    repository,
  };
  const run = await runAction({
    workspace,
    eventName: 'pull_request',
    event,
    apiUrl: github.url,
    sha: merge,
  });
  return { run, workspace };
}
