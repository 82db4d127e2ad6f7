import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { renderSarif, toSarifLog } from '../../src/report/sarif-reporter.js';
import { HOSTILE_PAYLOADS } from './hostile-payloads.js';
import { hostileReport } from './hostile-report.js';
import { FIXTURE_RULES, fixtureReport } from './report-fixture.js';

/** The OASIS SARIF 2.1.0 schema; where the copy comes from is in sarif-2.1.0.schema.md beside it. */
const schema = JSON.parse(
  readFileSync(new URL('../fixtures/sarif-2.1.0.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  const valid = validate(log);
  expect(valid ? [] : validate.errors).toEqual([]);
  return log;
}

describe('SARIF reporter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expectValid(renderSarif(fixtureReport(), { rules: FIXTURE_RULES }));
    expectValid(renderSarif(fixtureReport()));
    expectValid(renderSarif({ ...fixtureReport(), findings: [] }));
  });

  it('uses a schema that rejects what is not SARIF', () => {
    expect(
      validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {} }] }] }),
    ).toBe(false);
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const bad = toSarifLog(fixtureReport());
    const location = bad.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation;
    if (location?.region) location.region.startLine = 0;
    expect(validate(bad)).toBe(false);
  });

  it('leaves resolved findings out, so code scanning closes their alerts', () => {
    const log = toSarifLog(fixtureReport(), { rules: FIXTURE_RULES });
    const results = log.runs[0]?.results ?? [];
    expect(results.map((r) => r.ruleId)).toEqual(['FG101', 'FG150', 'FG001', 'FG140', 'FG110']);
    expect(results.map((r) => r.baselineState)).toEqual(['new', 'new', 'new', 'new', 'unchanged']);
  });

  it('gives every result its rule index, describing rules the caller left out', () => {
    const log = toSarifLog(fixtureReport(), { rules: FIXTURE_RULES });
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    for (const result of log.runs[0]?.results ?? []) {
      expect(rules[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
    expect(rules.map((r) => r.id)).toEqual(['FG001', 'FG101', 'FG110', 'FG112', 'FG150', 'FG140']);
    expect(rules.find((r) => r.id === 'FG101')?.properties?.['security-severity']).toBe('9.5');
  });

  it('has no baselineState without a base; a zip entry is the archive from its start, a whole file its line 1', () => {
    const log = toSarifLog({ ...fixtureReport(), compared: false });
    const results = log.runs[0]?.results ?? [];
    expect(results.every((r) => r.baselineState === undefined)).toBe(true);
    const regions = results.map((r) => r.locations?.[0]?.physicalLocation?.region ?? null);
    expect(regions).toEqual([
      { startLine: 41, endLine: 58 },
      { byteOffset: 0 },
      { startLine: 1 },
      { startLine: 1 },
      { startLine: 60, endLine: 75 },
    ]);
    expect(results[1]?.message.text).toContain('zip entry: Workflows/SyncInvoices-');
  });

  it.each(HOSTILE_PAYLOADS.map((p) => [p.name, p.payload] as const))(
    'stays valid and inert: %s',
    (_n, payload) => {
      const text = renderSarif(hostileReport(payload), { rules: FIXTURE_RULES });
      expect(text).not.toMatch(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u);
      const log = expectValid(text);
      const strings: string[] = [];
      JSON.stringify(log, (key, value: unknown) => {
        // A rule's help.markdown is its documentation page (ours, not the flow's): lines are allowed there.
        if (key === 'help') return undefined;
        if (typeof value === 'string') strings.push(value);
        return value;
      });
      for (const s of strings) expect(s).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u);
      for (const r of log.runs[0]?.results ?? []) {
        expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toMatch(
          /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/,
        );
      }
    },
  );
});
