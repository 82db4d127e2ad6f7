import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { runCli } from '../helpers/run-dist.js';
import { requireFullCorpus } from './full-corpus.js';

const CORPUS = requireFullCorpus();
/** Cloud flows in the corpus (353 unpacked + 106 zip entries), counted independently of flowguard. */
const CLOUD_FLOWS = 459;

interface Known {
  ruleId: string;
  file: string;
  entry: string | null;
  action: string | null;
  fingerprint: string;
  reason: string;
}
type JsonFinding = Known & { severity: string; message: string; status: string };

/**
 * Every high or critical finding on the corpus (ordinary flows written by careful teams) is either a real
 * problem listed in known-findings.json with its one-sentence reason, or a false positive to fix.
 */
const known: Known[] = JSON.parse(readFileSync('test/full-corpus/known-findings.json', 'utf8'));

describe('the shared corpus through the bundled CLI', () => {
  const scan = runCli(['scan', CORPUS, '--format', 'json'], process.cwd());
  const report = JSON.parse(scan.stdout);

  it('reads every file without a crash and finds every cloud flow, unpacked and zipped', () => {
    expect(scan.stderr).toBe('');
    expect([0, 1]).toContain(scan.status);
    expect(report.summary.flows).toBe(CLOUD_FLOWS);
    expect(report.findings.filter((f: JsonFinding) => f.ruleId === 'FG001')).toEqual([]);
  });

  it('reports only known, explained high and critical findings', () => {
    const serious = report.findings.filter(
      (f: JsonFinding) => f.severity === 'high' || f.severity === 'critical',
    );
    const explained = new Set(known.map((k) => k.fingerprint));
    expect(
      serious
        .filter((f: JsonFinding) => !explained.has(f.fingerprint))
        .map((f: JsonFinding) => `${f.ruleId} ${f.file} ${f.entry} ${f.action}: ${f.message}`),
    ).toEqual([]);
    const found = new Set(serious.map((f: JsonFinding) => f.fingerprint));
    expect(known.filter((k) => !found.has(k.fingerprint))).toEqual([]);
    for (const k of known) expect(k.reason.length).toBeGreaterThan(20);
  });

  it('diff of the corpus against itself reports nothing new', () => {
    const diff = runCli(['diff', CORPUS, CORPUS, '--format', 'json'], process.cwd());
    const d = JSON.parse(diff.stdout);
    expect(d.summary.findings).toEqual({ new: 0, existing: report.summary.findings.new, resolved: 0 });
    expect(d.summary.changedFlows).toBe(0);
    expect(diff.status).toBe(0);
  });
});
