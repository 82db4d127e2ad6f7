import { fg111 } from '../../src/rules/fg111-bulk-secret-read.js';
import {
  flowFile,
  foreach,
  getSecret,
  keyVaultAction,
  listSecrets,
  scope,
  SHAPES,
} from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';
import { compose, envVarSecret, ifElse, initVar, setVar, switchOf, until } from './secret-fixtures.js';

const S = { secureOutputs: true };

const valid: RuleCase[] = SHAPES.flatMap((shape) => [
  {
    name: `${shape}: literal secret name at the top level`,
    flow: flowFile({ Get_secret: getSecret(shape, 'api-key', S) }),
  },
  {
    name: `${shape}: secret read after a loop, not inside it`,
    flow: flowFile({
      Loop: foreach("@triggerBody()?['rows']", { Work: compose('@item()') }),
      Get_secret: getSecret(shape, 'api-key', { ...S, runAfter: { Loop: ['Succeeded'] } }),
    }),
  },
  {
    name: `${shape}: dynamic name from trigger data in Scope/If/Switch (FG112, not FG111)`,
    flow: flowFile({
      Try: scope({
        Check: ifElse(
          { equals: ["@triggerBody()?['mode']", 'a'] },
          { Get_a: getSecret(shape, "@triggerBody()?['name']", S) },
          {
            Pick: switchOf("@triggerBody()?['kind']", {
              One: { Get_b: getSecret(shape, "@triggerBody()?['other']", S) },
            }),
          },
        ),
      }),
    }),
  },
  {
    name: `${shape}: a vault listing alone (FG110, not FG111)`,
    flow: flowFile({ List_secrets: listSecrets(shape) }),
  },
  {
    name: `${shape}: secret name from an HTTP response, not from a vault listing`,
    flow: flowFile({
      Lookup: {
        type: 'Http',
        inputs: { method: 'GET', uri: 'https://config.example.com/name' },
        runAfter: {},
      },
      Get_secret: getSecret(shape, "@body('Lookup')?['secretName']", S),
    }),
  },
]);

const invalid: InvalidCase[] = SHAPES.flatMap((shape): InvalidCase[] => [
  {
    name: `${shape}: secret read inside a Foreach over trigger data`,
    flow: flowFile({
      Loop: foreach("@triggerBody()?['names']", { Get_secret: getSecret(shape, "@items('Loop')", S) }),
    }),
    findings: [
      {
        action: 'Get_secret',
        severity: 'critical',
        message: ['"Get_secret" (Azure Key Vault ', 'loop "Loop"'],
      },
    ],
  },
  {
    name: `${shape}: literal secret read inside an Until`,
    flow: flowFile({
      Retry: until("@equals(variables('done'), true)", { Get_secret: getSecret(shape, 'api-key', S) }),
    }),
    findings: [{ action: 'Get_secret', severity: 'critical', message: ['loop "Retry"'] }],
  },
  {
    name: `${shape}: secret read in a Scope in a Switch default inside a Foreach`,
    flow: flowFile({
      Loop: foreach("@triggerBody()?['rows']", {
        Pick: switchOf(
          "@item()?['kind']",
          {},
          { Inner: scope({ Get_secret: getSecret(shape, 'api-key', S) }) },
        ),
      }),
    }),
    findings: [{ action: 'Get_secret', severity: 'critical', message: ['loop "Loop"'] }],
  },
  {
    name: `${shape}: secret name taken from a vault listing through Select, Compose and a variable`,
    flow: flowFile({
      List_secrets: listSecrets(shape),
      Names: {
        type: 'Select',
        inputs: { from: "@body('List_secrets')?['value']", select: "@item()?['name']" },
        runAfter: {},
      },
      First: compose("@first(body('Names'))"),
      Init: initVar('name', "@{outputs('First')}"),
      Get_secret: getSecret(shape, "@variables('name')", S),
    }),
    findings: [
      {
        action: 'Get_secret',
        severity: 'critical',
        message: ['reads the secrets that "List_secrets" (Azure Key Vault '],
      },
    ],
  },
  {
    name: `${shape}: secret read in a Foreach over a vault listing (the listing explains it)`,
    flow: flowFile({
      List_secrets: listSecrets(shape),
      Each: foreach("@body('List_secrets')?['value']", {
        Get_secret: getSecret(shape, "@items('Each')?['name']", S),
      }),
    }),
    findings: [
      { action: 'Get_secret', severity: 'critical', message: ['reads the secrets that "List_secrets"'] },
    ],
  },
  {
    name: `${shape}: key decryption inside a Foreach`,
    flow: flowFile({
      Loop: foreach("@triggerBody()?['blobs']", {
        Decrypt: keyVaultAction(shape, 'DecryptData', { keyName: 'wrap-key' }, S),
      }),
    }),
    findings: [{ action: 'Decrypt', severity: 'critical', message: ['Decrypt'] }],
  },
]);

invalid.push({
  name: 'Dataverse environment-variable secret read in a Foreach in an If else branch',
  flow: flowFile({
    Check: ifElse(
      true,
      {},
      { Loop: foreach("@triggerBody()?['names']", { Get_env: envVarSecret("@{items('Loop')}") }) },
    ),
  }),
  findings: [
    { action: 'Get_env', severity: 'critical', message: ['(Microsoft Dataverse PerformUnboundAction)'] },
  ],
});

// Run order (SPEC §2): the name a secret read uses holds only what was written before it.
const after = (...names: string[]) => ({
  runAfter: Object.fromEntries(names.map((n) => [n, ['Succeeded']])),
});
valid.push({
  name: 'run order: the name variable takes a listed name only after the secret was read',
  flow: flowFile({
    List_secrets: listSecrets('OpenApiConnection'),
    Init: initVar('name', 'api-key'),
    Get_secret: getSecret('OpenApiConnection', "@variables('name')", { ...S, ...after('Init') }),
    Next: {
      ...setVar('name', "@{first(body('List_secrets')?['value'])?['name']}"),
      ...after('Get_secret', 'List_secrets'),
    },
  }),
});
invalid.push({
  name: 'run order: the listed name is set on a parallel branch of the secret read',
  flow: flowFile({
    List_secrets: listSecrets('OpenApiConnection'),
    Init: initVar('name', 'api-key'),
    Next: { ...setVar('name', "@{first(body('List_secrets')?['value'])?['name']}"), ...after('Init') },
    Get_secret: getSecret('OpenApiConnection', "@variables('name')", { ...S, ...after('Init') }),
  }),
  findings: [
    { action: 'Get_secret', severity: 'critical', message: ['reads the secrets that "List_secrets"'] },
  ],
});

ruleTester(fg111, { valid, invalid });
