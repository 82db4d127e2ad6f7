import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnnotationProperties } from '@actions/core';
import { AnnotationsPublisher, type AnnotationLevel } from '../../src/github/annotations-publisher.js';
import { STEP_SUMMARY_MAX_BYTES } from '../../src/github/github-limits.js';
import { jobSummary, JobSummaryPublisher } from '../../src/github/job-summary-publisher.js';
import { SarifFilePublisher } from '../../src/github/sarif-file-publisher.js';
import { renderSecretAccessMap, secretAccessMap } from '../../src/report/secret-access-map.js';
import { FIXTURE_RULES } from '../report/report-fixture.js';
import { accessOf, finding, report } from './publisher-harness.js';
import { sarifSchemaErrors } from './sarif-schema.js';

function recordingSink() {
  const calls: { level: AnnotationLevel; message: string; props: AnnotationProperties }[] = [];
  const record = (level: AnnotationLevel) => (message: string, props: AnnotationProperties) =>
    calls.push({ level, message, props });
  return { calls, sink: { error: record('error'), warning: record('warning'), notice: record('notice') } };
}

describe('AnnotationsPublisher', () => {
  it('annotates most severe first, on the file and lines of each finding', async () => {
    const { calls, sink } = recordingSink();
    const low = finding({ severity: 'low' });
    const critical = finding({
      severity: 'critical',
      ruleId: 'FG101',
      rule: 'secure-outputs-removed',
      action: 'Get_secret',
    });
    const medium = finding({ severity: 'medium' });
    const zipped = finding({
      severity: 'high',
      location: { file: 'a.zip', entry: 'Workflows/x.json', path: null, line: 3, endLine: 9 },
    });
    await new AnnotationsPublisher(sink).publish(
      report([low, critical, medium, zipped, finding({ status: 'resolved' })]),
    );
    expect(calls.map((c) => c.level)).toEqual(['error', 'error', 'warning', 'notice']);
    expect(calls[0].props).toEqual({
      title: 'FG101 secure-outputs-removed (critical): Get_secret',
      file: critical.location.file,
      startLine: 20,
      endLine: 30,
    });
    // A zip entry's lines are not lines of the zip: named in the message instead.
    expect(calls[1].props).toEqual({ title: expect.any(String), file: 'a.zip' });
    expect(calls[1].message).toMatch(/zip entry Workflows\/x\.json line 3/);
  });

  it("keeps to GitHub's 10 per level per step and says where the rest are", async () => {
    const { calls, sink } = recordingSink();
    const findings = [
      ...Array.from({ length: 14 }, () => finding({ severity: 'high' })),
      ...Array.from({ length: 12 }, () => finding({ severity: 'info' })),
    ];
    const result = await new AnnotationsPublisher(sink, 2).publish(report(findings));
    const count = (level: AnnotationLevel) => calls.filter((c) => c.level === level).length;
    expect(count('error')).toBe(10);
    // Two notices are the action's own, one is the "more" line.
    expect(count('notice')).toBe(8);
    expect(calls.at(-1)?.message).toMatch(
      /^flowguard: 9 more findings not annotated .* the job summary and the SARIF file list every finding\.$/,
    );
    expect(result.reason).toBe('17 annotations, 9 more in the job summary and SARIF');
  });
});

