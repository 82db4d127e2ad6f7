import type { SinkKind } from './flow-analysis.js';
import type { JsonPath } from '../json/json-path.js';
import { rawRequestUrl, requestPartAt } from './raw-requests.js';
import { isAllowedHost, isIdentityProviderTokenRequest } from './request-hosts.js';
import type { FlowNode } from './types.js';

/*
 * Which connector operations send data out of the flow (SPEC §3 FG121): the catalogue of mail, chat, file,
 * row and messaging connectors with the verbs of their writing operations, SharePoint, Dataverse actions,
 * and raw requests (src/model/raw-requests.ts) with the Graph operations that post mail or chat.
 */

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
// Teams `Subscribe…` operations post a card or message (with options) and wait for the answer.
sinks(
  'chat',
  ['post', 'send', 'reply', 'create', 'update', 'subscribe'],
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

export function connectorSink(
  node: FlowNode,
  path: JsonPath,
  allowedHosts: readonly string[],
): SinkKind | null {
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
