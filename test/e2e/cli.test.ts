import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-dist.js';

const root = process.cwd();
const FLOW = 'Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

type JsonFinding = {
  ruleId: string;
  severity: string;
  status: string;
  action: string;
  line: number;
  endLine: number;
  file: string;
};

/** A copy of the example attack whose head flow file is rewritten by `transform`. */
function attackCopy(transform: (text: string) => string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-attack-'));
  cpSync(path.join(root, 'examples/attack'), dir, { recursive: true });
  const file = path.join(dir, 'head', FLOW);
  writeFileSync(file, transform(readFileSync(file, 'utf8')));
  return dir;
}

function lineOf(text: string, needle: string): number {
  return text.split(/\r\n|\n/).findIndex((l) => l.includes(needle)) + 1;
}

describe('bundled CLI', () => {
  it('finds the seed attack: secure outputs removed, vault enumerated, secrets read in a loop', () => {
    const r = runCli(['diff', 'examples/attack/base', 'examples/attack/head', '--format', 'json'], root);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: 'flowguard', version: pkg.version });
    const got = report.findings
      .map((f: JsonFinding) => `${f.ruleId} ${f.severity} ${f.status} ${f.action}`)
      .sort();
    expect(got).toEqual([
      'FG101 critical new Get_partner_API_key',
      'FG102 medium new Get_partner_API_key',
      'FG103 high new Get_secret',
      'FG110 high new List_secrets',
      'FG111 critical new Get_secret',
    ]);
    expect(report.summary).toMatchObject({
      flows: 1,
      changedFlows: 1,
      gate: 'failed',
      failOn: 'high',
      findings: { new: 5, existing: 0, resolved: 0 },
    });
    const text = readFileSync(path.join(root, 'examples/attack/head', FLOW), 'utf8');
    const fg110 = report.findings.find((f: JsonFinding) => f.ruleId === 'FG110');
    expect(fg110.line).toBe(lineOf(text, '"List_secrets": {'));
    // Named from the repository root, not from the diff's arguments (SPEC §1 "file naming").
    expect(fg110.file).toBe(`examples/attack/head/${FLOW}`);
  });

  it('names files from the repository root whatever the arguments and the current folder', () => {
    const abs = runCli(
      [
        'diff',
        path.join(root, 'examples/attack/base'),
        path.join(root, 'examples/attack/head'),
        '--format',
        'json',
      ],
      path.join(root, 'docs'),
    );
    const files = new Set(JSON.parse(abs.stdout).findings.map((f: JsonFinding) => f.file));
    expect([...files]).toEqual([`examples/attack/head/${FLOW}`]);
  });

  it('counts lines as stored in a BOM + CRLF file', () => {
    const dir = attackCopy((t) => '\uFEFF' + t.replace(/\n/g, '\r\n'));
    const r = runCli(['diff', path.join(dir, 'base'), path.join(dir, 'head'), '--format', 'json'], root);
    const stored = readFileSync(path.join(dir, 'head', FLOW), 'utf8');
    const f = JSON.parse(r.stdout).findings.find((x: JsonFinding) => x.ruleId === 'FG110');
    expect(f.line).toBe(lineOf(stored, '"List_secrets": {'));
    expect(stored.split('\r\n')[f.endLine - 1].trim()).toBe('},');
  });

  it('reports line 1 in a minified one-line file', () => {
    const dir = attackCopy((t) => JSON.stringify(JSON.parse(t)));
    const r = runCli(['diff', path.join(dir, 'base'), path.join(dir, 'head'), '--format', 'json'], root);
    const findings: JsonFinding[] = JSON.parse(r.stdout).findings;
    expect(findings.length).toBe(5);
    for (const f of findings) expect([f.line, f.endLine]).toEqual([1, 1]);
  });

  it('writes --output files in every format and keeps stdout empty', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-out-'));
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const out = path.join(dir, `report.${format}`);
      const r = runCli(
        ['scan', 'examples/attack/head', '--format', format, '--output', out, '--fail-on', 'none'],
        root,
      );
      expect([r.status, r.stdout]).toEqual([0, '']);
      expect(readFileSync(out, 'utf8')).toContain(format === 'sarif' ? '"version": "2.1.0"' : 'FG111');
    }
  });

  it('prints its version and fails clearly on bad usage or a missing path', () => {
    expect(runCli(['--version'], root).stdout.trim()).toBe(pkg.version);
    const missing = runCli(['scan', 'no/such/dir'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no\/such\/dir/);
    const usage = runCli(['scan', '--format', 'yaml'], root);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--format');
  });

  it('lists the rules', () => {
    const r = runCli(['rules'], root);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^FG001 +unreadable-flow/m);
    expect(r.stdout).toMatch(/^FG150 +hardcoded-credential/m);
  });
});
