import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI, runCli } from '../helpers/run-dist.js';

/** Edges of the command line as a process: how it ends when its output cannot all be delivered. */
const root = process.cwd();

/** Runs the bundle with its stdout closed by the reader before it writes (`flowguard … | head -0`). */
function runWithClosedStdout(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The read end goes away long before node has started and written anything: every write gets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('a reader that closes stdout early (bundled CLI)', () => {
  it('`rules | head`: no crash, no stack trace, exit 0', async () => {
    const r = await runWithClosedStdout(['rules']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('a scan keeps the exit status of its gate', async () => {
    const failed = await runWithClosedStdout(['diff', 'examples/attack/base', 'examples/attack/head']);
    expect(failed.stderr).toBe('');
    expect(failed.status).toBe(1);
    const passed = await runWithClosedStdout([
      'diff',
      'examples/attack/base',
      'examples/attack/head',
      '--format',
      'sarif',
      '--fail-on',
      'none',
    ]);
    expect(passed.stderr).toBe('');
    expect(passed.status).toBe(0);
  });

  it('nothing analysed is still exit 2 with its reason', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'fg-closed-'));
    const r = await runWithClosedStdout(['scan', empty]);
    expect(r.stderr).toMatch(/^flowguard: no flow found under .* nothing was analysed/);
    expect(r.stderr).not.toMatch(/EPIPE|at /);
    expect(r.status).toBe(2);
  });
});

describe('stdout that fails (bundled CLI)', () => {
  // Linux's /dev/full fails every write with ENOSPC: the report was not delivered, so the run cannot pass.
  (existsSync('/dev/full') ? it : it.skip)(
    'a report that cannot be written is exit 2 with the reason',
    () => {
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(
          process.execPath,
          [CLI, 'diff', 'examples/attack/base', 'examples/attack/head', '--fail-on', 'none'],
          { cwd: root, env: { PATH: process.env.PATH }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' },
        );
        expect(r.stderr).toBe('flowguard: cannot write to stdout: ENOSPC: no space left on device, write\n');
        expect(r.status).toBe(2);
      } finally {
        closeSync(full);
      }
    },
  );
});

describe('flags that do not apply, or have no value, are usage errors (bundled CLI)', () => {
  const attack = path.join(root, 'examples/attack/head');
  it.each([
    [['baseline', attack, '--format', 'json'], '--format does not apply to baseline'],
    [['baseline', attack, '--fail-on', 'low'], '--fail-on does not apply to baseline'],
    [['baseline', attack, '--report', 'all'], '--report does not apply to baseline'],
    [['rules', '--format', 'json'], '--format does not apply to rules'],
    [['rules', '--output', 'rules.txt'], '--output does not apply to rules'],
    [['rules', 'FG150'], 'rules takes no arguments'],
    [['scan', attack, '--output', ''], '--output needs a value'],
    [['scan', attack, '--config', ''], '--config needs a value'],
    [['scan', attack, '--baseline', ''], '--baseline needs a value'],
    [['scan', '--base', ''], '--base needs a value'],
    [['scan', attack, '--include', ''], '--include needs a value'],
  ])('%j: exit 2, "%s", nothing written', (args, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-flags-'));
    const r = runCli(args, dir);
    expect(r.stderr).toContain(`flowguard: ${message}`);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('the baseline message counts its flows in English', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-flags-'));
    const r = runCli(['baseline', attack, '--output', 'b.json'], dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('flowguard: 4 findings in 1 flow accepted in b.json\n');
  });
});

describe('a --baseline or --config that names the wrong file (bundled CLI)', () => {
  // A credential-shaped line, as a .env or a key file would hold it: the error names the file and the
  // line, and never repeats what the file holds.
  const SECRET = 'ghp_0123456789abcdefghijABCDEFGHIJ0123456789';

  it('a baseline that is not JSON: exit 2, the line, none of its text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-wrong-file-'));
    writeFileSync(path.join(dir, 'token.json'), `\n${SECRET}\n`);
    const r = runCli(['scan', path.join(root, 'examples/attack/head'), '--baseline', 'token.json'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/token\.json is not a valid baseline: invalid JSON: .* \(line 2\)/);
    expect(r.stderr + r.stdout).not.toContain(SECRET.slice(0, 8));
  });

  it('a config that is not YAML: exit 2, the line and column, none of its text', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-wrong-file-'));
    writeFileSync(path.join(dir, 'creds.yml'), `user: app\ntoken: ${SECRET}: [\n`);
    const r = runCli(['scan', path.join(root, 'examples/attack/head'), '--config', 'creds.yml'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/creds\.yml is not valid YAML: .*line 2, column \d+/);
    expect(r.stderr + r.stdout).not.toContain(SECRET.slice(0, 8));
  });
});
