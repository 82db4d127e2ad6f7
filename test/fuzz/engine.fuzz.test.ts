import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { jsonText } from '../../src/model/json-value.js';
import type { Report } from '../../src/findings/types.js';
import { analyseFiles, renderChannels, type Files } from '../helpers/engine-channels.js';
import { customizationsXml, makeZip, SOLUTION_XML } from '../sources/source-test-kit.js';
import { byteOpArb, corpusSample, damage, mutate, mutationArb } from './fuzz-kit.js';

/**
 * The engine on hostile input: real corpus flows mutated at random, random JSON in the places a flow
 * goes, and damaged bytes (files and solution zips), each through the readers, the model, the rules,
 * every reporter and every GitHub body. Property: a Report comes back, every channel renders, nothing
 * throws, no reader falls into its "unexpected error" net, and no case hangs.
 *
 * FLOWGUARD_FUZZ_RUNS sets the number of cases (default 200, a few seconds in `npm test`);
 * `npm run fuzz` runs 20,000. FLOWGUARD_FUZZ_SEED replays a reported failure.
 */

const RUNS = Number(process.env.FLOWGUARD_FUZZ_RUNS ?? 200);
const SEED = process.env.FLOWGUARD_FUZZ_SEED ? Number(process.env.FLOWGUARD_FUZZ_SEED) : undefined;
/** Not a speed requirement: a case this slow is a hang (the slowest real case takes well under a second). */
const CASE_BUDGET_MS = 30_000;
const GUID = '0f0f0f0f-1111-4222-8333-444455556666';
const FLOW_PATH = `Workflows/Fuzzed-${GUID}.json`;

const sample = corpusSample(40);
let cases = 0;

async function check(head: Files, base: Files | null): Promise<void> {
  cases++;
  const started = Date.now();
  const report: Report = await analyseFiles(head, base);
  const channels = await renderChannels(report);
  expect(Date.now() - started).toBeLessThan(CASE_BUDGET_MS);
  expect(Array.isArray(report.findings)).toBe(true);
  expect(['passed', 'failed']).toContain(report.summary.gate);
  // A reader's catch-all turns a crash into FG001; here that is a bug to fix, not a finding.
  const crashes = report.findings.filter((f) => /unexpected error/.test(f.message));
  expect(crashes.map((f) => f.message)).toEqual([]);
  JSON.parse(channels.json);
  JSON.parse(channels.sarif);
  for (const text of Object.values(channels)) expect(typeof text).toBe('string');
}

/** A packed solution holding one flow entry (its bytes as given). */
async function solutionZip(flow: string | Buffer): Promise<Buffer> {
  const file = FLOW_PATH;
  return makeZip([
    ['solution.xml', SOLUTION_XML],
    ['customizations.xml', customizationsXml([{ id: GUID, name: 'Fuzzed', file, category: 5 }])],
    [file, flow],
  ]);
}

/** Jest's timeout per property: generous, since a hang (not slowness) is what it is there to catch. */
const timeout = (share: number): number => Math.max(60_000, RUNS * share * 250);

const params = (share: number) => ({
  numRuns: Math.max(1, Math.round(RUNS * share)),
  ...(SEED !== undefined ? { seed: SEED } : {}),
});

describe(`engine fuzz (${RUNS} cases)`, () => {
  afterAll(() => {
    // The figure the closing note records.
    console.log(`engine fuzz: ${cases} cases run${SEED !== undefined ? ` (seed ${SEED})` : ''}`);
  });

  it(
    'real flows, mutated: deleted, replaced and retyped subtrees, deep nesting, long strings, hostile keys',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(sample.length - 1),
          fc.array(mutationArb, { minLength: 1, maxLength: 5 }),
          fc.constantFrom('file', 'zip', 'diff', 'reverse-diff', 'cut'),
          fc.double({ min: 0, max: 1, noNaN: true }),
          async (index, mutations, layout, cutAt) => {
            const original = sample[index].text;
            let doc: unknown = JSON.parse(original.replace(/^\uFEFF/, ''));
            for (const m of mutations) doc = mutate(doc, m);
            const text = jsonText(doc);
            if (layout === 'zip') return check({ 'sol.zip': await solutionZip(text) }, null);
            if (layout === 'file') return check({ [FLOW_PATH]: text }, null);
            // A mutated document cut short: broken JSON, often deep, that the error locator must survive.
            if (layout === 'cut')
              return check({ [FLOW_PATH]: text.slice(0, Math.floor(text.length * cutAt)) }, null);
            const [head, base] = layout === 'diff' ? [text, original] : [original, text];
            return check({ [FLOW_PATH]: head }, { [FLOW_PATH]: base });
          },
        ),
        params(0.5),
      );
    },
    timeout(0.5),
  );

  it(
    'random JSON where a flow, a definition, triggers, actions or inputs belong',
    async () => {
      const place = (where: number, v: unknown): unknown =>
        [
          v,
          { properties: { definition: v } },
          { definition: v },
          { properties: { connectionReferences: v, definition: { triggers: v, actions: v } } },
          { properties: { definition: { triggers: { t: { type: 'Request', kind: 'Http' } }, actions: v } } },
          { definition: { actions: { a: { type: 'Http', inputs: v } }, parameters: v, outputs: v } },
        ][where];
      await fc.assert(
        fc.asyncProperty(fc.nat(5), fc.jsonValue({ maxDepth: 6 }), async (where, v) =>
          check({ [FLOW_PATH]: jsonText(place(where, v)) }, null),
        ),
        params(0.25),
      );
    },
    timeout(0.25),
  );

  it(
    'damaged bytes: cut, flipped, invalid UTF-8, byte-order marks, in files and in solution zips',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat(sample.length - 1),
          fc.array(byteOpArb, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (index, ops, zipped) => {
            const bytes = Buffer.from(sample[index].text, 'utf8');
            if (!zipped) return check({ [FLOW_PATH]: ops.reduce(damage, bytes) }, null);
            return check({ 'sol.zip': ops.reduce(damage, await solutionZip(bytes)) }, null);
          },
        ),
        params(0.25),
      );
    },
    timeout(0.25),
  );
});
