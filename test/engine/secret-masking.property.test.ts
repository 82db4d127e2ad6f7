import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseFiles, renderChannels } from '../helpers/engine-channels.js';
import { runCli } from '../helpers/run-dist.js';
import { ruleDocMarkdown } from '../../src/report/rule-docs.js';

/**
 * SPEC §5: no output of flowguard ever contains a credential or secret value. Generated literals —
 * random high-entropy strings and well-known token formats — are written into every credential slot
 * FG150 knows, in one flow, which goes through the engine and every channel: text (plain and coloured),
 * JSON, Markdown, SARIF, inline review comments, the summary comment, the job summary and annotations
 * (as the workflow commands @actions/core prints); and, for a few cases, the bundled CLI's stdout and
 * stderr in every format. No channel may show a literal, nor any 8 characters of one in a row. A control
 * literal in a trigger name (not a secret) must show, so the check is known to see what channels print.
 */

const GUID = '5e5e5e5e-1111-4222-8333-444455556666';
const FILE = `Workflows/Creds-${GUID}.json`;
const RUNS = 120;

const chars = (set: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...set), minLength: min, maxLength: max });
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Credentials as they are written: random secrets, and the documented formats of common tokens. */
const credential: fc.Arbitrary<string> = fc.oneof(
  chars(`${ALNUM}._~+/=-`, 16, 64).filter((s) => /[a-z]/.test(s) && /[A-Z0-9]/.test(s) && !/^[-+=]/.test(s)),
  chars(ALNUM, 36, 36).map((s) => `ghp_${s}`),
  chars(UPPER, 16, 16).map((s) => `AKIA${s}`),
  chars(ALNUM, 24, 40).map((s) => `xoxb-1234567890-${s}`),
  chars(ALNUM, 24, 32).map((s) => `sk_live_${s}`),
  chars(`${ALNUM}_-`, 35, 35).map((s) => `AIza${s}`),
  chars(ALNUM, 34, 34).map((s) => `Ab8Q~${s}`),
  fc.tuple(chars(ALNUM, 12, 30), chars(ALNUM, 20, 40)).map(([a, b]) => `eyJhbGciOiJIUzI1NiJ9.eyJ${a}.${b}`),
);

/** Where a literal, or 8 characters of it in a row, shows in a text; null when it does not. */
function leak(text: string, literal: string): string | null {
  for (let i = 0; i + 8 <= literal.length; i++) {
    const part = literal.slice(i, i + 8);
    const at = text.indexOf(part);
    if (at >= 0) return text.slice(Math.max(0, at - 60), at + 60);
  }
  return null;
}

/** Eleven literals for the slots, plus a control literal that names a trigger. */
const caseArb = fc
  .record({
    secrets: fc.uniqueArray(credential, { minLength: 11, maxLength: 11 }),
    control: chars(ALNUM, 12, 20).map((s) => `Ctl${s}`),
  })
  // The control is printed on purpose: it must not share 8 characters with a secret by chance (fast-check
  // likes to put `propertyIsEnumerable` and its kin into both).
  .filter(({ secrets, control }) => secrets.every((s) => leak(`When_${control}`, s) === null));

