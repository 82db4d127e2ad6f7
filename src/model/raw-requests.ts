import { isCredentialHeader } from './credential-slots.js';
import { isObject, own, type JsonPath } from '../json/json-path.js';
import type { FlowNode } from './types.js';

/**
 * Connector operations that send a request the flow composes to a URL the flow chooses (SPEC §3 FG121 "raw
 * requests"): HTTP with Microsoft Entra ID (`InvokeHttp`, both connectors) and the "Send an HTTP request"
 * operations of SharePoint, Office 365 Outlook, Office 365 Users, Office 365 Groups, Teams and Azure DevOps.
 * Their parameters are mapped to the parts of an HTTP action (url, headers, body, method), so that credential
 * headers are credential slots and the rest is a sink, exactly as for the HTTP action.
 *
 * Parameter names are the ones the designer writes (seen in exported solutions):
 * - webcontents `InvokeHttp`: `request/method`, `request/url`, `request/headers` (object), `request/body`;
 * - SharePoint `HttpRequest`: `parameters/method`, `parameters/uri`, `parameters/headers`, `parameters/body`;
 * - Teams / Office 365 Groups / Outlook / Users `HttpRequest`: `Uri`, `Method`, `Body`, `ContentType`,
 *   `CustomHeader1`…`CustomHeader5` (each a `Name: value` string);
 * - Azure DevOps `HttpRequest`: `parameters/Uri`, `parameters/Method`, `parameters/Body`, `parameters/Headers`.
 * The legacy ApiConnection form of webcontents carries the same request object in `inputs.body` (keys
 * `method`, `url`, `headers`, `body`, optionally wrapped in `request`).
 */

export type RequestPart = 'url' | 'headers' | 'body' | 'method' | 'other';

const ENTRA_HTTP = new Set(['webcontents', 'webcontentsv2']);
const HTTP_REQUEST_CONNECTORS = new Set([
  'sharepointonline',
  'office365',
  'office365users',
  'office365groups',
  'teams',
  'visualstudioteamservices',
  'azuredevops',
]);

/** Whether a node is a raw-request operation (see above). */
export function isRawRequest(node: FlowNode): boolean {
  const op = node.operation;
  if (!op) return false;
  if (ENTRA_HTTP.has(op.connector)) return true;
  return HTTP_REQUEST_CONNECTORS.has(op.connector) && (op.operationId ?? '').toLowerCase() === 'httprequest';
}

function partOfName(name: string): RequestPart {
  const n = name.toLowerCase();
  if (n === 'url' || n === 'uri') return 'url';
  if (n === 'headers' || n.startsWith('customheader')) return 'headers';
  if (n === 'body') return 'body';
  if (n === 'method') return 'method';
  return 'other';
}

/**
 * Where a value at `path` (relative to the node) sits in the request, and the header it belongs to when it
 * is a header value: `{ part: 'headers', header: 'authorization' }`. Null when the node is no raw request.
 */
export function requestPartAt(node: FlowNode, path: JsonPath): { part: RequestPart; header?: string } | null {
  if (!isRawRequest(node) || path[0] !== 'inputs') return null;
  let name: string;
  let rest: JsonPath;
  if (path[1] === 'parameters' && typeof path[2] === 'string') {
    // `request/url`, `parameters/headers`, `Uri`: the last segment of the flattened name is the part.
    const segments = path[2].split('/');
    // A flattened header (`request/headers/Authorization`) names its header in the key itself.
    const h = segments.findIndex((s) => s.toLowerCase() === 'headers');
    if (h >= 0 && h < segments.length - 1) return headerPart(segments[h + 1]);
    name = segments[segments.length - 1];
    rest = path.slice(3);
  } else if (path[1] === 'body' && node.operation?.shape === 'ApiConnection') {
    const body = own(own(node.raw, 'inputs'), 'body');
    const wrapped = isObject(own(body, 'request'));
    rest = path.slice(wrapped && path[2] === 'request' ? 3 : 2);
    name = String(rest[0] ?? '');
    rest = rest.slice(1);
  } else return null;
  const part = partOfName(name);
  if (part !== 'headers') return { part };
  if (name.toLowerCase().startsWith('customheader')) return customHeader(node, path);
  return typeof rest[0] === 'string' ? headerPart(rest[0]) : { part };
}

function headerPart(header: string): { part: RequestPart; header: string } {
  return { part: 'headers', header: header.toLowerCase() };
}

/** `CustomHeader1: "Authorization: Bearer @{…}"`: the header name is the text before the first colon. */
function customHeader(node: FlowNode, path: JsonPath): { part: RequestPart; header?: string } {
  const value = own(own(own(node.raw, 'inputs'), 'parameters'), String(path[2]));
  const m = typeof value === 'string' ? /^\s*([\w-]+)\s*:/.exec(value) : null;
  return m ? headerPart(m[1]) : { part: 'headers' };
}

/** Whether a raw request's value at `path` is a credential header's value (never data, SPEC §2). */
export function rawRequestCredentialSlot(node: FlowNode, path: JsonPath): boolean {
  const at = requestPartAt(node, path);
  return at?.header !== undefined && isCredentialHeader(at.header);
}

/** The literal-or-expression URL the raw request goes to, for the identity-provider and allowedHosts checks. */
export function rawRequestUrl(node: FlowNode): unknown {
  const inputs = own(node.raw, 'inputs');
  const params = own(inputs, 'parameters');
  if (isObject(params)) {
    for (const k of Object.keys(params)) {
      const last = k.split('/').pop()!.toLowerCase();
      if (last === 'url' || last === 'uri') return params[k];
    }
  }
  const body = own(inputs, 'body');
  const request = isObject(own(body, 'request')) ? own(body, 'request') : body;
  return own(request, 'url') ?? own(request, 'uri');
}
