import { fg120 } from '../../src/rules/fg120-secret-in-run-history.js';
import {
  flowFile,
  foreach,
  getSecret,
  http,
  scope,
  secretValueExpr,
  SHAPES,
} from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';
import {
  compose,
  connector,
  envVarSecret,
  ifElse,
  initVar,
  secureInputs,
  secureOutputs,
  setVar,
  switchOf,
  until,
} from './secret-fixtures.js';
import { CHILD_FILE, childFlow, runChild } from './child-flow-fixtures.js';

const S = { secureOutputs: true };
const secret = (shape: (typeof SHAPES)[number]) => `@${secretValueExpr(shape, 'Get_secret')}`;
const listRows = (filter: string) =>
  connector('commondataserviceforapps', 'ListRecords', { entityName: 'accounts', $filter: filter });

const valid: RuleCase[] = SHAPES.flatMap((shape) => [
  {
    name: `${shape}: direct reference to a source with secure outputs (hidden automatically)`,
    flow: flowFile({ Get_secret: getSecret(shape, 'api-key', S), Use: compose(secret(shape)) }),
  },
  {
    name: `${shape}: one hop, but the consumer has secure inputs`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Init: initVar('token', secret(shape)),
      Use: compose("@variables('token')", secureInputs),
    }),
  },
  {
    name: `${shape}: one hop into credential slots only (authentication, Authorization header)`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Init: initVar('token', secret(shape)),
      Call: http({
        uri: 'https://api.example.com/items',
        headers: { Authorization: "Bearer @{variables('token')}", 'api-key': "@variables('token')" },
        authentication: { type: 'Basic', username: 'svc', password: "@variables('token')" },
      }),
    }),
  },
  {
    name: `${shape}: consumer reads a Compose that has secure outputs`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Hold: compose(secret(shape), secureOutputs),
      Use: compose("@outputs('Hold')"),
    }),
  },
  {
    name: `${shape}: outputs of an HTTP call made with the secret are not secret`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Call: http({ uri: 'https://api.example.com', headers: { Authorization: secret(shape) } }),
      Parse: { type: 'ParseJson', inputs: { content: "@body('Call')", schema: {} }, runAfter: {} },
      Use: compose("@body('Parse')"),
    }),
  },
  {
    name: `${shape}: a condition over a secret variable shows only its result`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Init: initVar('token', secret(shape)),
      Check: ifElse({ equals: ["@variables('token')", ''] }, { Stop: compose('empty') }),
    }),
  },
]);

const invalid: InvalidCase[] = SHAPES.flatMap((shape): InvalidCase[] => [
  {
    name: `${shape}: secret through a variable into a Compose`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Init: initVar('token', secret(shape)),
      Use: compose("@variables('token')"),
    }),
    findings: [
      {
        action: 'Use',
        severity: 'high',
        message: ['"Use" (Data Operation Compose)', 'from "Get_secret" (Azure Key Vault ', 'through "Init"'],
      },
    ],
  },
  {
    name: `${shape}: secret through Compose into a Dataverse filter inside a Foreach`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Hold: compose(secret(shape)),
      Loop: foreach("@triggerBody()?['rows']", { Find: listRows("key eq '@{outputs('Hold')}'") }),
    }),
    findings: [
      {
        action: 'Find',
        severity: 'high',
        message: ['(Microsoft Dataverse ListRecords)', 'inputs.parameters.$filter'],
      },
    ],
  },
  {
    name: `${shape}: secret variable re-set in a Switch case and used in an Until and a Scope in an If else branch`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Init: initVar('token', ''),
      Pick: switchOf(
        "@triggerBody()?['k']",
        { A: { Set: setVar('token', secret(shape), secureInputs) } },
        {},
      ),
      Retry: until('@equals(1, 1)', { Log: compose("@{variables('token')}") }),
      Check: ifElse(true, {}, { Try: scope({ Log2: compose({ t: "@variables('token')" }) }) }),
    }),
    findings: [
      { action: 'Log', severity: 'high' },
      { action: 'Log2', severity: 'high', message: ['inputs.t'] },
    ],
  },
]);
invalid.push({
  name: 'Dataverse environment-variable secret without secure outputs, two hops',
  flow: flowFile({
    Get_env: envVarSecret('fg_ApiKey', {}),
    Parse: { type: 'ParseJson', inputs: { content: "@body('Get_env')", schema: {} }, runAfter: {} },
    Init: initVar('key', "@body('Parse')?['EnvironmentVariableValue']"),
    Use: compose("@variables('key')"),
  }),
  findings: [
    { action: 'Init', severity: 'high', message: ['through "Parse"'] },
    { action: 'Use', severity: 'high', message: ['through "Parse" → "Init"'] },
  ],
});