describe('JobSummaryPublisher', () => {
  it('writes the findings table and the secret access map', async () => {
    const written: string[] = [];
    const unsecured = finding({ ruleId: 'FG103', rule: 'unsecured-secret-source', action: 'Get_key' });
    const bulk = finding({ ruleId: 'FG111', rule: 'bulk-secret-read', action: 'Get_each' });
    const listing = finding({ ruleId: 'FG110', action: 'List_secrets' });
    const withAccess = report([unsecured, bulk, listing]);
    withAccess.secretAccess = [
      accessOf(unsecured),
      accessOf(bulk, { secureOutputs: true }),
      accessOf(listing, { kind: 'enumeration' }),
    ];
    const result = await new JobSummaryPublisher(async (m) => void written.push(m), {
      notes: ['The review was not published.'],
    }).publish(withAccess);
    expect(result.status).toBe('posted');
    const [text] = written;
    expect(text).toMatch(/## 🛡️ flowguard security review/);
    expect(text).toMatch(/### 🔐 Secret access map/);
    expect(text).toMatch(
      /\| Rotate keys<br><sub>[^|]+<\/sub> \| Get\\_key \| 🔑 reads a secret \| ❌ no \| FG103 \|/,
    );
    expect(text).toMatch(/\| Get\\_each \| 🔑 reads a secret \| ✅ yes \| FG111 \|/);
    expect(text).toMatch(/\| List\\_secrets \| 📋 lists the vault \| — \| FG110 \|/);
    expect(text).toMatch(/> The review was not published\./);
  });

  it('degrades, without throwing, when the summary cannot be written', async () => {
    const failing = async (): Promise<void> => {
      throw new Error('EACCES: permission denied');
    };
    expect(await new JobSummaryPublisher(failing).publish(report([]))).toEqual({
      publisher: 'job summary',
      status: 'degraded',
      reason: 'not written — EACCES: permission denied',
    });
  });

  it('is skipped without GITHUB_STEP_SUMMARY', async () => {
    expect(await new JobSummaryPublisher(null).publish(report([]))).toMatchObject({ status: 'skipped' });
  });

  it('stays under 1 MiB for any report', () => {
    const wide = '界'.repeat(3000);
    const many = Array.from({ length: 5000 }, () =>
      finding({
        ruleId: 'FG103',
        message: wide,
        flow: { id: null, name: wide, key: String(Math.random()) },
        action: wide,
      }),
    );
    const wideReport = report(many);
    wideReport.secretAccess = many.map((f) => accessOf(f));
    const text = jobSummary(wideReport, { notes: [wide] });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
    expect(text).toMatch(/more not shown here/);
  });
});

describe('secretAccessMap', () => {
  it("shapes the engine's map for the table: zip entries beside their file, flows by name, enumerations without a secure-outputs claim", () => {
    const zipped = finding({
      ruleId: 'FG103',
      action: 'Get_key',
      flow: { id: null, name: 'B flow', key: 'path:b' },
      location: { file: 'a.zip', entry: 'Workflows/b.json', path: null, line: null, endLine: null },
    });
    const listing = finding({ ruleId: 'FG110', flow: { id: null, name: 'A flow', key: 'path:a' } });
    const r = report([zipped, listing]);
    r.secretAccess = [accessOf(zipped), accessOf(listing, { kind: 'enumeration', secureOutputs: true })];
    expect(secretAccessMap(r)).toEqual([
      {
        flow: 'A flow',
        file: listing.location.file,
        entries: [{ action: listing.action, kind: 'enumeration', secureOutputs: null, rules: ['FG110'] }],
      },
      {
        flow: 'B flow',
        file: 'a.zip › Workflows/b.json',
        entries: [{ action: 'Get_key', kind: 'secret source', secureOutputs: false, rules: ['FG103'] }],
      },
    ]);
  });

  it('is empty for a report without secret access, whatever its findings', () => {
    expect(secretAccessMap(report([finding({ ruleId: 'FG103' })]))).toEqual([]);
    expect(renderSecretAccessMap([])).toMatch(/No secret sources or vault enumerations/);
  });
});

describe('SarifFilePublisher', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-sarif-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes SARIF 2.1.0 that validates against the schema, creating the folder', async () => {
    const file = path.join(dir, 'nested', 'flowguard.sarif');
    const result = await new SarifFilePublisher(file, FIXTURE_RULES).publish(
      report([finding(), finding({ ruleId: 'FG101', severity: 'critical' })]),
    );
    expect(result).toEqual({ publisher: 'SARIF file', status: 'posted', reason: `wrote ${file}` });
    expect(sarifSchemaErrors(file)).toEqual([]);
  });

  it('degrades when the file cannot be written', async () => {
    const blocked = path.join(dir, 'file');
    await new SarifFilePublisher(blocked, []).publish(report([]));
    const result = await new SarifFilePublisher(path.join(blocked, 'x.sarif'), []).publish(report([]));
    expect(result.status).toBe('degraded');
  });
});
