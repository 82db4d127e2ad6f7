import { describe, expect, it } from '@jest/globals';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { parseInputs } from '../../src/action/action-inputs.js';
import { scanForEvent } from '../../src/action/event-scan.js';
import { CliGit } from '../../src/git/git-cli.js';
import { GitRepo } from '../helpers/git-repo.js';

const inputs = (values: Record<string, string> = {}) =>
  parseInputs((n) => values[n] ?? '', { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/tmp' });

/** base: the attack example's base; head: its head, plus whatever `change` adds. */
function repository(change: (repo: GitRepo) => void = () => undefined) {
  const repo = new GitRepo('fg-event-scan-');
  cpSync('examples/attack/base', path.join(repo.dir, 'solution'), { recursive: true });
  const base = repo.commit('base');
  cpSync('examples/attack/head', path.join(repo.dir, 'solution'), { recursive: true });
  change(repo);
  const head = repo.commit('head');
  return { repo, base, head };
}

describe('scanForEvent', () => {
  it('compares the PR base and head from the object store', async () => {
    const { repo, base, head } = repository();
    const target = { kind: 'pull-request' as const, number: 1, baseSha: base, headSha: head, fork: false };
    const { report, notes } = await scanForEvent(target, inputs(), repo.dir, () => undefined);
    expect(report.compared).toBe(true);
    expect(report.findings.map((f) => f.ruleId)).toContain('FG101');
    expect(notes).toEqual([]);
  });

  it('takes the config from the base commit: the PR cannot switch off the rules that judge it', async () => {
    const { repo, base, head } = repository((r) =>
      r.write('.flowguard.yml', 'disable: [FG101, FG111]\nfailOn: none\n'),
    );
    const target = { kind: 'pull-request' as const, number: 1, baseSha: base, headSha: head, fork: false };
    const { report, notes } = await scanForEvent(target, inputs(), repo.dir, () => undefined);
    expect(report.findings.map((f) => f.ruleId)).toContain('FG101');
    expect(report.summary.gate).toBe('failed');
    expect(notes).toEqual([
      'This pull request changes .flowguard.yml; flowguard used the version in the base commit.',
    ]);
  });

  it('names the config file and the base commit when the base version is invalid', async () => {
    const repo = new GitRepo('fg-event-scan-');
    cpSync('examples/attack/base', path.join(repo.dir, 'solution'), { recursive: true });
    repo.write('.flowguard.yml', 'failOn: sometimes\n');
    const base = repo.commit('base');
    const target = { kind: 'compare' as const, baseSha: base, headSha: base };
    await expect(scanForEvent(target, inputs(), repo.dir, () => undefined)).rejects.toThrow(
      new RegExp(
        `\\.flowguard\\.yml \\(base commit ${base.slice(0, 7)}\\): failOn: "sometimes" is not one of`,
      ),
    );
  });

  it('warns when paths or include match no file, and a tree scan that finds no flow fails', async () => {
    const { repo } = repository((r) => r.write('.flowguard.yml', "include: ['solutions/**']\n"));
    const warnings: string[] = [];
    await expect(
      scanForEvent(
        { kind: 'tree' },
        inputs({ paths: 'solution' }),
        repo.dir,
        () => undefined,
        null,
        (m) => warnings.push(m),
      ),
    ).rejects.toThrow(/no flow found under solution \(include: solutions\/\*\*\)/);
    expect(warnings).toEqual(['config "include": solutions/** matches no file of the repository']);
  });

  it('on a pull request, a path that matches nothing is a warning (the review itself passes: no flow changed)', async () => {
    const { repo, base, head } = repository();
    const warnings: string[] = [];
    const target = { kind: 'pull-request' as const, number: 1, baseSha: base, headSha: head, fork: false };
    const { report } = await scanForEvent(
      target,
      inputs({ paths: 'solutionz' }),
      repo.dir,
      () => undefined,
      null,
      (m) => warnings.push(m),
    );
    expect(warnings).toEqual(['input "paths": solutionz matches no file of the repository']);
    expect(report.summary.changedFlows).toBe(0);
  });

  it('scans the working tree on other events, naming files from the repository root', async () => {
    const { repo } = repository();
    const { report } = await scanForEvent(
      { kind: 'tree' },
      inputs({ paths: 'solution', 'fail-on': 'critical' }),
      repo.dir,
      () => undefined,
    );
    expect(report.compared).toBe(false);
    expect(report.summary.failOn).toBe('critical');
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) expect(f.location.file).toMatch(/^solution\/Workflows\//);
  });
});

describe('CliGit.fetchCommit', () => {
  it('accepts only full SHAs, so nothing from a payload is read as an option', async () => {
    const git = new CliGit(process.cwd());
    await expect(git.fetchCommit('--upload-pack=touch /tmp/x')).rejects.toThrow(/is not a full commit SHA/);
    await expect(git.fetchCommit('HEAD')).rejects.toThrow(/is not a full commit SHA/);
  });

  it('does nothing when the commit is already there', async () => {
    const { repo, head } = repository();
    // No "origin" remote: a fetch would fail, so success means no fetch was attempted.
    await expect(new CliGit(repo.dir).fetchCommit(head)).resolves.toBeUndefined();
    expect(await new CliGit(repo.dir).hasCommit('f'.repeat(40))).toBe(false);
  });
});