// trackedProperties: evaluated and written to run data and diagnostics as plain text (SPEC §2).
const tracked = (props: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...compose('ok'),
  trackedProperties: props,
  ...extra,
});
valid.push({
  name: 'tracked properties with no secret data, and a secret only in inputs that secure inputs hide',
  flow: flowFile({
    Get_env: envVarSecret('fg_ApiKey'),
    Track: tracked({ orderId: "@triggerBody()?['id']", status: 'done' }),
    Hidden: compose("@body('Get_env')", secureInputs),
  }),
});
invalid.push(
  ...SHAPES.map((shape): InvalidCase => ({
    name: `${shape}: secret read directly into tracked properties of an action with secure inputs and outputs`,
    flow: flowFile({
      Get_secret: getSecret(shape, 'api-key', S),
      Track: tracked(
        { key: secret(shape) },
        { runtimeConfiguration: { secureData: { properties: ['inputs', 'outputs'] } } },
      ),
    }),
    findings: [
      {
        action: 'Track',
        severity: 'high',
        message: [
          '"Track" (Data Operation Compose)',
          'tracks secret data from "Get_secret"',
          'in trackedProperties.key',
        ],
      },
    ],
  })),
  {
    name: 'secret through a variable into nested tracked properties inside a Scope, and into inputs too',
    flow: flowFile({
      Get_env: envVarSecret('fg_ApiKey'),
      Init: initVar('k', "@body('Get_env')?['EnvironmentVariableValue']"),
      Try: scope({
        Log: tracked(
          { audit: { who: "@triggerBody()?['user']", what: "@{variables('k')}" }, k2: "@variables('k')" },
          { inputs: "@variables('k')" },
        ),
      }),
    }),
    findings: [
      { action: 'Log', severity: 'high', message: ['trackedProperties.audit.what (and 1 more)'] },
      { action: 'Log', severity: 'high', message: ['through "Init" in inputs'] },
    ],
  },
);

/** `runAfter` on the named siblings. */
const after = (...names: string[]) => ({
  runAfter: Object.fromEntries(names.map((n) => [n, ['Succeeded']])),
});

// Run order (SPEC §2): a write reaches a read only when it can run before it.
valid.push(
  {
    name: 'run order: the variable gets the secret only after the action that reads it ran',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Use: compose("@variables('token')", after('Init')),
      Set: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Use') }),
    }),
  },
  {
    name: 'run order: read after the write through a chain, but the write sits after it in a Scope',
    flow: flowFile({
      Get_secret: getSecret('ApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Log: scope({ Use: compose("@variables('token')") }, after('Init')),
      Later: scope({ Set: setVar('token', secret('ApiConnection'), secureInputs) }, after('Log')),
    }),
  },
  {
    name: 'run order: set in the If branch, read in the else branch (one run takes one branch)',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Check: {
        ...ifElse(
          "@equals(triggerBody()?['k'], 1)",
          { Set: setVar('token', secret('OpenApiConnection'), secureInputs) },
          { Log: compose("@variables('token')") },
        ),
        ...after('Init'),
      },
    }),
  },
  {
    name: 'run order: set in one Switch case, read in another and in the default',
    flow: flowFile({
      Get_secret: getSecret('ServiceProvider', 'api-key', S),
      Init: initVar('token', ''),
      Pick: {
        ...switchOf(
          "@triggerBody()?['k']",
          {
            A: { Set: setVar('token', secret('ServiceProvider'), secureInputs) },
            B: { Log: compose("@variables('token')") },
          },
          { Other: compose("@variables('token')") },
        ),
        ...after('Init'),
      },
    }),
  },
  {
    name: "run order: a Foreach's list is read before its body writes the variable",
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Loop: {
        ...foreach("@split(variables('token'), ',')", {
          Set: setVar('token', secret('OpenApiConnection'), secureInputs),
        }),
        ...after('Init'),
      },
    }),
  },
);

