import { fg141 } from '../../src/rules/fg141-connector-policy-violation.js';
import type { ConnectorPolicy } from '../../src/rules/connector-policy.js';
import { flowFile, getSecret, http, listSecrets, SHAPES } from '../helpers/flow-builders.js';
import { ruleTester } from '../helpers/rule-tester.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The rule tester reads every case from `Workflows/Test-<guid>.json`. */
const vaultOnly: ConnectorPolicy = {
  connector: 'keyvault',
  allow: ['solutions/Secrets*/**'],
  reason: 'Key Vault only in the vault-access solution',
};
const here: ConnectorPolicy = { ...vaultOnly, allow: ['Workflows/**'] };
/** A flow of the same GUID in the vault-access solution, and where it was before a move. */
const ALLOWED_FILE = 'solutions/SecretsAccess/Workflows/Test-11111111-2222-3333-4444-555555555555.json';
const SALES_FILE = 'solutions/Sales/Workflows/Test-11111111-2222-3333-4444-555555555555.json';
const sqlNowhere: ConnectorPolicy = { connector: 'sql', allow: [], reason: 'no SQL from flows' };

const office = {
  type: 'OpenApiConnection',
  inputs: {
    host: {
      apiId: '/providers/Microsoft.PowerApps/apis/shared_office365',
      connectionName: 'shared_office365',
      operationId: 'SendEmailV2',
    },
    parameters: { 'emailMessage/To': 'a@contoso.com' },
  },
  runAfter: {},
};
/** A flow file with no Key Vault reference at all (flowFile declares two by default). */
function withoutVaultRefs(flow: Json): Json {
  const copy = structuredClone(flow);
  delete copy.properties.connectionReferences.shared_keyvault;
  delete copy.properties.connectionReferences.keyvault;
  return copy;
}
const restRead = http({
  method: 'GET',
  uri: 'https://contoso-kv.vault.azure.net/secrets/api-key?api-version=7.4',
});
const restList = http({ method: 'GET', uri: 'https://contoso-kv.vault.azure.net/secrets?api-version=7.4' });

ruleTester(fg141, {
  valid: [
    { name: 'no policy configured', flow: flowFile({ Get: getSecret('OpenApiConnection', 'k') }) },
    ...SHAPES.map((shape) => ({
      name: `${shape}: the flow is inside the allowed paths`,
      flow: flowFile({ Get: getSecret(shape, 'k') }),
      options: { connectorPolicies: [here] },
    })),
    {
      name: 'outside the paths, but no Key Vault action and no Key Vault reference',
      flow: withoutVaultRefs(flowFile({ Mail: office })),
      options: { connectorPolicies: [vaultOnly] },
    },
    {
      name: 'an HTTP call to another host is not Key Vault',
      flow: withoutVaultRefs(flowFile({ Call: http({ uri: 'https://api.contoso.com/secrets/x' }) })),
      options: { connectorPolicies: [vaultOnly] },
    },
    {
      name: 'comparison: a flow inside the allowed paths in base and head',
      flow: flowFile({ Get: getSecret('OpenApiConnection', 'k') }),
      base: flowFile({}),
      file: ALLOWED_FILE,
      baseFile: ALLOWED_FILE.replace('Workflows/', 'Flows/'),
      options: { connectorPolicies: [vaultOnly] },
    },
    {
      name: 'comparison: a flow the change adds inside the allowed paths is judged by its own place',
      flow: flowFile({ Get: getSecret('OpenApiConnection', 'k') }),
      file: ALLOWED_FILE,
      options: { connectorPolicies: [vaultOnly] },
    },
    {
      name: 'a policy for another connector',
      flow: withoutVaultRefs(flowFile({ Mail: office })),
      options: { connectorPolicies: [sqlNowhere] },
    },
  ],
  invalid: [
    ...SHAPES.map((shape) => ({
      name: `${shape}: Get secret outside the allowed paths`,
      flow: flowFile({ Get: getSecret(shape, 'k') }),
      options: { connectorPolicies: [vaultOnly] },
      findings: [
        {
          action: 'Get',
          severity: 'high' as const,
          message: [
            'flow "Test"',
            'Azure Key Vault',
            'solutions/Secrets*/**',
            'Key Vault only in the vault-access solution',
          ],
        },
      ],
    })),
    {
      name: 'every action using the connector is named, each in its own finding',
      flow: flowFile({ Get: getSecret('OpenApiConnection', 'k'), List: listSecrets('ApiConnection') }),
      options: { connectorPolicies: [vaultOnly] },
      findings: [
        { action: 'Get', message: ['"Get"'] },
        { action: 'List', message: ['"List"'] },
      ],
    },
    {
      name: 'Key Vault REST API through HTTP counts as Key Vault (read and list)',
      flow: withoutVaultRefs(flowFile({ Read: restRead, List: restList })),
      options: { connectorPolicies: [vaultOnly] },
      findings: [{ action: 'Read' }, { action: 'List' }],
    },
    {
      name: 'only a connection reference to the connector: medium, on the flow',
      flow: flowFile({ Mail: office }),
      options: { connectorPolicies: [vaultOnly] },
      findings: [
        { action: null, severity: 'medium', message: ['"shared_keyvault"', 'without using it'] },
        { action: null, severity: 'medium', message: ['"keyvault"'] },
      ],
    },
    ...SHAPES.map((shape) => ({
      name: `${shape}: comparison: moved into the allowed paths by the change, the base's place counts too`,
      flow: flowFile({ Get: getSecret(shape, 'k') }),
      base: flowFile({}),
      file: ALLOWED_FILE,
      baseFile: SALES_FILE,
      options: { connectorPolicies: [vaultOnly] },
      findings: [
        {
          action: 'Get',
          severity: 'high' as const,
          message: ['Key Vault only in the vault-access solution', `moves the flow there from ${SALES_FILE}`],
        },
      ],
    })),
    {
      name: 'comparison: moved into the allowed paths, only a reference: medium, naming the move',
      flow: flowFile({ Mail: office }),
      base: flowFile({ Mail: office }),
      file: ALLOWED_FILE,
      baseFile: SALES_FILE,
      options: { connectorPolicies: [vaultOnly] },
      findings: [
        { action: null, severity: 'medium', message: ['"shared_keyvault"', `from ${SALES_FILE}`] },
        { action: null, severity: 'medium', message: ['"keyvault"', `from ${SALES_FILE}`] },
      ],
    },
    {
      name: 'comparison: moved out of the allowed paths: the head place decides, as without a base',
      flow: flowFile({ Get: getSecret('OpenApiConnection', 'k') }),
      base: flowFile({ Get: getSecret('OpenApiConnection', 'k') }),
      file: SALES_FILE,
      baseFile: ALLOWED_FILE,
      options: { connectorPolicies: [vaultOnly] },
      findings: [{ action: 'Get', message: ['solutions/Secrets*/**'] }],
    },
    {
      name: 'an empty allow list forbids the connector everywhere; shared_ prefix is the same connector',
      flow: withoutVaultRefs(flowFile({ Mail: office })),
      options: { connectorPolicies: [{ connector: 'office365', allow: [], reason: 'no mail from flows' }] },
      findings: [{ action: 'Mail', message: ['(nowhere)', 'no mail from flows'] }],
    },
  ],
});
