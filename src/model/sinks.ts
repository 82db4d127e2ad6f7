import { isCredentialSlot } from './credential-slots.js';
import { parseValue } from './expression/template.js';
import type { SinkKind } from './flow-analysis.js';
import { own, type JsonPath } from '../json/json-path.js';
import { rawRequestCredentialSlot, rawRequestUrl, requestPartAt } from './raw-requests.js';
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

/**
 * Identity-provider hosts whose token endpoints receive client secrets by design. Only these hosts are
 * exempt: a generic `/oauth2/v2.0/token` or `/oauth/token` path on another host is still a sink, because
 * the host — not the path — decides who receives the secret (`https://evil.example/oauth2/token` must
 * fire). A company's own IdP goes in `allowedHosts`.
 */
const IDP_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.microsoftonline.de',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
  'login.windows.net',
  'login.microsoft.com',
  'login.live.com',
  'sts.windows.net',
  'accounts.google.com',
  'oauth2.googleapis.com',
  'www.googleapis.com',
]);
const IDP_SUFFIXES = ['.b2clogin.com', '.ciamlogin.com'];

/** A `token` path segment: `/{tenant}/oauth2/v2.0/token`, `/o/oauth2/token`, `/token`. */
const TOKEN_PATH = /\/token(?:[/?#]|$)/i;

/**
 * The host and path of a URI value when its scheme and host are literal, else null. Interpolations are
 * kept as `\u0000`; a host that contains one is unknown (`https://@{x}.b2clogin.com` could be anything).
 */
export function literalUrl(uri: unknown): { host: string; path: string } | null {
  if (typeof uri !== 'string') return null;
  const t = parseValue(uri);
  if (!t || t.whole) return null;
  const shape = t.segments.map((s) => (s.kind === 'text' ? s.value : '\u0000')).join('');
  const m = /^\s*https?:\/\/([^/?#]*)/i.exec(shape);
  if (!m || m[1].includes('\u0000')) return null;
  // `https://login.microsoftonline.com@evil.example/` goes to evil.example: drop userinfo, then the port.
  const authority = m[1].slice(m[1].lastIndexOf('@') + 1);
  const host = authority.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  return host ? { host, path: shape.slice(m[0].length) } : null;
}

export function isIdentityProviderTokenRequest(uri: unknown): boolean {
  const url = literalUrl(uri);
  if (!url) return false;
  const idp = IDP_HOSTS.has(url.host) || IDP_SUFFIXES.some((s) => url.host.endsWith(s));
  return idp && TOKEN_PATH.test(url.path);
}

/** `allowedHosts` entries: `api.example.com` matches that host; `*.example.com` / `.example.com` its subdomains. */
export function isAllowedHost(uri: unknown, allowedHosts: readonly string[]): boolean {
  const url = literalUrl(uri);
  if (!url) return false;
  return allowedHosts.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith('*.')) return url.host.endsWith(e.slice(1));
    if (e.startsWith('.')) return url.host.endsWith(e);
    return url.host === e;
  });
}

type ConnectorSink = { kind: SinkKind; verbs: ReadonlySet<string> };

/**
 * The words of an operationId, lower-case: `SharedMailboxSendEmailV2` → shared, mailbox, send, email, v2.
 * Matching whole words keeps `GetSettings` from looking like a `Set` operation.
 */
function words(operationId: string): string[] {
  return operationId
    .split(/(?=[A-Z])|[_\-.\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function hasVerb(operationId: string, verbs: ReadonlySet<string>): boolean {
  return words(operationId).some((w) => verbs.has(w));
}

const WRITE = new Set([
  'create',
  'update',
  'upsert',
  'add',
  'insert',
  'patch',
  'post',
  'put',
  'upload',
  'append',
  'copy',
  'set',
  'execute',
]);

/** Connector (normalised name) → sink kind and the verbs of the operations that send data out. */
const CONNECTOR_SINKS = new Map<string, ConnectorSink>();
function sinks(kind: SinkKind, verbs: string[] | ReadonlySet<string>, connectors: string[]): void {
  for (const c of connectors) CONNECTOR_SINKS.set(c, { kind, verbs: new Set(verbs) });
}
sinks(
  'mail',
  ['send', 'reply', 'forward', 'draft', 'post', 'patch', 'create', 'update'],
  ['office365', 'outlook', 'gmail'],
);
sinks('mail', ['send'], ['sendmail', 'smtp', 'sendgrid', 'mailchimp']);
// Approval requests are mailed (and posted to Teams) to the approvers with their details.
sinks('mail', ['start', 'create'], ['approvals']);
sinks(
  'chat',
  ['post', 'send', 'reply', 'create', 'update'],
  ['teams', 'slack', 'yammer', 'webexteams', 'workplace'],
);
sinks('chat', ['send'], ['twilio', 'flowpush', 'telegrambot', 'textrequest']);
sinks('file', WRITE, [
  'onedriveforbusiness',
  'onedrive',
  'dropbox',
  'box',
  'googledrive',
  'azureblob',
  'azurefile',
  'ftp',
  'sftp',
  'sftpwithssh',
  'filesystem',
]);
sinks('row', WRITE, [
  'commondataserviceforapps',
  'commondataservice',
  'dynamicscrmonline',
  'excelonlinebusiness',
  'excelonline',
  'sql',
  'azuretables',
  'documentdb',
  'azurecosmosdb',
  'googlesheet',
  'googlesheets',
  'smartsheet',
  'salesforce',
  'planner',
  'todo',
  'visualstudioteamservices',
  'azuredevops',
  'github',
  'jira',
  'servicenow',
  'trello',
  'asana',
]);
sinks(
  'connector',
  ['send', 'put', 'publish', 'post'],
  ['servicebus', 'eventhub', 'eventhubs', 'azurequeues', 'azureeventgridpublish'],
);

const SHAREPOINT = 'sharepointonline';
const SHAREPOINT_FILE = /file|folder|attachment/i;

/**
 * Microsoft Graph operations that post mail or chat messages, recognised in the URL text of a raw request
 * (the host is often a variable: `@{variables('GraphURL')}v1.0/me/sendMail`).
 */
const GRAPH_MAIL =
  /\/sendmail\b|\/(?:reply|replyall|forward|createreply|createreplyall|createforward)\b|\/messages\/[^/?]+\/send\b/i;
const GRAPH_CHAT = /\/chats\/[^?]*\/messages\b|\/channels\/[^?]*\/messages\b/i;

/** A raw request's sink (SPEC §3 FG121, src/model/raw-requests.ts), or undefined when `node` is none. */
function rawRequestSink(
  node: FlowNode,
  path: JsonPath,
  allowedHosts: readonly string[],
): SinkKind | null | undefined {
  const at = requestPartAt(node, path);
  if (!at) return undefined;
  const url = rawRequestUrl(node);
  if (isIdentityProviderTokenRequest(url) || isAllowedHost(url, allowedHosts)) return null;
  switch (at.part) {
    case 'url':
      return 'http-uri';
    case 'headers':
      return 'http-header';
    case 'body': {
      const text = typeof url === 'string' ? url : '';
      if (GRAPH_MAIL.test(text)) return 'mail';
      return GRAPH_CHAT.test(text) ? 'chat' : 'http-body';
    }
    default:
      return null;
  }
}

/** Dataverse actions and custom APIs: their parameters go to whatever the action (or its plug-ins) does. */
const DATAVERSE = new Set(['commondataserviceforapps', 'commondataservice']);
const DATAVERSE_ACTIONS = new Set(['performunboundaction', 'performboundaction']);

function connectorSink(node: FlowNode, path: JsonPath, allowedHosts: readonly string[]): SinkKind | null {
  const op = node.operation;
  if (!op) return null;
  const raw = rawRequestSink(node, path, allowedHosts);
  if (raw !== undefined) return raw;
  const part = path[1];
  if (op.shape === 'ApiConnection') {
    if (part !== 'body' && part !== 'path' && part !== 'queries') return null;
    if (!['post', 'put', 'patch'].includes(op.method ?? '')) return null;
    if (op.connector === SHAREPOINT) return SHAREPOINT_FILE.test(op.path ?? '') ? 'file' : 'row';
    return CONNECTOR_SINKS.get(op.connector)?.kind ?? null;
  }
  if (part !== 'parameters' || !op.operationId) return null;
  const id = op.operationId;
  if (op.connector === SHAREPOINT) {
    return hasVerb(id, WRITE) ? (SHAREPOINT_FILE.test(id) ? 'file' : 'row') : null;
  }
  if (DATAVERSE.has(op.connector) && DATAVERSE_ACTIONS.has(id.toLowerCase())) {
    return path[2] === 'actionName' ? null : 'connector';
  }
  const sink = CONNECTOR_SINKS.get(op.connector);
  return sink && hasVerb(id, sink.verbs) ? sink.kind : null;
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
