import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildFlow } from '../../src/model/build-flow.js';
import { credentialLiteralsOf } from '../../src/model/credential-scan.js';
import type { FlowSource } from '../../src/sources/types.js';
import { CORPUS } from '../sources/source-test-kit.js';
import { PASSWORD, SIG, TOKENS } from '../rules/fg150-fixtures.js';
import { compareOnTree } from './credential-prefilter-kit.js';
import { referenceCredentialLiterals } from './credential-scan-reference.js';

/**
 * The credential scan skips most strings by cheap tests (no slot by key, shorter than any token, no
 * token prefix). They must be exact: the prefiltered scan finds what the scan that runs every check on
 * every string finds, in the same order — on real flows and on strings made to sit at the tests' edges.
 */
function source(definition: Record<string, unknown>): FlowSource {
  return {
    source: { file: 'f.json', entry: null, layout: 'single-file', text: JSON.stringify({ definition }) },
    containerPath: [],
    container: { definition },
    meta: {},
    solutionConnectionReferences: [],
    pathKey: 'f.json',
  };
}

const both = (src: FlowSource) => {
  const flow = buildFlow(src);
  const fast = credentialLiteralsOf(flow);
  // The walk finds what the explicit-stack walk it replaced finds, in the same order, filtered or not.
  expect(fast).toEqual(referenceCredentialLiterals(flow));
  expect(credentialLiteralsOf(flow, false)).toEqual(referenceCredentialLiterals(flow, false));
  return { fast, full: credentialLiteralsOf(flow, false) };
};

/** Every token prefix of TOKEN_FORMATS, in both cases, and the slot words, to build strings around. */
const PIECES = [
  ...['ghp_', 'gho_', 'github_pat_', 'AKIA', 'ASIA', 'xoxb-', 'xoxp-', 'hooks.slack.com/services/T0A/B0A/'],
  ...['AccountKey=', 'SharedAccessKey=', 'eyJ', '-----BEGIN PRIVATE KEY-----', 'sk_live_', 'rk_live_', 'SG.'],
  ...['AIza', 'sk-proj-', 'sk-', 'T3BlbkFJ', '8Q~', 'Q~', 'password=', 'Password=', 'PWD=', 'pwd =', ';'],
  ...[
    'Server=x;',
    'Data Source=x;',
    'uid=u;',
    'client_secret=',
    '?sig=',
    '&code=',
    '://',
    'Bearer ',
    'Basic ',
  ],
  ...['@{', '}', "@{'", "'}", '@@', '<', '>', '***', 'xxx', '\u0000', '\u00e9', '\ud83d\ude00', ' '],
  ...Object.values(TOKENS),
  PASSWORD,
  SIG,
];
const KEYS = [
  ...['authentication', 'password', 'secret', 'pfx', 'value', 'clientSecret', 'headers', 'Headers'],
  ...['Authorization', 'x-api-key', 'X-Shopify-Access-Token', 'queries', 'sig', 'code', 'body', 'Body'],
  ...['request/body', 'body/client_secret', 'request/headers/Authorization', 'CustomHeader1', 'inputs'],
  ...['parameters', 'uri', 'text', 'Password', 'client_secret', 'x', ''],
  // Keys at the edges of mayMatter's first/last-character test (credential-keys.ts).
  ...['Value', 'SECRET', 'PFX', 'token', 'Key', 'K', '\u212a', '\u0130d', 'a/b', 'x/PASSWORD', 'Y', 'Bs'],
  ...['passwd', 'PassWd', 'CLIENTSECRET', 'Client_Secret', 'customHeader2', 'Queries', 'AUTHENTICATION'],
];

const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...PIECES),
      fc.string({ maxLength: 24 }),
      fc.stringMatching(/^[A-Za-z0-9]{1,40}$/),
    ),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom(null, 1, true),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('v'), { maxKeys: 5 }),
  ),
})).v;

describe('the credential scan prefilter', () => {
  it('finds every literal of a definition nested past its recursion bound, the deepest after the rest', () => {
    let deep: unknown = {
      headers: { Authorization: `Bearer ${TOKENS.github}` },
      x: [`https://x.example/api?sv=1&sig=${SIG}`],
    };
    for (let i = 0; i < 5_000; i++) deep = i % 2 ? { k: deep } : [deep];
    const definition = {
      triggers: {},
      actions: {
        A: { type: 'Http', inputs: { deep, headers: { 'x-api-key': 'k3y-live-1234567890' } } },
        B: { type: 'Compose', inputs: { note: TOKENS.aws } },
      },
    };
    // JSON.stringify would overflow on this nesting: the text is not read by the scan.
    const flow = buildFlow({ ...source({}), container: { definition } });
    const got = credentialLiteralsOf(flow);
    const want = referenceCredentialLiterals(flow);
    const id = (l: { owner: { name: string } | null; discriminator: string }) =>
      `${l.owner?.name}:${l.discriminator}`;
    expect(got.map(id).sort()).toEqual(want.map(id).sort());
    expect(got.map(id)).toEqual(['A:header:x-api-key', 'B:token:aws', 'A:header:authorization', 'A:url:sig']);
  });

  it('finds what the full scan finds on every flow of the test corpus', async () => {
    expect((await compareOnTree(CORPUS)).flows).toBeGreaterThan(20);
  });

  it('finds what the full scan finds in adversarial definitions', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 4 }), value, (inputs, extra) => {
        const definition = {
          parameters: { p: { type: 'String', defaultValue: extra } },
          triggers: { manual: { type: 'Request', kind: 'Http', inputs: { schema: extra } } },
          actions: {
            A: { type: 'Http', inputs, runAfter: {} },
            B: { type: 'Compose', inputs: extra, runAfter: {} },
          },
        };
        const { fast, full } = both(source(definition));
        expect(fast).toEqual(full);
      }),
      { numRuns: 400 },
    );
  });

  it('finds each token format and slot credential the full scan finds, at every length around 16', () => {
    let found = 0;
    for (const piece of PIECES) {
      for (let n = 0; n <= 24; n++) {
        const s = (piece + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4').slice(0, Math.max(n, 1));
        for (const key of KEYS) {
          const { fast, full } = both(
            source({
              triggers: {},
              actions: { A: { type: 'Http', inputs: { [key]: s, headers: { [key]: s } } } },
            }),
          );
          expect(fast).toEqual(full);
          found += fast.length;
        }
      }
    }
    expect(found).toBeGreaterThan(100);
  });
});