function flowWith(s: string[], control: string): string {
  const http = (name: string, inputs: Record<string, unknown>): [string, unknown] => [
    name,
    { type: 'Http', inputs: { method: 'POST', uri: 'https://api.example/x', ...inputs }, runAfter: {} },
  ];
  const actions = Object.fromEntries([
    http('Basic', { authentication: { type: 'Basic', username: 'svc', password: s[0] } }),
    http('Oauth', {
      authentication: { type: 'ActiveDirectoryOAuth', tenant: 't', clientId: 'c', secret: s[1] },
    }),
    http('Cert', { authentication: { type: 'ClientCertificate', pfx: s[2], password: s[3] } }),
    http('Raw', { authentication: { type: 'Raw', value: `Bearer ${s[4]}` } }),
    http('Headers', {
      headers: { Authorization: `Bearer ${s[5]}`, 'api-key': s[6], 'Ocp-Apim-Subscription-Key': s[7] },
    }),
    http('Token', {
      uri: 'https://login.microsoftonline.com/t/oauth2/v2.0/token',
      body: `grant_type=client_credentials&client_id=app&client_secret=${s[8]}`,
    }),
    http('Signed', { uri: `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sig=${s[9]}` }),
    http('Function', { uri: `https://fn.azurewebsites.net/api/run?code=${s[9]}`, body: { password: s[10] } }),
    [
      'Blob',
      {
        type: 'ApiConnection',
        inputs: {
          host: { connection: { name: "@parameters('$connections')['azureblob']['connectionId']" } },
          method: 'get',
          path: `/files?sv=2022&sig=${s[9]}`,
          queries: { sig: s[9], code: s[10] },
        },
      },
    ],
    ['Compose', { type: 'Compose', inputs: `Server=db.example;User Id=sa;Password=${s[3]};` }],
  ]);
  const parameters = {
    Secret: { type: 'SecureString', defaultValue: s[4] },
    Bundle: { type: 'SecureObject', defaultValue: { clientSecret: s[6], nested: [s[8]] } },
  };
  // Anyone may call this trigger (FG130): its name, the control, is quoted by every channel.
  const triggers = { [`When_${control}`]: { type: 'Request', kind: 'Http', inputs: {} } };
  return JSON.stringify({
    properties: { connectionReferences: {}, definition: { parameters, triggers, actions } },
  });
}

/**
 * A SARIF rule's help.markdown is its documentation page, the same whatever the flow (its examples name
 * credential prefixes such as `sk_live_`): left out of the check only where it is exactly the bundled page.
 */
function withoutRuleDocs(channel: string, text: string): string {
  if (!channel.endsWith('sarif')) return text;
  const log = JSON.parse(text.slice(0, text.lastIndexOf('}') + 1));
  for (const rule of log.runs[0].tool.driver.rules ?? [])
    if (rule.help?.markdown === ruleDocMarkdown(rule.id)) delete rule.help.markdown;
  return JSON.stringify(log) + text.slice(text.lastIndexOf('}') + 1);
}

function expectNoLeak(channels: Record<string, string>, secrets: string[]): void {
  const leaks: string[] = [];
  for (const [channel, raw] of Object.entries(channels)) {
    const text = withoutRuleDocs(channel, raw);
    for (const s of secrets) {
      const where = leak(text, s);
      if (where !== null) leaks.push(`${channel}: ${s} in …${where}…`);
    }
  }
  expect(leaks).toEqual([]);
}

describe('credential literals in every slot never reach any channel', () => {
  it('engine, reporters and GitHub bodies (property)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ secrets, control }) => {
        const report = await analyseFiles({ [FILE]: flowWith(secrets, control) });
        const fg150 = report.findings.filter((f) => f.ruleId === 'FG150');
        // The slots are seen (every credential action and both parameters), and the control shows.
        expect(fg150.length).toBeGreaterThanOrEqual(10);
        const channels = await renderChannels(report);
        // (Annotations stop at 10 per level, and the FG150 criticals come first.)
        for (const [channel, text] of Object.entries(channels)) {
          if (channel !== 'annotations') expect([channel, text.includes(control)]).toEqual([channel, true]);
        }
        expectNoLeak(channels, secrets);
      }),
      { numRuns: RUNS },
    );
  });

  it('the bundled CLI: stdout and stderr in every format', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-mask-'));
    try {
      for (const [i, { secrets, control }] of fc.sample(caseArb, { numRuns: 3, seed: 42 }).entries()) {
        const root = path.join(dir, String(i));
        mkdirSync(path.join(root, 'Workflows'), { recursive: true });
        writeFileSync(path.join(root, FILE), flowWith(secrets, control));
        const channels: Record<string, string> = {};
        for (const format of ['text', 'json', 'sarif', 'markdown']) {
          const r = runCli(['scan', root, '--format', format, '--fail-on', 'none'], dir);
          expect(r.status).toBe(0);
          channels[`cli ${format}`] = r.stdout + r.stderr;
        }
        expect(channels['cli text']).toContain(control);
        expectNoLeak(channels, secrets);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
