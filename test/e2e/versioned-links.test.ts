import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { runCli } from '../helpers/run-dist.js';
import { PullRequestRepository, runAction, type ActionRun } from '../github/pr-repository.js';

/**
 * Every link to flowguard's own pages, in every output of the bundled CLI and action, points at the
 * version that ran: `<repository>/blob/v<version>/docs/rules/FGnnn.md` from package.json, or in the action
 * the repository and ref the runner names (GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF). Build first.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const HOME = 'https://github.com/flowguard/flowguard';
const URL_IN_TEXT = /https?:\/\/[^\s)"'<>\]]+/g;

/** Our links in some output: every one must be the project home or a rule page / the rule folder at `ref`. */
function ourLinks(output: string, home: string, ref: string): string[] {
  const links = (output.match(URL_IN_TEXT) ?? []).filter((u) => u.includes('/flowguard'));
  for (const url of links) {
    if (url === home) continue;
    const m = /^(.*)\/(blob|tree)\/(.+?)\/docs\/rules(?:\/(FG\d{3})\.md)?$/.exec(url);
    expect({ url, home: m?.[1], ref: m?.[3] }).toEqual({ url, home, ref });
    if (m?.[4]) expect(existsSync(`docs/rules/${m[4]}.md`)).toBe(true);
  }
  return links.filter((u) => /\/docs\/rules\/FG\d{3}\.md$/.test(u));
}

describe('the CLI', () => {
  const ref = `v${pkg.version}`;
  const run = (format: string): string => {
    const args = ['diff', 'examples/attack/base', 'examples/attack/head', '--format', format];
    const r = runCli(args, process.cwd());
    expect(r.status).toBe(1);
    return r.stdout;
  };

  it.each(['markdown', 'sarif', 'text'])(
    '%s links each rule to its page at the package version',
    (format) => {
      const out = run(format);
      expect(ourLinks(out, HOME, ref).length).toBeGreaterThan(0);
      expect(out).not.toContain('/blob/main/');
    },
  );

  it('sarif names the project home and a versioned helpUri for every rule', () => {
    const driver = JSON.parse(run('sarif')).runs[0].tool.driver;
    expect(driver.informationUri).toBe(HOME);
    expect(driver.version).toBe(pkg.version);
    for (const rule of driver.rules)
      expect(rule.helpUri).toBe(`${HOME}/blob/${ref}/docs/rules/${rule.id}.md`);
  });

  it('json carries no rule link (ruleId is the key to the catalogue)', () => {
    expect(ourLinks(run('json'), HOME, ref)).toEqual([]);
  });
});

describe('the action', () => {
  const pr = new PullRequestRepository();
  const servers: FakeGitHub[] = [];

  async function actionRun(
    env: NodeJS.ProcessEnv,
  ): Promise<{ github: FakeGitHub; run: ActionRun; all: string }> {
    const github = new FakeGitHub();
    servers.push(github);
    await github.start();
    github.pull.headSha = pr.head1;
    github.pull.files = pr.files(pr.head1);
    const merge = pr.mergeCommit(pr.head1);
    const run = await runAction({
      workspace: pr.checkout(merge),
      eventName: 'pull_request',
      event: pr.pullRequestEvent(pr.head1),
      apiUrl: github.url,
      sha: merge,
      env,
    });
    expect(run.status).toBe(1);
    const all = [
      ...github.reviews.flatMap((r) => [r.body, ...r.comments.map((c) => c.body)]),
      ...github.reviewComments.map((c) => c.body),
      ...github.issueComments.map((c) => c.body),
      run.stepSummary,
      readFileSync(run.sarifFile, 'utf8'),
      run.stdout,
    ].join('\n');
    return { github, run, all };
  }

  let fork: Awaited<ReturnType<typeof actionRun>>;
  let local: Awaited<ReturnType<typeof actionRun>>;
  const sha = '0123456789abcdef0123456789abcdef01234567';
  beforeAll(async () => {
    [fork, local] = await Promise.all([
      actionRun({ GITHUB_ACTION_REPOSITORY: 'acme/flowguard-fork', GITHUB_ACTION_REF: sha }),
      // `uses: ./`: the runner sets neither.
      actionRun({}),
    ]);
  });
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  it('`uses: owner/repo@ref`: review comments, summary comment, job summary and SARIF link that ref', () => {
    const home = 'https://github.com/acme/flowguard-fork';
    const inline = fork.github.reviews.flatMap((r) => r.comments.map((c) => c.body)).join('\n');
    const summary = fork.github.issueComments.map((c) => c.body).join('\n');
    const sarif = JSON.parse(readFileSync(fork.run.sarifFile, 'utf8'));
    expect(ourLinks(inline, home, sha).length).toBeGreaterThan(0);
    expect(summary).toContain(`(${home}/tree/${sha}/docs/rules)`);
    expect(ourLinks(summary, home, sha).length).toBeGreaterThan(0);
    expect(ourLinks(fork.run.stepSummary, home, sha).length).toBeGreaterThan(0);
    expect(sarif.runs[0].tool.driver.informationUri).toBe(home);
    expect(ourLinks(JSON.stringify(sarif), home, sha).length).toBeGreaterThan(0);
    // Annotations (stdout) carry no link; nothing anywhere points at the package's own repository.
    expect(ourLinks(fork.run.stdout, home, sha)).toEqual([]);
    expect(fork.all).not.toContain(HOME);
  });

  it('`uses: ./`: the package repository at the package version', () => {
    expect(ourLinks(local.all, HOME, `v${pkg.version}`).length).toBeGreaterThan(3);
    expect(local.all).not.toMatch(/\/blob\/main\//);
    expect(path.basename(local.run.sarifFile)).toBe('flowguard.sarif');
  });
});
