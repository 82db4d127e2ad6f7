import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffTargets, scanPaths, scanRevisions } from '../../src/engine/scan.js';
import type { Report } from '../../src/findings/types.js';
import { flowFile } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { CHILD_ID, childFlow, respond, runChild } from '../rules/child-flow-fixtures.js';
import { connector, initVar } from '../rules/secret-fixtures.js';
import { customizationsXml, makeZip, SOLUTION_XML } from '../sources/source-test-kit.js';

/**
 * A parent flow that calls a child flow which reads a secret and returns it (SPEC §2 "Child flows"), as real
 * solutions hold them: two `Workflows/*.json` of an unpacked solution, a packed solution zip, a git pull
 * request, and a Logic Apps Standard app — read by the engine's own readers from a temp folder.
 */
type Json = Record<string, unknown>;

const CALLER_ID = '0a1b2c3d-0000-4000-8000-00000000000a';
// File order decides which flow a streamed scan reads first: the caller before its child, or after it.
const CALLER_FIRST = `Workflows/ACaller-${CALLER_ID.toUpperCase()}.json`;
const CALLER_LAST = `Workflows/ZCaller-${CALLER_ID.toUpperCase()}.json`;
const CHILD = `Workflows/MChild-${CHILD_ID.toUpperCase()}.json`;
const after = (name: string) => ({ runAfter: { [name]: ['Succeeded'] } });

const mailAnswer = {
  Send_an_email: {
    ...connector('office365', 'SendEmailV2', {
      'emailMessage/To': 'ops@contoso.com',
      'emailMessage/Body': "<p>@{body('Run_a_Child_Flow')?['key']}</p>",
    }),
    ...after('Run_a_Child_Flow'),
  },
};
const callerFlow = (use: Json = mailAnswer): Json => flowFile({ Run_a_Child_Flow: runChild(), ...use });

const text = (o: Json) => JSON.stringify(o, null, 2);
function writeTree(root: string, files: Record<string, Json | string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(
      path.join(root, rel),
      typeof content === 'string' || Buffer.isBuffer(content) ? content : text(content),
    );
  }
}
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'fg-child-'));

async function scan(files: Record<string, Json | string | Buffer>): Promise<Report> {
  const dir = tempDir();
  writeTree(dir, files);
  return scanPaths({ cwd: dir, paths: ['.'], config: {}, failOn: 'high' });
}
async function diff(base: Record<string, Json>, head: Record<string, Json>): Promise<Report> {
  const dir = tempDir();
  writeTree(path.join(dir, 'base'), base);
  writeTree(path.join(dir, 'head'), head);
  return diffTargets({ cwd: dir, paths: [], config: {}, failOn: 'high', old: 'base', new: 'head' });
}
const newOnes = (r: Report) =>
  r.findings
    .filter((f) => f.status === 'new')
    .map((f) => `${f.ruleId} ${f.action ?? '-'} ${f.severity}`)
    .sort();

