import { isCredentialSlot } from './credential-slots.js';
import { connectorSink } from './connector-sinks.js';
import type { SinkKind } from './flow-analysis.js';
import { own, type JsonPath } from '../json/json-path.js';
import { rawRequestCredentialSlot } from './raw-requests.js';
import { isAllowedHost, isIdentityProviderTokenRequest } from './request-hosts.js';
import type { FlowNode } from './types.js';

/**
 * Where data leaves the flow (SPEC §3 FG121). A sink is a path in a node's inputs whose value is sent
 * somewhere as data: an HTTP request's uri/query/headers/body, a write operation of a mail, chat, file or
 * row connector, a Response, a Terminate message, a child-flow call, the workflow's outputs.
 */

/** Node types whose inputs hold a request with credential slots (`authentication`, credential headers). */
const REQUEST_TYPES = new Set([
  'http',
  'httpwebhook',
  'function',
  'apimanagement',
  'openapiconnection',
  'openapiconnectionwebhook',
  'apiconnection',
  'apiconnectionwebhook',
  'serviceprovider',
]);

/** `inputs.subscribe.uri` of an HTTP webhook is treated like `inputs.uri` of an HTTP action. */
function requestPath(node: FlowNode, path: JsonPath): JsonPath {
  const sub = path[1];
  return node.type.toLowerCase() === 'httpwebhook' && (sub === 'subscribe' || sub === 'unsubscribe')
    ? ['inputs', ...path.slice(2)]
    : path;
}

/** Whether `path` is a credential slot of `node`: never shown in run history, never data (SPEC §2). */
export function credentialSlot(node: FlowNode, path: JsonPath): boolean {
  if (!REQUEST_TYPES.has(node.type.toLowerCase())) return false;
  return isCredentialSlot(requestPath(node, path)) || rawRequestCredentialSlot(node, path);
}

function httpSink(node: FlowNode, path: JsonPath, allowedHosts: readonly string[]): SinkKind | null {
  const p = requestPath(node, path);
  const inputs = own(node.raw, 'inputs');
  const request = node.type.toLowerCase() === 'httpwebhook' ? own(inputs, String(path[1])) : inputs;
  const uri = own(request, 'uri');
  if (isIdentityProviderTokenRequest(uri) || isAllowedHost(uri, allowedHosts)) return null;
  switch (p[1]) {
    case 'uri':
      return 'http-uri';
    case 'queries':
      return 'http-query';
    case 'headers':
    case 'cookie':
      return 'http-header';
    case 'body':
      return 'http-body';
    default:
      return null;
  }
}

/**
 * Azure Functions (`Function`) and API Management (`ApiManagement`) actions send their request to code
 * outside the flow: body, query, non-credential headers (and an API's path parameters) are data leaving it.
 * Credential headers and `authentication` are slots (handled before), `subscriptionKey` is never a sink.
 */
function codeCallSink(type: string, path: JsonPath): SinkKind | null {
  switch (path[1]) {
    case 'body':
      return 'http-body';
    case 'queries':
      return 'http-query';
    case 'headers':
      return 'http-header';
    case 'pathTemplate':
      return type === 'apimanagement' ? 'http-uri' : null;
    default:
      return null;
  }
}

/** The sink a value at `path` (relative to `node`) reaches, or null when it stays inside the flow. */
export function sinkOf(
  node: FlowNode,
  path: JsonPath,
  allowedHosts: readonly string[] = [],
): SinkKind | null {
  if (path[0] !== 'inputs' || credentialSlot(node, path)) return null;
  const type = node.type.toLowerCase();
  if (type === 'http' || type === 'httpwebhook') return httpSink(node, path, allowedHosts);
  if (type === 'function' || type === 'apimanagement') return codeCallSink(type, path);
  if (type === 'response') return 'response';
  if (type === 'terminate') return path[1] === 'runError' ? 'terminate' : null;
  if (type === 'workflow') return path[1] === 'host' ? null : 'child-flow';
  return connectorSink(node, path, allowedHosts);
}

/** A stable name for a sink path, used as a finding discriminator: `body`, `headers.X-Key`, `parameters.to`. */
export function sinkKey(path: JsonPath): string {
  const rest = path[0] === 'inputs' ? path.slice(1) : path;
  const first = String(rest[0] ?? '');
  if (first === 'uri' || first === 'body' || first === 'runError') return first;
  if (first === 'subscribe' || first === 'unsubscribe') return rest.slice(0, 3).join('.');
  return rest.slice(0, 2).join('.');
}
