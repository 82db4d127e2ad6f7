import { describe, expect, it } from '@jest/globals';
import type { Finding, FindingPathStep, Report } from '../../src/findings/types.js';
import { ruleDocUrl } from '../../src/report/doc-links.js';
import { ruleTodo } from '../../src/report/rule-docs.js';
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

const ROTATE_FILE = 'src/Workflows/RotateKeys-0A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D.json';

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
    const heads = rotate.split('\n').filter((l) => !l.startsWith(' '));
    expect(heads.map((l) => /FG\d{3}/.exec(l)?.[0])).toEqual(['FG101', 'FG140', 'FG110']);
  });

  it('starts each finding with FILE:LINE: SEVERITY RULE-ID name, the form editors and terminals link', () => {
    const heads = renderText(fixtureReport())
      .split('\n')
      .filter((l) => /^\S/.test(l) && !l.includes(' — gate '));
    expect(heads).toEqual([
      `${ROTATE_FILE}:41: critical FG101 secure-outputs-removed (new)`,
      `${ROTATE_FILE}: high FG140 privileged-connection-change (new)`,
      `${ROTATE_FILE}:60: high FG110 secret-enumeration (existing)`,
      'exports/ContosoAutomation_1_0_0_2.zip: critical FG150 hardcoded-credential (new)',
      'src/Workflows/Broken-7F8E9D0C-1B2A-4F3E-9D8C-7B6A5F4E3D2C.json: high FG001 unreadable-flow (new)',
      'src/Workflows/AuditVault-2D3E4F5A-6B7C-4D8E-9F0A-1B2C3D4E5F6A.json:20: medium FG112 dynamic-secret-name (resolved)',
    ]);
    // A scan has no statuses to tell apart: the line ends with the rule's name.
    const scan = renderText({ ...fixtureReport(), compared: false });
    expect(scan.split('\n')[0]).toBe(`${ROTATE_FILE}:41: critical FG101 secure-outputs-removed`);
  });

  it('gives a zip entry and its lines in the message, and a span of several lines', () => {
    const lines = renderText(fixtureReport()).split('\n');
    const zip = lines[lines.findIndex((l) => l.startsWith('exports/')) + 1];
    expect(zip).toMatch(
      /^ {4}Sync invoices › Call_billing_API \(zip entry Workflows\/SyncInvoices-[0-9A-F-]+\.json, lines 112-130\): HTTP action /,
    );
    const one = renderText(
      withFindings([{ ...FIXTURE_FINDINGS[0], location: { ...FIXTURE_FINDINGS[0].location, endLine: 41 } }]),
    ).split('\n');
    expect(one[1]).toMatch(/^ {4}Rotate keys › Get_secret: Action 'Get_secret'/);
  });

  it("ends each finding with what to do, from the rule's docs page, and the versioned docs link", () => {
    const lines = renderText(fixtureReport()).split('\n');
    const fg101 = lines.findIndex((l) => l.includes(' FG101 '));
    expect(lines[fg101 + 2]).toBe(`    What to do: ${ruleTodo('FG101')} ${ruleDocUrl('FG101')}`);
    expect(ruleTodo('FG101')).toMatch(/^Turn "Secure outputs" back on/);
    // Every finding still open has one; a resolved one needs nothing done and keeps the link alone.
    const todos = lines.filter((l) => l.startsWith('    What to do: '));
    expect(todos).toHaveLength(5);
    for (const l of todos)
      expect(l).toMatch(/\. https:\/\/github\.com\/\S+\/blob\/v\d[^/]*\/docs\/rules\/FG\d{3}\.md$/);
    const fg112 = lines.findIndex((l) => l.includes(' FG112 '));
    expect(lines[fg112 + 2]).toBe(`    Docs: ${ruleDocUrl('FG112')}`);
  });

  it("shows a secret's path between the message and what to do", () => {
    const step = (action: string, role: FindingPathStep['role']): FindingPathStep => ({
      action,
      role,
      file: ROTATE_FILE,
      entry: null,
      jsonPath: null,
      line: 50,
      connector: 'c',
      operation: 'o',
      secureInputs: false,
      secureOutputs: false,
      destination: null,
    });
    const f: Finding = {
      ...FIXTURE_FINDINGS[0],
      ruleId: 'FG121',
      rule: 'secret-exfiltration',
      path: [step('Get_secret', 'source'), step('Set_variable', 'hop'), step('Send_an_email', 'sink')],
    };
    const lines = renderText(withFindings([f])).split('\n');
    expect(lines.slice(2, 4)).toEqual([
      '    Path: Get_secret → Set_variable → Send_an_email',
      `    What to do: ${ruleTodo('FG121')} ${ruleDocUrl('FG121')}`,
    ]);
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