describe('child flows that return secrets: unpacked solution folder', () => {
  it("diff: the child starts returning its secret; the unchanged caller's mail is FG121, and the child's Response", async () => {
    const r = await diff(
      { [CALLER_FIRST]: callerFlow(), [CHILD]: childFlow(false) },
      { [CALLER_FIRST]: callerFlow(), [CHILD]: childFlow(true) },
    );
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
    const mail = r.findings.find((f) => f.action === 'Send_an_email')!;
    expect(mail.message).toContain('from "Run_a_Child_Flow" (Flows Run a child flow)');
    expect(mail.path?.map((n) => n.action)).toEqual(['Run_a_Child_Flow', 'Send_an_email']);
    expect(r.summary.gate).toBe('failed');
  });

  it("diff: the caller starts keeping the child's answer in a variable that run history shows (FG120)", async () => {
    const keep = {
      Init: { ...initVar('key', "@body('Run_a_Child_Flow')?['key']"), ...after('Run_a_Child_Flow') },
      Use: { type: 'Compose', inputs: "@variables('key')", ...after('Init') },
    };
    const r = await diff(
      { [CALLER_FIRST]: callerFlow({}), [CHILD]: childFlow(true) },
      { [CALLER_FIRST]: callerFlow(keep), [CHILD]: childFlow(true) },
    );
    expect(newOnes(r)).toEqual(['FG120 Use high']);
  });

  it.each([
    ['before', CALLER_FIRST],
    ['after', CALLER_LAST],
  ])('streamed scan: the caller read %s its child', async (_when, callerFile) => {
    const r = await scan({ [callerFile]: callerFlow(), [CHILD]: childFlow(true) });
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
    const mail = r.findings.find((f) => f.action === 'Send_an_email')!;
    expect(mail.location.file).toBe(callerFile);
    expect(mail.location.line).toBeGreaterThan(1); // the held source still locates the finding
  });

  it('streamed scan of files named as arguments, the caller first, from a subfolder: read again and located', async () => {
    const dir = tempDir();
    writeTree(dir, { [`sol!#1/${CALLER_FIRST}`]: callerFlow(), [`sol!#1/${CHILD}`]: childFlow(true) });
    const r = await scanPaths({
      cwd: dir,
      paths: [`sol!#1/${CALLER_FIRST}`, `sol!#1/${CHILD}`],
      config: {},
      failOn: 'high',
    });
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
    const mail = r.findings.find((f) => f.action === 'Send_an_email')!;
    expect(mail.location.file).toBe(`sol!#1/${CALLER_FIRST}`);
    expect(mail.location.line).toBeGreaterThan(1);
  });

  it('streamed scan: nothing when the child returns no secret, or the call names another flow', async () => {
    expect(newOnes(await scan({ [CALLER_FIRST]: callerFlow(), [CHILD]: childFlow(false) }))).toEqual([]);
    const other = flowFile({
      Run_a_Child_Flow: runChild('11111111-2222-4333-8444-555555555555'),
      ...mailAnswer,
    });
    expect(newOnes(await scan({ [CALLER_FIRST]: other, [CHILD]: childFlow(true) }))).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
    ]);
  });
});

describe('child flows that return secrets: packed solution zip', () => {
  const solution = async (childReturns: boolean): Promise<Buffer> =>
    makeZip([
      ['solution.xml', SOLUTION_XML],
      [
        'customizations.xml',
        customizationsXml([
          { id: CALLER_ID, name: 'Caller', file: CALLER_FIRST, category: 5 },
          { id: CHILD_ID, name: 'Child', file: CHILD, category: 5 },
        ]),
      ],
      [CALLER_FIRST, text(callerFlow())],
      [CHILD, text(childFlow(childReturns))],
    ]);

  it('a full scan of the zip finds the caller mailing the secret', async () => {
    const r = await scan({ 'solution.zip': await solution(true) });
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
    expect(r.findings.find((f) => f.action === 'Send_an_email')!.location.entry).toBe(CALLER_FIRST);
  });

  it('a diff of two zips: the change in the child makes the caller FG121 new', async () => {
    const dir = tempDir();
    writeTree(dir, { 'old.zip': await solution(false), 'new.zip': await solution(true) });
    const r = await diffTargets({
      cwd: dir,
      paths: [],
      config: {},
      failOn: 'high',
      old: 'old.zip',
      new: 'new.zip',
    });
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
  });
});

