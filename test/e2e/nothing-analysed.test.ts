import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-dist.js';
import { sarifSchemaErrors } from '../github/sarif-schema.js';

/** SPEC §5: a run that analysed no flow is never a pass; a reviewed change that touches no flow is. */
const ATTACK = path.resolve('examples/attack');

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'fg-nothing-'));
}

describe('nothing analysed (bundled CLI)', () => {
  it('a tree scan that finds no flow exits 2 and says where it looked', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'README.md'), '# not a solution\n');
    const r = runCli(['scan', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no flow found under \. — nothing was analysed, so the gate cannot pass/);
    // The report it still writes never reads as a pass, whatever the threshold or format.
    expect(r.stdout).toMatch(/0 findings in 0 flows — gate failed \(fail-on high\)/);
    expect(r.stdout).not.toContain('passed');
    const none = runCli(['scan', '.', '--fail-on', 'none', '--format', 'json'], dir);
    expect(none.status).toBe(2);
    expect(JSON.parse(none.stdout).summary.gate).toBe('failed');
    const ado = runCli(['scan', '.', '--format', 'azure-devops'], dir);
    expect(ado.status).toBe(2);
    expect(ado.stdout).toContain('##vso[task.complete result=Failed;]');
  });

  it('its SARIF says the run failed, so an upload does not read as a clean scan that closes every alert', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'README.md'), '# not a solution\n');
    const r = runCli(['scan', '.', '--fail-on', 'none', '--format', 'sarif', '-o', 'out.sarif'], dir);
    expect(r.status).toBe(2);
    const file = path.join(dir, 'out.sarif');
    expect(sarifSchemaErrors(file)).toEqual([]);
    const run = JSON.parse(readFileSync(file, 'utf8')).runs[0];
    expect(run.results).toEqual([]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'no flow found under . — nothing was analysed, so the gate cannot pass' },
          },
        ],
      },
    ]);
    // A run that analysed something has no failed invocation.
    cpSync(path.join(ATTACK, 'head'), path.join(dir, 'solution'), { recursive: true });
    const ok = runCli(['scan', '.', '--fail-on', 'none', '--format', 'sarif'], dir);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).runs[0].invocations).toBeUndefined();
  });

  it('an include that matches nothing is named, and exits 2', () => {
    const dir = folder();
    cpSync(path.join(ATTACK, 'head'), path.join(dir, 'solution'), { recursive: true });
    const r = runCli(['scan', '--include', 'solutions/**'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('(include: solutions/**)');
    expect(runCli(['scan', '--include', 'solution/**', '--fail-on', 'none'], dir).status).toBe(0);
  });

  it('only unreadable files and a threshold that would let FG001 pass: exit 2, the findings still shown', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'Workflows'));
    writeFileSync(path.join(dir, 'Workflows', 'Broken-11111111-2222-4333-8444-555555555555.json'), '{ nope');
    const critical = runCli(['scan', '.', '--fail-on', 'critical', '--format', 'json'], dir);
    expect(critical.status).toBe(2);
    const report = JSON.parse(critical.stdout) as {
      summary: { gate: string };
      findings: Array<{ ruleId: string }>;
    };
    expect(report.findings.map((f) => f.ruleId)).toEqual(['FG001']);
    expect(report.summary.gate).toBe('failed');
    expect(critical.stderr).toContain('1 file could not be read');
    // At the default threshold the FG001 finding fails the gate by itself: an ordinary failed gate.
    expect(runCli(['scan', '.'], dir).status).toBe(1);
  });

  it('a diff of two folders without flows exits 2', () => {
    const dir = folder();
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    expect(runCli(['diff', 'a', 'b'], dir).status).toBe(2);
  });

  it('a diff whose NEW side holds no flow exits 2, naming that side and what OLD holds', () => {
    const dir = folder();
    cpSync(path.join(ATTACK, 'base'), path.join(dir, 'a'), { recursive: true });
    mkdirSync(path.join(dir, 'b'));
    const r = runCli(['diff', 'a', 'b'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'no flow found under b — nothing was analysed, so the gate cannot pass (a holds 1 flow)',
    );
  });

  it('a review limited to a PATH that is in neither revision nor the working tree exits 2', () => {
    const repo = new GitRepo('fg-nothing-path-');
    cpSync(path.join(ATTACK, 'base'), path.join(repo.dir, 'solution'), { recursive: true });
    repo.commit('base');
    repo.write('docs/notes.md', 'a change\n');
    repo.commit('docs only');
    // A typo would otherwise pass every review as "no flow changed", forever.
    const typo = runCli(['scan', '--base', 'HEAD~1', '--head', 'HEAD', 'solutoin'], repo.dir);
    expect(typo.stderr).toContain('flowguard: solutoin is in neither HEAD~1, HEAD nor the working tree');
    expect(typo.stdout).toBe('');
    expect(typo.status).toBe(2);
    // A folder the change deletes is still a review (its findings are resolved), and so is one it adds.
    repo.git('rm', '-rq', 'solution');
    repo.commit('remove the solution');
    const removed = runCli(['scan', '--base', 'HEAD~1', '--head', 'HEAD', 'solution'], repo.dir);
    expect(removed.stderr).toBe('');
    expect(removed.status).toBe(0);
    cpSync(path.join(ATTACK, 'head'), path.join(repo.dir, 'new'), { recursive: true });
    const added = runCli(['scan', '--base', 'HEAD', 'new', '--fail-on', 'none'], repo.dir);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
  });

  it('a reviewed change that touches no flow passes, saying "no flow changed"', () => {
    const repo = new GitRepo('fg-nothing-pr-');
    cpSync(path.join(ATTACK, 'base'), path.join(repo.dir, 'solution'), { recursive: true });
    repo.commit('base');
    repo.write('docs/notes.md', 'a change with no flow in it\n');
    repo.commit('docs only');
    const r = runCli(['scan', '--base', 'HEAD~1', '--head', 'HEAD'], repo.dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\(no flow changed\)/);
  });
});
