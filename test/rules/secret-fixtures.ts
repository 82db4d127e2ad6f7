/** Builders shared by the FG111/FG112/FG120/FG121 tables: containers, data operations, sink connectors. */
type Json = Record<string, unknown>;

export const compose = (inputs: unknown, runtime: Json = {}): Json => ({
  type: 'Compose',
  inputs,
  runAfter: {},
  ...runtime,
});
export const initVar = (name: string, value: unknown): Json => ({
  type: 'InitializeVariable',
  inputs: { variables: [{ name, type: 'string', value }] },
  runAfter: {},
});
export const setVar = (name: string, value: unknown, runtime: Json = {}): Json => ({
  type: 'SetVariable',
  inputs: { name, value },
  runAfter: {},
  ...runtime,
});
export const secureInputs: Json = { runtimeConfiguration: { secureData: { properties: ['inputs'] } } };
export const secureOutputs: Json = { runtimeConfiguration: { secureData: { properties: ['outputs'] } } };

export const ifElse = (expression: unknown, actions: Json, elseActions: Json = {}): Json => ({
  type: 'If',
  expression,
  actions,
  else: { actions: elseActions },
  runAfter: {},
});
export const switchOf = (
  expression: string,
  cases: Record<string, Json>,
  defaultActions: Json = {},
): Json => ({
  type: 'Switch',
  expression,
  cases: Object.fromEntries(Object.entries(cases).map(([k, actions], i) => [k, { case: `c${i}`, actions }])),
  default: { actions: defaultActions },
  runAfter: {},
});
export const until = (expression: string, actions: Json): Json => ({
  type: 'Until',
  expression,
  limit: { count: 10, timeout: 'PT1H' },
  actions,
  runAfter: {},
});

/** An OpenApiConnection action of any connector. */
export const connector = (api: string, operationId: string, parameters: Json): Json => ({
  type: 'OpenApiConnection',
  inputs: {
    host: {
      apiId: `/providers/Microsoft.PowerApps/apis/shared_${api}`,
      connectionName: `shared_${api}`,
      operationId,
    },
    parameters,
    authentication: "@parameters('$authentication')",
  },
  runAfter: {},
});

/** The Dataverse environment-variable secret source (SPEC §2). */
export const envVarSecret = (name: string, runtime: Json = secureOutputs): Json => ({
  ...connector('commondataserviceforapps', 'PerformUnboundAction', {
    actionName: 'RetrieveEnvironmentVariableSecretValue',
    'item/EnvironmentVariableName': name,
  }),
  ...runtime,
});
