import { afterAll, describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-dist.js';

/**
 * The same scan gives the same report on every machine: findings, secret access and baseline entries are
 * listed in code-unit order, not in the order of the machine's locale (in Swedish `ä` sorts after `z`, in
 * English before it), or a baseline written on one laptop would be rewritten on the next.
 */
const tmp = mkdtempSync(path.join(tmpdir(), 'fg-locale-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// One solution three times, in folders whose order differs by locale and by case.
for (const dir of ['a', 'B', 'ä', 'z'])
  cpSync('examples/attack/head', path.join(tmp, dir), { recursive: true });

const LOCALES = ['sv_SE.UTF-8', 'en_US.UTF-8', 'C'];
const run = (args: string[], locale: string) => runCli(args, tmp, { LANG: locale, LC_ALL: locale });

describe('report order (bundled CLI)', () => {
  it('lists findings and secret access in code-unit order whatever the locale', () => {
    const outputs = LOCALES.map((l) => run(['scan', '.', '--format', 'json', '--fail-on', 'none'], l));
    for (const o of outputs) expect(o.status).toBe(0);
    expect(new Set(outputs.map((o) => o.stdout)).size).toBe(1);
    const report = JSON.parse(outputs[0].stdout) as {
      findings: Array<{ file: string }>;
      secretAccess: Array<{ file: string }>;
    };
    const tops = (files: string[]) => [...new Set(files.map((f) => f.split('/')[0]))];
    expect(report.findings.length).toBeGreaterThan(3);
    expect(tops(report.findings.map((f) => f.file))).toEqual(['B', 'a', 'z', 'ä']);
    expect(tops(report.secretAccess.map((a) => a.file))).toEqual(['B', 'a', 'z', 'ä']);
  });

  it('writes the same baseline whatever the locale', () => {
    const files = LOCALES.map((l, i) => {
      const out = path.join(tmp, `baseline-${i}.json`);
      expect(run(['baseline', '.', '--output', out], l).status).toBe(0);
      return readFileSync(out, 'utf8');
    });
    expect(new Set(files).size).toBe(1);
    const entries = (JSON.parse(files[0]) as { findings: Array<{ file: string }> }).findings;
    expect([...new Set(entries.map((e) => e.file.split('/')[0]))]).toEqual(['B', 'a', 'z', 'ä']);
  });
});
