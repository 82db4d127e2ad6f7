/**
 * Builders for flow definitions used across rule tests. They write each Key Vault operation in the three
 * connector shapes of SPEC §2, so a rule's table can run the same case once per shape.
 */
export type Shape = 'OpenApiConnection' | 'ApiConnection' | 'ServiceProvider';
export const SHAPES: Shape[] = ['OpenApiConnection', 'ApiConnection', 'ServiceProvider'];

type Json = Record<string, unknown>;

export interface ActionOptions {
  secureOutputs?: boolean;
  secureInputs?: boolean;
  runAfter?: Record<string, string[]>;
}

function runtime(o: ActionOptions): Json {
  const props = [...(o.secureInputs ? ['inputs'] : []), ...(o.secureOutputs ? ['outputs'] : [])];
  return props.length ? { runtimeConfiguration: { secureData: { properties: props } } } : {};
}

/** Path segment as the designer writes it for a literal name, or an expression interpolation. */
function pathSegment(name: string): string {
  return name.startsWith('@')
    ? `@{${name.slice(1)}}`
    : `@{encodeURIComponent('${name.replace(/'/g, "''")}')}`;
}

/** A Key Vault operation in the given shape. `params` are the OpenApiConnection parameter names. */
export function keyVaultAction(
  shape: Shape,
  op: string,
  params: Record<string, string>,
  o: ActionOptions = {},
): Json {
  const runAfter = o.runAfter ?? {};
  if (shape === 'OpenApiConnection') {
    return {
      type: 'OpenApiConnection',
      inputs: {
        host: {
          apiId: '/providers/Microsoft.PowerApps/apis/shared_keyvault',
          connectionName: 'shared_keyvault',
          operationId: op,
        },
        parameters: params,
        authentication: "@parameters('$authentication')",
      },
      runAfter,
      ...runtime(o),
    };
  }
  if (shape === 'ServiceProvider') {
    const spOp = op.charAt(0).toLowerCase() + op.slice(1);
    return {
      type: 'ServiceProvider',
      inputs: {
        parameters: params,
        serviceProviderConfiguration: {
          connectionName: 'keyVault',
          operationId: spOp,
          serviceProviderId: '/serviceProviders/keyVault',
        },
      },
      runAfter,
      ...runtime(o),
    };
  }
  const routes: Record<string, [string, string]> = {
    GetSecret: ['get', `/secrets/${pathSegment(params.secretName ?? '')}/value`],
    GetSecretVersion: [
      'get',
      `/secrets/${pathSegment(params.secretName ?? '')}/versions/${pathSegment(params.secretVersion ?? '')}/value`,
    ],
    ListSecrets: ['get', '/secrets'],
    ListSecretVersions: ['get', `/secrets/${pathSegment(params.secretName ?? '')}/versions`],
    ListKeys: ['get', '/keys'],
    DecryptData: ['post', `/keys/${pathSegment(params.keyName ?? '')}/decrypt`],
  };
  const [method, path] = routes[op];
  return {
    type: 'ApiConnection',
    inputs: {
      host: { connection: { name: "@parameters('$connections')['keyvault']['connectionId']" } },
      method,
      path,
    },
    runAfter,
    ...runtime(o),
  };
}

export const getSecret = (shape: Shape, secretName: string, o: ActionOptions = {}): Json =>
  keyVaultAction(shape, 'GetSecret', { secretName }, o);
export const listSecrets = (shape: Shape, o: ActionOptions = {}): Json =>
  keyVaultAction(shape, 'ListSecrets', {}, o);

/** Expression reading a Key Vault action's secret value, in the shape's output form. */
export function secretValueExpr(shape: Shape, action: string): string {
  return shape === 'ApiConnection' || shape === 'OpenApiConnection'
    ? `body('${action}')?['value']`
    : `body('${action}')?['value']`;
}

export function manualTrigger(auth?: string): Json {
  return {
    manual: {
      type: 'Request',
      kind: 'Http',
      inputs: auth ? { triggerAuthenticationType: auth, schema: {} } : { schema: {} },
    },
  };
}

export function http(inputs: Json, o: ActionOptions = {}): Json {
  return { type: 'Http', inputs: { method: 'POST', ...inputs }, runAfter: o.runAfter ?? {}, ...runtime(o) };
}

export function foreach(over: string, actions: Json, o: ActionOptions = {}): Json {
  return { type: 'Foreach', foreach: over, actions, runAfter: o.runAfter ?? {} };
}

export function scope(actions: Json, o: ActionOptions = {}): Json {
  return { type: 'Scope', actions, runAfter: o.runAfter ?? {} };
}

/** A whole flow file (`properties.definition`) with Key Vault connection references for every shape. */
export function flowFile(actions: Json, triggers: Json = manualTrigger('Tenant'), extra: Json = {}): Json {
  return {
    properties: {
      connectionReferences: {
        shared_keyvault: {
          runtimeSource: 'invoker',
          connection: { connectionReferenceLogicalName: 'fg_sharedkeyvault_1' },
          api: { name: 'shared_keyvault' },
        },
        keyvault: {
          connection: { connectionReferenceLogicalName: 'fg_kv_legacy' },
          api: { name: 'shared_keyvault' },
        },
      },
      definition: {
        $schema:
          'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
        contentVersion: '1.0.0.0',
        parameters: {
          $connections: { defaultValue: {}, type: 'Object' },
          $authentication: { defaultValue: {}, type: 'SecureObject' },
        },
        triggers,
        actions,
        ...extra,
      },
    },
  };
}

/**
 * The same action, named `A`, placed in every kind of container branch of SPEC §2 (Scope, Foreach, Until,
 * If then/else, Switch case/default, and a nesting of them), each as a definition's `actions`.
 */
export function inEveryContainer(action: Json): Array<[string, Json]> {
  const until = {
    type: 'Until',
    expression: '@equals(1, 1)',
    limit: { count: 1 },
    actions: { A: action },
    runAfter: {},
  };
  const ifElse = (then: boolean): Json => ({
    type: 'If',
    expression: { and: [] },
    actions: then ? { A: action } : {},
    else: { actions: then ? {} : { A: action } },
    runAfter: {},
  });
  const sw = (inCase: boolean): Json => ({
    type: 'Switch',
    expression: '@triggerBody()',
    cases: { One: { case: 1, actions: inCase ? { A: action } : {} } },
    default: { actions: inCase ? {} : { A: action } },
    runAfter: {},
  });
  return [
    ['Scope', { Outer: scope({ A: action }) }],
    ['Foreach', { Outer: foreach('@createArray(1)', { A: action }) }],
    ['Until', { Outer: until }],
    ['If (then)', { Outer: ifElse(true) }],
    ['If (else)', { Outer: ifElse(false) }],
    ['Switch case', { Outer: sw(true) }],
    ['Switch default', { Outer: sw(false) }],
    [
      'Scope in Foreach in Scope',
      { Outer: scope({ Loop: foreach('@createArray(1)', { Inner: scope({ A: action }) }) }) },
    ],
  ];
}
