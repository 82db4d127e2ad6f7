import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliMeasured } from '../helpers/peak-memory.js';

/**
 * Depth and length through the bundled CLI: Scopes nested 10,000 deep, a plain JSON value nested 10,000
 * and 100,000 deep inside an action's inputs (scanned, and compared with a base — the comparison used to
 * overflow the stack in JSON.stringify), a broken document nested 20,000 deep, and expressions longer than
 * the platform accepts. Each is an FG001 naming the limit or a normal report; never a crash.
 */

const GUID = '3c3c3c3c-1111-4222-8333-444455556666';
const FILE = `Workflows/Deep-${GUID}.json`;
const KEYVAULT = '/providers/Microsoft.PowerApps/apis/shared_keyvault';
const root = mkdtempSync(path.join(tmpdir(), 'fg-deep-'));

interface JsonReport {
  findings: Array<{ ruleId: string; message: string; action: string | null; status: string }>;
}

function write(name: string, text: string): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'Workflows'), { recursive: true });
  writeFileSync(path.join(dir, FILE), text);
  return dir;
}

function run(args: string[]): { report: JsonReport; peakMB: number } {
  const r = runCliMeasured([...args, '--format', 'json', '--fail-on', 'none', '--report', 'all'], root);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return { report: JSON.parse(r.stdout) as JsonReport, peakMB: r.peakMB };
}

const rules = (report: JsonReport): string[] => [...new Set(report.findings.map((f) => f.ruleId))].sort();

/** A secret read, then sent out in a body nested `depth` levels deep; a literal credential beside it. */
function deepValueFlow(depth: number, secretName = 'api-key'): string {
  const value = `${'{"k":'.repeat(depth)}"@{body('Get_secret')?['value']}"${'}'.repeat(depth)}`;
  const list = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  return `{"properties":{"connectionReferences":{},"definition":{"triggers":{"manual":{"type":"Request","kind":"Button","inputs":{}}},"actions":{
    "Get_secret":{"type":"OpenApiConnection","inputs":{"host":{"apiId":"${KEYVAULT}","connectionName":"kv","operationId":"GetSecret"},"parameters":{"secretName":"${secretName}"}},"runtimeConfiguration":{"secureData":{"properties":["inputs","outputs"]}}},
    "Post":{"type":"Http","inputs":{"method":"POST","uri":"https://partner.example/","headers":{"Authorization":"Bearer Qw3rTy7Ui9Op1As5Df8Gh2Jk"},"body":${value},"queries":${list}},"runAfter":{"Get_secret":["Succeeded"]}}}}}}`;
}

function nestedScopes(depth: number): string {
  let actions = '{"Leaf":{"type":"Compose","inputs":"x"}}';
  for (let i = depth; i > 0; i--) actions = `{"Scope_${i}":{"type":"Scope","actions":${actions}}}`;
  return `{"properties":{"definition":{"triggers":{"manual":{"type":"Request","kind":"Button","inputs":{}}},"actions":${actions}}}}`;
}

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('deep nesting and long expressions (bundled CLI)', () => {
  it('Scopes nested 10,000 deep: FG001 naming maxNestingDepth, in a scan and in a comparison', () => {
    const dir = write('scopes', nestedScopes(10_000));
    const { report, peakMB } = run(['scan', dir]);
    expect(report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      [
        'FG001',
        expect.stringContaining('containers nested deeper than the limit of 256 levels (maxNestingDepth)'),
      ],
    ]);
    expect(peakMB).toBeLessThan(200);
    expect(rules(run(['diff', dir, dir]).report)).toEqual(['FG001']);
  });

  it.each([10_000, 100_000])(
    'a JSON value nested %i deep in the inputs: a normal report, scanned and compared (regression: JSON.stringify overflow)',
    (depth) => {
      const head = write(`value-${depth}`, deepValueFlow(depth));
      expect(rules(run(['scan', head]).report)).toEqual(['FG121', 'FG150']);
      // The base differs at the bottom of the nesting: the definitions are compared all the way down.
      const base = write(`value-${depth}-base`, deepValueFlow(depth, 'other-key'));
      const { report, peakMB } = run(['diff', base, head]);
      expect(report.findings.map((f) => `${f.ruleId} ${f.status}`).sort()).toEqual([
        'FG121 existing',
        'FG150 existing',
      ]);
      expect(peakMB).toBeLessThan(200);
    },
  );

  it('a broken document nested 20,000 deep: FG001 saying so (regression: jsonc-parser overflow)', () => {
    const dir = write('broken', `{"properties":{"definition":${'['.repeat(20_000)}`);
    expect(run(['scan', dir]).report.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['FG001', expect.stringContaining('invalid JSON: nested too deeply to say where the error is')],
    ]);
  });

  it('an expression over maxExpressionLength is FG001; a long text around a short expression is read', () => {
    const long = deepValueFlow(1).replace('"Bearer', `"@concat('${'z'.repeat(200_000)}', 'Bearer`);
    expect(
      run(['scan', write('long-expression', long)]).report.findings.map((f) => [f.ruleId, f.message]),
    ).toEqual([
      [
        'FG001',
        expect.stringMatching(
          /an expression of 2000\d\d characters, over the maxExpressionLength limit of 131072/,
        ),
      ],
    ]);
    // 2 MB of text with `@{body('Get_secret')}` at its end: once opaque (a way to hide FG121), now read.
    const padded = deepValueFlow(1).replace(
      `"@{body('Get_secret')`,
      `"${'x'.repeat(2_000_000)} @{body('Get_secret')`,
    );
    expect(rules(run(['scan', write('padded', padded)]).report)).toEqual(['FG121', 'FG150']);
  });

  it('maxExpressionLength set in .flowguard.yml: a longer expression is analysed, its references still seen', () => {
    const config = path.join(root, 'long.yml');
    writeFileSync(config, 'limits:\n  maxExpressionLength: 5000000\n');
    const huge = deepValueFlow(1).replace(
      `"@{body('Get_secret')?['value']}"`,
      `"@concat(body('Get_secret')?['value'], '${'z'.repeat(1_200_000)}')"`,
    );
    const dir = write('configured', huge);
    expect(rules(run(['scan', dir, '--config', config]).report)).toEqual(['FG121', 'FG150']);
  });
});