invalid.push(
  {
    name: 'run order: set after the read, but both in a Foreach (the next iteration reads it)',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Loop: {
        ...foreach("@triggerBody()?['rows']", {
          Use: compose("@variables('token')"),
          Set: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Use') }),
        }),
        ...after('Init'),
      },
    }),
    findings: [{ action: 'Use', severity: 'high' }],
  },
  {
    name: 'run order: set in the If branch and read in the else branch, inside an Until (a later iteration)',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Retry: {
        ...until("@equals(variables('token'), 'x')", {
          Check: ifElse(
            "@equals(triggerBody()?['k'], 1)",
            { Set: setVar('token', secret('OpenApiConnection'), secureInputs) },
            { Log: compose("@variables('token')") },
          ),
        }),
        ...after('Init'),
      },
    }),
    findings: [{ action: 'Log', severity: 'high', message: ['through "Set"'] }],
  },
  {
    name: 'run order: set in a parallel branch (either may run first)',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Set: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Init') }),
      Use: compose("@variables('token')", after('Init')),
    }),
    findings: [{ action: 'Use', severity: 'high' }],
  },
  {
    name: 'run order: set before the read through a runAfter chain into a Scope; set in the If, read after it',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      Check: {
        ...ifElse("@equals(triggerBody()?['k'], 1)", {
          Set: setVar('token', secret('OpenApiConnection'), secureInputs),
        }),
        ...after('Init'),
      },
      Wait: compose('x', after('Check')),
      Try: scope({ Use: compose("@variables('token')") }, after('Wait')),
    }),
    findings: [{ action: 'Use', severity: 'high', message: ['through "Set" in inputs'] }],
  },
  {
    name: 'run order: one write before the read and one after: the earlier one counts',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', 'api-key', S),
      Init: initVar('token', ''),
      First: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Init') }),
      Use: compose("@variables('token')", after('First')),
      Second: setVar('token', 'cleared', after('Use')),
    }),
    findings: [{ action: 'Use', severity: 'high', message: ['through "First"'] }],
  },
);

// Child flows of the same revision that return a secret (SPEC §2 "Child flows"): the call is a source.
const keepAnswer = (runtime: Record<string, unknown>) =>
  flowFile({
    Run_a_Child_Flow: runChild(),
    Init: {
      ...initVar('key', "@body('Run_a_Child_Flow')?['key']"),
      runAfter: { Run_a_Child_Flow: ['Succeeded'] },
    },
    Use: compose("@variables('key')", { ...after('Init'), ...runtime }),
  });
valid.push(
  {
    name: "child flow: the caller keeps the child's secret answer, but the consumer has secure inputs",
    flow: keepAnswer(secureInputs),
    others: { [CHILD_FILE]: childFlow(true) },
  },
  {
    name: "child flow: the caller keeps the child's answer, which holds no secret",
    flow: keepAnswer({}),
    others: { [CHILD_FILE]: childFlow(false) },
  },
);
invalid.push({
  name: "child flow: the caller copies the child's secret answer into a variable that run history shows",
  flow: keepAnswer({}),
  others: { [CHILD_FILE]: childFlow(true) },
  findings: [
    {
      action: 'Use',
      severity: 'high',
      message: ['from "Run_a_Child_Flow" (Flows Run a child flow) through "Init"'],
    },
  ],
});

ruleTester(fg120, { valid, invalid });
