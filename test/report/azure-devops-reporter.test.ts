import { describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/findings/types.js';
import { escapeAzureDevOpsData, escapeAzureDevOpsProperty } from '../../src/report/escape.js';
import { renderAzureDevOps } from '../../src/report/index.js';
import { parseLoggingCommand } from './azure-devops-command.js';
import { HOSTILE_PAYLOADS } from './hostile-payloads.js';
import { hostileReport } from './hostile-report.js';
import { fixtureReport } from './report-fixture.js';

const UNSAFE_EXCEPT_NEWLINE = /[\0-\t\v-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;

function lines(out: string): string[] {
  return out.split('\n').filter((l) => l !== '');
}

describe('Azure DevOps logging-command escaping', () => {
  it.each([
    ['100%', '100%AZP25'],
    ['a;b', 'a%3Bb'],
    ['a]b', 'a%5Db'],
    ['a\r\nb', 'a%0D%0Ab'],
    ['%0A', '%AZP250A'],
  ])('property %j → %j', (input, expected) => {
    expect(escapeAzureDevOpsProperty(input)).toBe(expected);
  });

  it('round-trips through the agent-style reader', () => {
    const text = 'x;y]z%AZP25 %0D\r\nw';
    const cmd = parseLoggingCommand(
      `##vso[task.logissue type=error;sourcepath=${escapeAzureDevOpsProperty(text)};]${escapeAzureDevOpsData(text)}`,
    );
    expect(cmd?.properties).toEqual({ type: 'error', sourcepath: text });
    expect(cmd?.data).toBe(text);
  });
});

describe('Azure DevOps reporter', () => {
  it('writes one logissue per open finding, severity as type, then the gate result', () => {
    const report = fixtureReport();
    const out = lines(renderAzureDevOps(report));
    const open = report.findings.filter((f) => f.status !== 'resolved' && !f.suppressed);
    expect(open.length).toBeGreaterThan(0);
    expect(out).toHaveLength(open.length + 1);
    open.forEach((f, i) => {
      const cmd = parseLoggingCommand(out[i] ?? '');
      expect(cmd).toMatchObject({ at: 0, area: 'task', event: 'logissue' });
      expect(cmd?.properties.type).toBe(
        f.severity === 'critical' || f.severity === 'high' ? 'error' : 'warning',
      );
      expect(cmd?.properties.sourcepath).toBe(f.location.file);
      expect(cmd?.properties.code).toBe(f.ruleId);
      expect(cmd?.properties.linenumber).toBe(f.location.line === null ? undefined : String(f.location.line));
      expect(cmd?.data).toContain(f.message);
    });
    const expected = report.summary.gate === 'failed' ? 'Failed' : 'SucceededWithIssues';
    expect(out.at(-1)).toBe(`##vso[task.complete result=${expected};]`);
  });

  it('omits linenumber and columnnumber when the finding has no line', () => {
    const report = fixtureReport();
    report.findings = report.findings.slice(0, 1).map((f) => ({
      ...f,
      status: 'new',
      suppressed: null,
      location: { ...f.location, line: null, endLine: null },
    }));
    const cmd = parseLoggingCommand(lines(renderAzureDevOps(report))[0] ?? '');
    expect(Object.keys(cmd?.properties ?? {}).sort()).toEqual(['code', 'sourcepath', 'type']);
  });

  it('SucceededWithIssues under the threshold, nothing at all without open findings', () => {
    const under: Report = fixtureReport();
    under.summary = { ...under.summary, gate: 'passed' };
    expect(lines(renderAzureDevOps(under)).at(-1)).toBe('##vso[task.complete result=SucceededWithIssues;]');

    const clean: Report = fixtureReport();
    clean.summary = { ...clean.summary, gate: 'passed' };
    clean.findings = clean.findings.filter((f) => f.status === 'resolved' || f.suppressed);
    expect(renderAzureDevOps(clean)).toBe('');
  });

  it('the gate still fails when only the task result says so', () => {
    const failed: Report = fixtureReport();
    failed.summary = { ...failed.summary, gate: 'failed' };
    expect(lines(renderAzureDevOps(failed)).at(-1)).toBe('##vso[task.complete result=Failed;]');
  });
});

describe('Azure DevOps reporter with hostile names', () => {
  const benign = lines(renderAzureDevOps(hostileReport('benign')));

  it.each(HOSTILE_PAYLOADS.map((p) => [p.name, p.payload] as const))('%s', (_name, payload) => {
    const report = hostileReport(payload);
    const out = renderAzureDevOps(report);
    expect(out).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    const got = lines(out);
    // No forged line: each line is one of our commands, at its start, with only our properties.
    expect(got).toHaveLength(benign.length);
    got.forEach((line, i) => {
      const cmd = parseLoggingCommand(line);
      const mine = parseLoggingCommand(benign[i] ?? '');
      expect(cmd).not.toBeNull();
      expect(cmd?.at).toBe(0);
      expect(`${cmd?.area}.${cmd?.event}`).toBe(`${mine?.area}.${mine?.event}`);
      expect(Object.keys(cmd?.properties ?? {})).toEqual(Object.keys(mine?.properties ?? {}));
      expect(cmd?.properties.type).toBe(mine?.properties.type);
      expect(cmd?.properties.code).toBe(mine?.properties.code);
      expect(cmd?.properties.linenumber).toBe(mine?.properties.linenumber);
      // The property list ends at our own `;]`: the payload never reaches past it.
      expect(line.indexOf(']')).toBe(line.indexOf(';]') + 1);
    });
    // The file property decodes to the file, payload and all (controls shown as visible codes).
    const first = parseLoggingCommand(got[0] ?? '');
    if (!/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u.test(payload))
      expect(first?.properties.sourcepath).toBe(
        report.findings.find((f) => f.status !== 'resolved' && !f.suppressed)?.location.file,
      );
  });
});
