import { fg140 } from '../../src/rules/fg140-privileged-connection-change.js';
import { flowFile, getSecret, listSecrets } from '../helpers/flow-builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function withRefs(flow: Json, edit: (refs: Json) => void): Json {
  const copy = structuredClone(flow);
  edit(copy.properties.connectionReferences);
  return copy;
}
const kvFlow = flowFile({ Get_secret: getSecret('OpenApiConnection', 'k', { secureOutputs: true }) });
const embedded = withRefs(kvFlow, (r) => (r.shared_keyvault.runtimeSource = 'embedded'));
const moved = (flow: Json, action: string) => {
  const copy = structuredClone(flow);
  copy.properties.definition.actions[action].inputs.host.connectionName = 'shared_keyvault_1';
  copy.properties.connectionReferences.shared_keyvault_1 = {
    runtimeSource: 'invoker',
    connection: { connectionReferenceLogicalName: 'other' },
    api: { name: 'shared_keyvault' },
  };
  return copy;
};
const noKv = withRefs(flowFile({}), (r) => {
  delete r.shared_keyvault;
  delete r.keyvault;
});

/** The Key Vault reference under another key, naming `logical` (the same reference when unchanged). */
const renamedKey = (logical: string) => {
  const copy: Json = structuredClone(kvFlow);
  copy.properties.definition.actions.Get_secret.inputs.host.connectionName = 'shared_keyvault_2';
  copy.properties.connectionReferences.shared_keyvault_2 = {
    ...copy.properties.connectionReferences.shared_keyvault,
    connection: { connectionReferenceLogicalName: logical },
  };
  delete copy.properties.connectionReferences.shared_keyvault;
  return copy;
};
const repointed = withRefs(
  kvFlow,
  (r) => (r.shared_keyvault.connection.connectionReferenceLogicalName = 'fg_attacker_kv'),
);
/** A legacy (ApiConnection) flow whose `$connections` default binds key `key` to connection `conn`. */
const legacy = (key: string, conn: string) => {
  const f: Json = flowFile({ Get_secret: getSecret('ApiConnection', 'k', { secureOutputs: true }) });
  delete f.properties.connectionReferences;
  f.properties.definition.parameters.$connections.defaultValue = {
    [key]: {
      connectionId: `/subscriptions/s/providers/Microsoft.Web/connections/${conn}`,
      connectionName: conn,
    },
  };
  f.properties.definition.actions.Get_secret.inputs.host.connection.name = `@parameters('$connections')['${key}']['connectionId']`;
  return f;
};

/** A legacy package's reference (Export → Package): `connectionName`, `id` and `source` instead of `runtimeSource`. */
const legacyPackageRef = (source: string) =>
  withRefs(kvFlow, (r) => {
    r.shared_keyvault = {
      connectionName: 'shared-keyvault-7c1d2',
      source,
      id: '/providers/Microsoft.PowerApps/apis/shared_keyvault',
      tier: 'NotSpecified',
    };
  });

ruleTester(fg140, {
  valid: [
    {
      name: 'connection key renamed, same logical name (no move, no new reference)',
      base: kvFlow,
      flow: renamedKey('fg_sharedkeyvault_1'),
    },
    {
      name: 'legacy $connections key renamed, same connection',
      base: legacy('keyvault', 'kv-prod'),
      flow: legacy('kv_renamed', 'kv-prod'),
    },
    {
      name: 'logical names compare case-insensitively',
      base: kvFlow,
      flow: renamedKey('FG_SharedKeyVault_1'),
    },
    { name: 'unchanged references', base: kvFlow, flow: kvFlow },
    { name: 'embedded to invoker is an improvement', base: embedded, flow: kvFlow },
    { name: 'new flow (no base) is not a change', flow: embedded },
    {
      name: 'non-privileged connector switched to embedded',
      base: withRefs(
        kvFlow,
        (r) => (r.shared_office365 = { runtimeSource: 'invoker', api: { name: 'shared_office365' } }),
      ),
      flow: withRefs(
        kvFlow,
        (r) => (r.shared_office365 = { runtimeSource: 'embedded', api: { name: 'shared_office365' } }),
      ),
    },
  ],
  invalid: [
    {
      name: 'same key, another logical name: the secret source reads through another reference',
      base: kvFlow,
      flow: repointed,
      findings: [
        { action: 'Get_secret', severity: 'high', message: ['"shared_keyvault" → "fg_attacker_kv"'] },
      ],
    },
    {
      name: 'renamed key that also names another reference',
      base: kvFlow,
      flow: renamedKey('fg_attacker_kv'),
      findings: [
        { action: 'Get_secret', severity: 'high', message: ['"shared_keyvault_2" → "fg_attacker_kv"'] },
      ],
    },
    {
      name: 'legacy $connections: same key bound to another connection',
      base: legacy('keyvault', 'kv-prod'),
      flow: legacy('keyvault', 'kv-other'),
      findings: [{ action: 'Get_secret', severity: 'high' }],
    },
    {
      name: 'Key Vault reference switched from invoker to embedded',
      base: kvFlow,
      flow: embedded,
      findings: [{ action: null, severity: 'high', message: ['"shared_keyvault"', 'embedded'] }],
    },
    {
      name: 'legacy package reference: source Invoker → Embedded',
      base: legacyPackageRef('Invoker'),
      flow: legacyPackageRef('Embedded'),
      findings: [{ action: null, severity: 'high', message: ['"shared_keyvault"', 'embedded'] }],
    },
    {
      name: 'configured privileged connector switched',
      base: withRefs(
        kvFlow,
        (r) => (r.shared_sql = { runtimeSource: 'invoker', api: { name: 'shared_sql' } }),
      ),
      flow: withRefs(
        kvFlow,
        (r) => (r.shared_sql = { runtimeSource: 'embedded', api: { name: 'shared_sql' } }),
      ),
      options: { privilegedConnectors: ['sql'] },
      findings: [{ action: null, severity: 'high' }],
    },
    {
      name: 'Get secret moves to another reference',
      base: kvFlow,
      flow: moved(kvFlow, 'Get_secret'),
      findings: [{ action: 'Get_secret', severity: 'high' }],
    },
    {
      name: 'List secrets moves to another reference',
      base: flowFile({ List: listSecrets('OpenApiConnection') }),
      flow: moved(flowFile({ List: listSecrets('OpenApiConnection') }), 'List'),
      findings: [{ action: 'List', severity: 'high' }],
    },
    {
      name: 'flow gains a Key Vault reference',
      base: noKv,
      flow: withRefs(
        noKv,
        (r) => (r.shared_keyvault = { runtimeSource: 'invoker', api: { name: 'shared_keyvault' } }),
      ),
      findings: [{ action: null, severity: 'medium' }],
    },
  ],
});
