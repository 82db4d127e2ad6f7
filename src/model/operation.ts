import { isObject, own, str } from '../json/json-path.js';
import { lowerCase } from './lower-case.js';
import { ApiConnectionOperation, NamedParametersOperation } from './operation-parameters.js';
import type { Operation } from './types.js';

/** `/providers/Microsoft.PowerApps/apis/shared_keyvault` → `keyvault`; `/serviceProviders/keyVault` → `keyvault`. */
export function normaliseConnector(id: string): string {
  // The last non-empty segment (the whole id when there is none), without split's array per call.
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) === 47) end--;
  const last = (end === 0 ? id : id.slice(id.lastIndexOf('/', end - 1) + 1, end)).toLowerCase();
  return last.startsWith('shared_') ? last.slice(7) : last;
}

/** `shared_keyvault_1` (a connectionReferences key) → `keyvault`, when no api name is declared. */
export function connectorFromConnectionKey(key: string): string {
  return normaliseConnector(key).replace(/_\d+$/, '');
}

/** `@parameters('$connections')['keyvault']['connectionId']` → `keyvault`. */
export function connectionKeyFromExpression(expr: string): string | null {
  const m = /\$connections'\s*\)\s*\[\s*'((?:[^']|'')*)'\s*\]/.exec(expr);
  return m ? m[1].replace(/''/g, "'") : null;
}

/**
 * Splits an ApiConnection path on `/`, keeping `@{…}` interpolations and quoted strings whole, so that
 * `/secrets/@{encodeURIComponent('a/b')}/value` has three segments.
 */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (depth > 0 && c === "'") quoted = !quoted;
    else if (!quoted && c === '{' && (path[i - 1] === '@' || depth > 0)) depth++;
    else if (!quoted && c === '}' && depth > 0) depth--;
    if (c === '/' && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

/** Key Vault ApiConnection routes (SPEC §2), method + path pattern → operation id and named segments. */
const KEYVAULT_ROUTES: Array<{ method: string; pattern: string[]; op: string }> = [
  { method: 'get', pattern: ['secrets', '{secretName}', 'value'], op: 'GetSecret' },
  {
    method: 'get',
    pattern: ['secrets', '{secretName}', 'versions', '{secretVersion}', 'value'],
    op: 'GetSecretVersion',
  },
  { method: 'post', pattern: ['keys', '{keyName}', 'decrypt'], op: 'DecryptData' },
  {
    method: 'post',
    pattern: ['keys', '{keyName}', 'versions', '{keyVersion}', 'decrypt'],
    op: 'DecryptDataWithVersion',
  },
  { method: 'get', pattern: ['secrets'], op: 'ListSecrets' },
  { method: 'get', pattern: ['secrets', '{secretName}', 'versions'], op: 'ListSecretVersions' },
  { method: 'get', pattern: ['keys'], op: 'ListKeys' },
  { method: 'get', pattern: ['keys', '{keyName}', 'versions'], op: 'ListKeyVersions' },
  { method: 'post', pattern: ['keys', '{keyName}', 'encrypt'], op: 'EncryptData' },
];

function matchRoute(method: string, segments: string[]): { op: string; params: Map<string, string> } | null {
  for (const r of KEYVAULT_ROUTES) {
    if (r.method !== method || r.pattern.length !== segments.length) continue;
    const params = new Map<string, string>();
    let ok = true;
    r.pattern.forEach((p, i) => {
      if (p.startsWith('{')) params.set(p.slice(1, -1), segments[i]);
      else if (p !== segments[i].toLowerCase()) ok = false;
    });
    if (ok) return { op: r.op, params };
  }
  return null;
}

export interface ConnectorResolver {
  /** Connector for a connection key, from the flow's connectionReferences or `$connections` parameter. */
  connectorFor(connectionKey: string): string | null;
}

/**
 * Normalises the three connector shapes into one Operation. Returns null for built-in actions
 * (Http, Compose, …) that have no connector.
 */
export function normaliseOperation(
  node: Record<string, unknown>,
  resolver: ConnectorResolver,
): Operation | null {
  const type = lowerCase(str(own(node, 'type')) ?? '');
  const inputs = own(node, 'inputs');
  if (!isObject(inputs)) return null;
  const host = own(inputs, 'host');

  if (
    type === 'openapiconnection' ||
    type === 'openapiconnectionwebhook' ||
    type === 'openapiconnectionnotification'
  ) {
    const apiId = str(own(host, 'apiId')) ?? '';
    const connectionKey =
      str(own(host, 'connectionName')) ?? str(own(own(host, 'connection'), 'name')) ?? null;
    const connector = apiId
      ? normaliseConnector(apiId)
      : connectionKey
        ? (resolver.connectorFor(connectionKey) ?? connectorFromConnectionKey(connectionKey))
        : 'unknown';
    return new NamedParametersOperation(
      'OpenApiConnection',
      connector,
      str(own(host, 'operationId')) ?? null,
      connectionKey,
      inputs,
    );
  }

  if (type === 'apiconnection' || type === 'apiconnectionwebhook' || type === 'apiconnectionnotification') {
    const connName = str(own(own(host, 'connection'), 'name')) ?? '';
    // Logic Apps Standard names its connections.json entry directly: `host.connection.referenceName`.
    const connectionKey =
      connectionKeyFromExpression(connName) ?? str(own(own(host, 'connection'), 'referenceName')) ?? null;
    const connector = connectionKey
      ? (resolver.connectorFor(connectionKey) ?? connectorFromConnectionKey(connectionKey))
      : str(own(own(host, 'api'), 'runtimeUrl'))
        ? normaliseConnector(str(own(own(host, 'api'), 'runtimeUrl')) ?? '')
        : 'unknown';
    const method = lowerCase(str(own(inputs, 'method')) ?? 'get');
    const path = str(own(inputs, 'path')) ?? '';
    const route = connector === 'keyvault' ? matchRoute(method, splitPath(path)) : null;
    return new ApiConnectionOperation(
      connector,
      route?.op ?? null,
      connectionKey,
      method,
      path,
      inputs,
      route?.params ?? null,
    );
  }

  if (type === 'serviceprovider') {
    const cfg = own(inputs, 'serviceProviderConfiguration');
    const providerId = str(own(cfg, 'serviceProviderId')) ?? '';
    return new NamedParametersOperation(
      'ServiceProvider',
      providerId ? normaliseConnector(providerId) : 'unknown',
      str(own(cfg, 'operationId')) ?? null,
      str(own(cfg, 'connectionName')) ?? null,
      inputs,
    );
  }
  return null;
}
