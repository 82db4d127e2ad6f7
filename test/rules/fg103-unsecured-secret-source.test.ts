import { fg103 } from '../../src/rules/fg103-unsecured-secret-source.js';
import {
  flowFile,
  getSecret,
  inEveryContainer,
  keyVaultAction,
  listSecrets,
  scope,
  SHAPES,
} from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';

type Json = Record<string, unknown>;

/** Dataverse "Perform an unbound action" reading a secret environment variable. */
function envSecret(secureOutputs: boolean): Json {
  return {
    type: 'OpenApiConnection',
    inputs: {
      host: {
        apiId: '/providers/Microsoft.PowerApps/apis/shared_commondataserviceforapps',
        connectionName: 'shared_commondataserviceforapps',
        operationId: 'PerformUnboundAction',
      },
      parameters: {
        actionName: 'RetrieveEnvironmentVariableSecretValue',
        'item/EnvironmentVariableName': 'admin_commandcenterclientazuresecret',
      },
    },
    runAfter: {},
    ...(secureOutputs ? { runtimeConfiguration: { secureData: { properties: ['outputs'] } } } : {}),
  };
}

ruleTester(fg103, {
  valid: [
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: Get secret with secure outputs`,
      flow: flowFile({ Get_secret: getSecret(shape, 'api-key', { secureOutputs: true }) }),
    })),
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: Get secret with secure inputs and outputs, nested in a Scope`,
      flow: flowFile({
        S: scope({ Get_secret: getSecret(shape, 'k', { secureInputs: true, secureOutputs: true }) }),
      }),
    })),
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: List secrets is not a secret source`,
      flow: flowFile({ L: listSecrets(shape) }),
    })),
    {
      name: 'Encrypt data is not a secret source',
      flow: flowFile({ E: keyVaultAction('OpenApiConnection', 'EncryptData', { keyName: 'k' }) }),
    },
    // A secret environment variable read with outputs secured, as the CoE Starter Kit does it.
    {
      name: 'CommandCenterAppGetM365ServiceMessages-B38B49EE-41FC-EB11-94EF-002248237D7D.json',
      flow: flowFile({ Get_Azure_Secret: envSecret(true) }),
    },
    {
      name: 'secure outputs spelled in another case',
      flow: flowFile({
        G: {
          ...getSecret('OpenApiConnection', 'k'),
          runtimeConfiguration: { secureData: { properties: ['Outputs'] } },
        },
      }),
    },
    { name: 'no actions at all', flow: flowFile({}) },
  ],
  invalid: [
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: Get secret without secure outputs`,
      flow: flowFile({ Get_secret: getSecret(shape, 'api-key') }),
      findings: [
        {
          action: 'Get_secret',
          severity: 'high',
          message: ['"Get_secret" (Azure Key Vault ', 'etSecret)', 'without secure outputs', 'run history'],
        },
      ],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: secure inputs alone do not protect the outputs`,
      flow: flowFile({ Get_secret: getSecret(shape, 'api-key', { secureInputs: true }) }),
      findings: [{ action: 'Get_secret', severity: 'high' }],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: Get secret version without secure outputs`,
      flow: flowFile({
        V: keyVaultAction(shape, 'GetSecretVersion', { secretName: 'k', secretVersion: '1' }),
      }),
      findings: [{ action: 'V', severity: 'high' }],
    })),
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: Decrypt data without secure outputs`,
      flow: flowFile({ Decrypt: keyVaultAction(shape, 'DecryptData', { keyName: 'k' }) }),
      findings: [{ action: 'Decrypt', severity: 'high', message: ['ecryptData)'] }],
    })),
    {
      name: 'secret environment variable without secure outputs',
      flow: flowFile({ Get_env_secret: envSecret(false) }),
      findings: [
        { action: 'Get_env_secret', severity: 'high', message: ['Microsoft Dataverse PerformUnboundAction'] },
      ],
    },
    ...SHAPES.flatMap((shape) =>
      inEveryContainer(getSecret(shape, 'api-key')).map(([where, actions]): InvalidCase => ({
        name: `${shape}: inside ${where}`,
        flow: flowFile(actions),
        findings: [{ action: 'A', severity: 'high' }],
      })),
    ),
    {
      name: 'two unsecured sources, one secured',
      flow: flowFile({
        One: getSecret('OpenApiConnection', 'a'),
        Two: getSecret('ApiConnection', 'b', { runAfter: { One: ['Succeeded'] } }),
        Three: getSecret('ServiceProvider', 'c', { secureOutputs: true }),
      }),
      findings: [
        { action: 'One', severity: 'high' },
        { action: 'Two', severity: 'high' },
      ],
    },
  ],
});