describe('child flows that return secrets: git pull request', () => {
  it('a PR that makes the child return its secret and the caller mail it', async () => {
    const repo = new GitRepo('fg-child-pr-');
    repo.write(`solution/${CALLER_FIRST}`, text(callerFlow({})));
    repo.write(`solution/${CHILD}`, text(childFlow(false)));
    const base = repo.commit('base');
    repo.write(`solution/${CALLER_FIRST}`, text(callerFlow()));
    repo.write(`solution/${CHILD}`, text(childFlow(true)));
    const head = repo.commit('head');
    const r = await scanRevisions({ cwd: repo.dir, paths: [], config: {}, failOn: 'high', base, head });
    expect(newOnes(r)).toEqual([
      'FG121 Respond_to_a_PowerApp_or_flow critical',
      'FG121 Send_an_email critical',
    ]);
  });

  it('a PR that changes only the caller still reads the unchanged child it calls (not reported as changed)', async () => {
    const repo = new GitRepo('fg-child-pr-');
    repo.write(`solution/${CALLER_FIRST}`, text(callerFlow({})));
    repo.write(`solution/${CHILD}`, text(childFlow(true)));
    repo.write('solution/Workflows/Other-22222222-3333-4444-8555-666666666666.json', text(callerFlow({})));
    const base = repo.commit('base');
    repo.write(`solution/${CALLER_FIRST}`, text(callerFlow()));
    const head = repo.commit('head');
    const r = await scanRevisions({ cwd: repo.dir, paths: [], config: {}, failOn: 'high', base, head });
    expect(newOnes(r)).toEqual(['FG121 Send_an_email critical']);
    // The child was read on both sides for its answer: unchanged, so not counted, its findings not new.
    expect(r.summary.changedFlows).toBe(1);
    expect(r.summary.flows).toBe(2);
  });

  it('a PR that only renames the call target away from the secret child resolves the finding', async () => {
    const repo = new GitRepo('fg-child-pr-');
    repo.write(`solution/${CALLER_FIRST}`, text(callerFlow()));
    repo.write(`solution/${CHILD}`, text(childFlow(true)));
    const base = repo.commit('base');
    const elsewhere = flowFile({
      Run_a_Child_Flow: runChild('11111111-2222-4333-8444-555555555555'),
      ...mailAnswer,
    });
    repo.write(`solution/${CALLER_FIRST}`, text(elsewhere));
    repo.write(`solution/${CHILD}`, text(childFlow(true)).replace('partner-api-key', 'partner-api-key-2'));
    const head = repo.commit('head');
    const r = await scanRevisions({ cwd: repo.dir, paths: [], config: {}, failOn: 'high', base, head });
    expect(r.findings.filter((f) => f.action === 'Send_an_email').map((f) => f.status)).toEqual(['resolved']);
  });
});

describe('child flows that return secrets: Logic Apps Standard', () => {
  const wf = (definition: Json): Json => ({ definition, kind: 'Stateful' });
  const trigger = { manual: { type: 'Request', kind: 'Http', inputs: {} } };
  const kv = {
    type: 'ServiceProvider',
    inputs: {
      parameters: { secretName: 'db-password' },
      serviceProviderConfiguration: {
        connectionName: 'keyVault',
        operationId: 'getSecret',
        serviceProviderId: '/serviceProviders/keyVault',
      },
    },
    runAfter: {},
    runtimeConfiguration: { secureData: { properties: ['outputs'] } },
  };
  const invoke = (name: string, extra: Json = {}): Json => ({
    type: 'Workflow',
    inputs: { host: { triggerName: 'manual', workflow: { id: name } }, body: {} },
    runAfter: {},
    ...extra,
  });
  const post = (from: string): Json => ({
    type: 'Http',
    inputs: { method: 'POST', uri: 'https://partner.example.com/hook', body: { v: `@body('${from}')` } },
    ...after(from),
  });
  const app = (prefix: string, callee: string): Record<string, Json> => ({
    [`${prefix}/host.json`]: { version: '2.0' },
    [`${prefix}/caller/workflow.json`]: wf({
      $schema:
        'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
      contentVersion: '1.0.0.0',
      triggers: trigger,
      actions: { Call: invoke(callee), Post: post('Call') },
    }),
    [`${prefix}/relay/workflow.json`]: wf({
      triggers: trigger,
      actions: {
        Call: invoke('secret-reader'),
        Reply: { ...respond("@body('Call')"), kind: 'Http', ...after('Call') },
      },
    }),
    [`${prefix}/secret-reader/workflow.json`]: wf({
      triggers: trigger,
      actions: {
        Get_secret: kv,
        Reply: { ...respond("@body('Get_secret')?['value']"), kind: 'Http', ...after('Get_secret') },
      },
    }),
  });

  it('a workflow that posts what another workflow of its app returned, through a relay', async () => {
    const r = await scan(app('logicapp', 'relay'));
    expect(newOnes(r).filter((f) => f.includes('Post'))).toEqual(['FG121 Post critical']);
    expect(r.findings.find((f) => f.action === 'Post')!.location.file).toBe('logicapp/caller/workflow.json');
  });

  it('a workflow of the same name in another app is not the one called', async () => {
    const other = app('app-b', 'relay');
    delete other['app-b/relay/workflow.json'];
    delete other['app-b/secret-reader/workflow.json'];
    const r = await scan({ ...app('app-a', 'nothing-here'), ...other });
    expect(newOnes(r).filter((f) => f.includes('Post'))).toEqual([]);
  });
});
