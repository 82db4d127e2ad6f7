import { describe, expect, it } from '@jest/globals';
import type { Finding, Report } from '../../src/findings/types.js';
import {
  REPORT_FORMATS,
  renderJson,
  renderAzureDevOps,
  renderMarkdown,
  renderReport,
  renderSarif,
  renderText,
  toJsonReportV1,
} from '../../src/report/index.js';
import { FIXTURE_FINDINGS, fixtureReport } from './report-fixture.js';

function manyFindings(n: number, status: Finding['status']): Finding[] {
  const base = FIXTURE_FINDINGS[0] as Finding;
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    status,
    action: `Action_${i}`,
    fingerprint: `fp${i}`,
  }));
}

function withFindings(findings: Finding[], changes: Partial<Report> = {}): Report {
  const report = fixtureReport();
  const count = (s: Finding['status']): number => findings.filter((f) => f.status === s).length;
  report.findings = findings;
  report.summary.findings = { new: count('new'), existing: count('existing'), resolved: count('resolved') };
  return { ...report, ...changes };
}

describe('text reporter', () => {
  it('uses ANSI colours only when asked', () => {
    expect(renderText(fixtureReport())).not.toContain('\u001b');
    expect(renderText(fixtureReport(), { color: true })).toContain('\u001b[');
  });

  it('ends with one summary line', () => {
    const lines = renderText(fixtureReport()).trimEnd().split('\n');
    expect(lines.at(-1)).toBe(
      '4 new, 1 existing, 1 resolved findings in 12 flows (2 changed) — gate failed (fail-on high)',
    );
  });

  it('puts the most severe first within a file, and resolved findings last', () => {
    const text = renderText(fixtureReport());
    const rotate = text.slice(0, text.indexOf('\n\n'));
    expect([...rotate.matchAll(/FG\d{3}/g)].map((m) => m[0])).toEqual(['FG101', 'FG140', 'FG110']);
  });

  it('says so when there is nothing to report, and words a scan without a base', () => {
    const text = renderText(withFindings([], { compared: false }));
    expect(text).toBe('No findings.\n\n0 findings in 12 flows — gate failed (fail-on high)\n');
  });
});

describe('JSON reporter', () => {
  it('keeps the SPEC §5 key order (schemaVersion 1 is frozen)', () => {
    const json = toJsonReportV1(fixtureReport());
    expect(Object.keys(json)).toEqual(['schemaVersion', 'tool', 'summary', 'findings', 'secretAccess']);
    expect(Object.keys(json.tool)).toEqual(['name', 'version']);
    expect(Object.keys(json.summary)).toEqual([
      'flows',
      'changedFlows',
      'findings',
      'gate',
      'failOn',
      'filesRead',
      'report',
      'maxSeverity',
      'suppressed',
    ]);
    expect(Object.keys(json.summary.findings)).toEqual(['new', 'existing', 'resolved']);
    for (const finding of json.findings) {
      expect(Object.keys(finding)).toEqual([
        'ruleId',
        'rule',
        'severity',
        'status',
        'message',
        'file',
        'entry',
        'line',
        'endLine',
        'flow',
        'action',
        'fingerprint',
        'suppressed',
      ]);
      expect(Object.keys(finding.flow)).toEqual(['id', 'name']);
    }
  });

  it('carries zip entries and null lines as they are', () => {
    const json = JSON.parse(renderJson(fixtureReport())) as ReturnType<typeof toJsonReportV1>;
    const zip = json.findings.find((f) => f.ruleId === 'FG150');
    expect(zip).toMatchObject({ file: 'exports/ContosoAutomation_1_0_0_2.zip', line: 112, endLine: 130 });
    expect(zip?.entry).toMatch(/^Workflows\/SyncInvoices-/);
    expect(json.findings.find((f) => f.ruleId === 'FG001')).toMatchObject({
      line: null,
      endLine: null,
      action: null,
    });
  });
});

describe('Markdown reporter', () => {
  it('stays under the limit, keeps new findings first and says how many were left out', () => {
    const report = withFindings([...manyFindings(400, 'new'), ...manyFindings(50, 'resolved')]);
    const out = renderMarkdown(report, { maxLength: 20_000 });
    expect(out.length).toBeLessThanOrEqual(20_000);
    const shown = out.split('\n').filter((l) => l.startsWith('| 🔴')).length;
    expect(out).toContain(`… and ${400 - shown} more not shown here.`);
    expect(out).toContain('… and 50 more not shown here.');
    expect(out.trimEnd().endsWith('❌ **Gate failed** (fail-on high)')).toBe(true);
  });

  it('stays under 65,000 characters by default', () => {
    const out = renderMarkdown(withFindings(manyFindings(2_000, 'new')));
    expect(out.length).toBeLessThanOrEqual(65_000);
    expect(out).toMatch(/… and \d+ more not shown here\./);
  });

  it('shows existing findings openly when they are gated (--report all)', () => {
    const report = fixtureReport();
    report.summary.report = 'all';
    const out = renderMarkdown(report);
    expect(out).toContain('### Existing findings (1): also present in the base');
    expect(out).not.toContain('<details>');
    expect(out).toContain('(fail-on high, report all)');
  });

  it('writes the marker first, escaped', () => {
    expect(renderMarkdown(fixtureReport(), { marker: 'flowguard-summary' }).split('\n')[0]).toBe(
      '<!-- flowguard-summary -->',
    );
    expect(renderMarkdown(fixtureReport(), { marker: 'x --> y' }).split('\n')[0]).toBe(
      '<!-- x %2D-%3E y -->',
    );
    expect(renderMarkdown(fixtureReport()).startsWith('## ')).toBe(true);
  });

  it('reports a clean scan', () => {
    const out = renderMarkdown(withFindings([], { compared: false }));
    expect(out).toContain('No findings.');
    expect(out).not.toContain('| Severity |');
  });
});

describe('renderReport', () => {
  it('dispatches every format', () => {
    const report = fixtureReport();
    expect(REPORT_FORMATS.map((f) => renderReport(report, f))).toEqual([
      renderText(report),
      renderJson(report),
      renderSarif(report),
      renderMarkdown(report),
      renderAzureDevOps(report),
    ]);
  });

  it('does not change the report it renders', () => {
    const report = fixtureReport();
    const before = JSON.stringify(report);
    for (const format of REPORT_FORMATS) renderReport(report, format, { color: true, marker: 'm' });
    expect(JSON.stringify(report)).toBe(before);
  });
});
