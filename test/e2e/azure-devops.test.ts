import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/run-dist.js';
import { parseLoggingCommand } from '../report/azure-devops-command.js';

const root = process.cwd();
const FLOW = 'Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json';

describe('bundled CLI, --format azure-devops', () => {
  it('logs one issue per finding of the seed attack and fails the task', () => {
    const r = runCli(
      ['diff', 'examples/attack/base', 'examples/attack/head', '--format', 'azure-devops'],
      root,
    );
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const cmds = lines.map(parseLoggingCommand);
    expect(cmds.every((c) => c?.at === 0)).toBe(true);
    const issues = cmds.filter((c) => c?.event === 'logissue');
    expect(issues.map((c) => `${c?.properties.code} ${c?.properties.type}`).sort()).toEqual([
      'FG101 error',
      'FG102 warning',
      'FG103 error',
      'FG110 error',
      'FG111 error',
    ]);
    const text = readFileSync(path.join(root, 'examples/attack/head', FLOW), 'utf8').split(/\r?\n/);
    for (const c of issues) {
      // Relative to the working directory, as the build's checkout is: the Issues tab links it.
      expect(c?.properties.sourcepath).toBe(`examples/attack/head/${FLOW}`);
      const line = Number(c?.properties.linenumber);
      expect(line).toBeGreaterThan(0);
      expect(line).toBeLessThanOrEqual(text.length);
      expect(c?.properties.columnnumber).toBe('1');
    }
    expect(lines.at(-1)).toBe('##vso[task.complete result=Failed;]');
  });

  it('under the threshold: exit 0 and SucceededWithIssues', () => {
    const r = runCli(
      [
        'diff',
        'examples/attack/base',
        'examples/attack/head',
        '--format',
        'azure-devops',
        '--fail-on',
        'none',
      ],
      root,
    );
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('##vso[task.complete result=SucceededWithIssues;]');
  });

  it('rejects an unknown format naming azure-devops among the choices', () => {
    const r = runCli(['scan', '.', '--format', 'azdo'], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('azure-devops');
  });
});

describe('bundled CLI, secret access map', () => {
  it('JSON secretAccess and the Markdown map list the attack flow vault reads', () => {
    const args = ['diff', 'examples/attack/base', 'examples/attack/head'];
    const json = JSON.parse(runCli([...args, '--format', 'json'], root).stdout);
    const entries = json.secretAccess.flatMap((a: { entries: Array<{ action: string; kind: string }> }) =>
      a.entries.map((e) => `${e.kind} ${e.action}`),
    );
    expect(entries).toEqual(expect.arrayContaining(['enumeration List_secrets', 'secret source Get_secret']));
    const md = runCli([...args, '--format', 'markdown'], root).stdout;
    expect(md).toContain('### 🔐 Secret access map');
    expect(md).toMatch(/\| List\\_secrets \| 📋 lists the vault \|/);
  });
});
