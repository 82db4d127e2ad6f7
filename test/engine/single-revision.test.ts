import { describe, expect, it } from '@jest/globals';
import { analyse, type AnalyseOptions } from '../../src/engine/analyse.js';
import { buildRevision } from '../../src/engine/revision.js';
import { SingleRevisionAnalysis } from '../../src/engine/single-revision.js';
import type { FlowSource, UnreadableFile } from '../../src/sources/types.js';
import { flowFile, getSecret, http, listSecrets } from '../helpers/flow-builders.js';

/**
 * A full scan checks each file's flows as they are read and keeps only those with findings
 * (SingleRevisionAnalysis). Its report must be the one the whole-revision analysis gives for the same
 * read: same findings, order, lines, identities (the same flow unpacked and zipped gets its path
 * appended), FG001s and summary — whatever order the files come in.
 */

type Json = Record<string, unknown>;
const GUID = '8f0c2d4e-5b1a-4c3e-9d7f-2a6b8c4e1f30';

function source(obj: Json, file: string, entry: string | null = null): FlowSource {
  return {
    source: {
      file,
      entry,
      layout: entry ? 'packed-solution' : 'unpacked-solution',
      text: JSON.stringify(obj, null, 2),
    },
    containerPath: ['properties'],
    container: (obj as { properties: Json }).properties,
    meta: {},
    solutionConnectionReferences: [],
    pathKey: entry ? `${file}!${entry}` : file,
  };
}

const leaky = flowFile({
  Get_secret: getSecret('OpenApiConnection', 'api-key'),
  List_secrets: listSecrets('OpenApiConnection'),
  Call: http({ method: 'GET', uri: 'https://example.com/?sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789' }),
});
const quiet = flowFile({ Call: http({ method: 'GET', uri: 'https://example.com/' }) });
const broken = { properties: { definition: 'not an object' } };

/** Per reader candidate (in tree order): its flows. */
const CANDIDATES: FlowSource[][] = [
  [source(leaky, `solution/Workflows/Leaky-${GUID}.json`)],
  [source(quiet, 'solution/Workflows/Quiet-11111111-2222-4333-8444-555555555555.json')],
  [source(broken, 'solution/Workflows/Broken-99999999-2222-4333-8444-555555555555.json')],
  // The same flow (same GUID) zipped: both are analysed, told apart by path.
  [source(leaky, 'packages/Solution_1_0.zip', `Workflows/Leaky-${GUID}.json`)],
  [source(quiet, 'loose/no-guid.json'), source(leaky, 'loose/no-guid.json')],
];
const UNREADABLE: UnreadableFile[] = [
  { file: 'solution/Workflows/Bad.json', entry: null, reason: 'invalid JSON', line: 3 },
];

const OPTIONS: AnalyseOptions = { failOn: 'high', rules: { allowedHosts: [], privilegedConnectors: [] } };

function whole() {
  const flows = CANDIDATES.flat();
  return analyse(buildRevision({ flows, unreadable: UNREADABLE, filesRead: flows.length }), null, OPTIONS);
}

function streamed(order: number[]) {
  const analysis = new SingleRevisionAnalysis(OPTIONS, {});
  for (const i of order) analysis.add(CANDIDATES[i], i);
  return analysis.finish({ flows: [], unreadable: UNREADABLE, filesRead: CANDIDATES.flat().length });
}

describe('SingleRevisionAnalysis (a full scan, one file at a time)', () => {
  it('gives the report of the whole-revision analysis, in any completion order', () => {
    const expected = whole();
    expect(expected.findings.some((f) => f.flow.key.includes('@'))).toBe(true); // the duplicate was told apart
    expect(expected.findings.some((f) => f.ruleId === 'FG001')).toBe(true);
    for (const order of [
      [0, 1, 2, 3, 4],
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
    ]) {
      expect(streamed(order)).toEqual(expected);
    }
  });

  it('joins the rules that fired to each copy of a duplicated flow in the secret access map', () => {
    const copies = streamed([4, 3, 2, 1, 0]).secretAccess!.filter((a) =>
      a.flowKey.startsWith(`guid:${GUID}@`),
    );
    expect(copies.map((a) => a.flowKey)).toEqual([
      `guid:${GUID}@packages/Solution_1_0.zip!Workflows/Leaky-${GUID}.json`,
      `guid:${GUID}@solution/Workflows/Leaky-${GUID}.json`,
    ]);
    for (const a of copies)
      expect(a.entries.map((e) => [e.action, e.rules])).toEqual([
        ['Get_secret', ['FG103']],
        ['List_secrets', ['FG110']],
      ]);
  });

  it('keeps FG001 for an unreadable file when FG001 is on, and leaves it out when disabled', () => {
    const analysis = new SingleRevisionAnalysis({ ...OPTIONS, disabled: ['FG001'] }, {});
    const report = analysis.finish({ flows: [], unreadable: UNREADABLE, filesRead: 0 });
    expect(report.findings).toEqual([]);
  });
});
