import { fg110 } from '../../src/rules/fg110-secret-enumeration.js';
import {
  flowFile,
  getSecret,
  inEveryContainer,
  keyVaultAction,
  listSecrets,
  SHAPES,
  type Shape,
} from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';

/** ListKeys and ListSecretVersions as each shape writes them (the builders know no ListKeyVersions route). */
const listKeys = (shape: Shape) => keyVaultAction(shape, 'ListKeys', {});
const listVersions = (shape: Shape) => keyVaultAction(shape, 'ListSecretVersions', { secretName: 'api-key' });

ruleTester(fg110, {
  valid: [
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: Get secret is not an enumeration`,
      flow: flowFile({ G: getSecret(shape, 'k') }),
    })),
    {
      name: 'a non-Key Vault connector with a ListSecrets-like operation',
      flow: flowFile({
        L: {
          type: 'OpenApiConnection',
          inputs: {
            host: { apiId: '/providers/Microsoft.PowerApps/apis/shared_contoso', operationId: 'ListSecrets' },
          },
        },
      }),
    },
    {
      name: 'an HTTP call that reads one named secret does not list',
      flow: flowFile({
        L: {
          type: 'Http',
          inputs: { method: 'GET', uri: 'https://contoso.vault.azure.net/secrets/api-key' },
        },
      }),
    },
    { name: 'no actions at all', flow: flowFile({}) },
  ],
  invalid: [
    {
      // pnp azure-http-key-vault sample: Key Vault through its REST API, without the connector.
      name: 'an HTTP GET of the Key Vault REST API secret list',
      flow: flowFile({
        L: {
          type: 'Http',
          inputs: { method: 'GET', uri: 'https://contoso.vault.azure.net/secrets?api-version=7.4' },
        },
      }),
      findings: [{ action: 'L', severity: 'high' }],
    },
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: List secrets`,
      flow: flowFile({ List_secrets: listSecrets(shape) }),
      findings: [
        {
          action: 'List_secrets',
          severity: 'high',
          message: ['"List_secrets" (Azure Key Vault ', 'istSecrets)'],
        },
      ],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: List secrets with secure outputs is still reported`,
      flow: flowFile({ List_secrets: listSecrets(shape, { secureInputs: true, secureOutputs: true }) }),
      findings: [{ action: 'List_secrets', severity: 'high' }],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: List keys`,
      flow: flowFile({ List_keys: listKeys(shape) }),
      findings: [{ action: 'List_keys', severity: 'high' }],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: List secret versions`,
      flow: flowFile({ Versions: listVersions(shape) }),
      findings: [{ action: 'Versions', severity: 'high' }],
    })),
    {
      name: 'OpenApiConnection: List key versions',
      flow: flowFile({ KV: keyVaultAction('OpenApiConnection', 'ListKeyVersions', { keyName: 'k' }) }),
      findings: [{ action: 'KV', severity: 'high' }],
    },
    ...SHAPES.flatMap((shape) =>
      inEveryContainer(listSecrets(shape)).map(([where, actions]): InvalidCase => ({
        name: `${shape}: inside ${where}`,
        flow: flowFile(actions),
        findings: [{ action: 'A', severity: 'high' }],
      })),
    ),
  ],
});
