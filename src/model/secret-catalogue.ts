import { literalString } from './expression/literal.js';
import { own, str } from '../json/json-path.js';
import type { Operation, SecretSource, SecretSourceKind } from './types.js';

/** A connector operation named in the configuration as a secret source (SPEC §2, last row). */
export interface CustomSecretSource {
  connector: string;
  operationId: string;
  /** Parameter that names the secret, if any. */
  nameParameter?: string;
}

const KEYVAULT = new Set(['keyvault']);

/** operationId (lower-case) → kind and the parameter that names the secret or key. */
const KEYVAULT_SECRET_OPS = new Map<string, { kind: SecretSourceKind; param: string }>([
  ['getsecret', { kind: 'keyvault-secret', param: 'secretName' }],
  ['getsecretversion', { kind: 'keyvault-secret', param: 'secretName' }],
  ['decryptdata', { kind: 'keyvault-decrypt', param: 'keyName' }],
  ['decryptdatawithversion', { kind: 'keyvault-decrypt', param: 'keyName' }],
]);

const KEYVAULT_ENUMERATION_OPS = new Set([
  'listsecrets',
  'listsecretversions',
  'listkeys',
  'listkeyversions',
]);

const DATAVERSE = new Set(['commondataserviceforapps', 'commondataservice', 'dataverse']);
const ENV_SECRET_ACTION = 'retrieveenvironmentvariablesecretvalue';

function param(op: Operation, name: string): unknown {
  for (const [k, v] of op.parameters) if (k.toLowerCase() === name.toLowerCase()) return v;
  return undefined;
}

function source(kind: SecretSourceKind, secretName: unknown): SecretSource {
  return { kind, secretName, literalName: typeof secretName === 'string' ? literalString(secretName) : null };
}

const NO_CUSTOM: readonly CustomSecretSource[] = [];

/** Whether the operation reads secret material (its outputs are secret), per SPEC §2. */
export function classifySecretSource(
  op: Operation | null,
  custom: readonly CustomSecretSource[] = NO_CUSTOM,
): SecretSource | null {
  if (!op || !op.operationId) return null;
  const keyVault = KEYVAULT.has(op.connector);
  // Most operations are neither: no lower-case copy of their id.
  if (!keyVault && custom.length === 0 && !DATAVERSE.has(op.connector)) return null;
  const opId = op.operationId.toLowerCase();
  if (keyVault) {
    const hit = KEYVAULT_SECRET_OPS.get(opId);
    if (hit) return source(hit.kind, param(op, hit.param) ?? param(op, 'name'));
  }
  if (DATAVERSE.has(op.connector) && opId === 'performunboundaction') {
    const action = param(op, 'actionName');
    if (typeof action === 'string' && action.toLowerCase() === ENV_SECRET_ACTION) {
      return source('environment-variable-secret', param(op, 'item/EnvironmentVariableName'));
    }
  }
  for (const c of custom) {
    if (normalise(c.connector) === op.connector && c.operationId.toLowerCase() === opId) {
      return source('custom', c.nameParameter ? param(op, c.nameParameter) : undefined);
    }
  }
  return null;
}

/** Whether the operation lists what a vault holds (SPEC §2 enumeration sources). */
export function isEnumerationSource(op: Operation | null): boolean {
  return (
    !!op?.operationId &&
    KEYVAULT.has(op.connector) &&
    KEYVAULT_ENUMERATION_OPS.has(op.operationId.toLowerCase())
  );
}

function normalise(connector: string): string {
  return connector
    .toLowerCase()
    .split('/')
    .pop()!
    .replace(/^shared_/, '');
}

/** Human name of a connector for messages. */
export function connectorDisplayName(connector: string): string {
  const known: Record<string, string> = {
    keyvault: 'Azure Key Vault',
    commondataserviceforapps: 'Microsoft Dataverse',
    arm: 'Azure Resource Manager',
    webcontents: 'HTTP with Microsoft Entra ID',
    office365: 'Office 365 Outlook',
    sendmail: 'Mail',
    teams: 'Microsoft Teams',
    sharepointonline: 'SharePoint',
    onedriveforbusiness: 'OneDrive for Business',
  };
  return Object.prototype.hasOwnProperty.call(known, connector) ? known[connector] : connector;
}

/** `kind` of a trigger's request, used by rules on Request triggers. */
export function requestTriggerKind(raw: Record<string, unknown>): string | null {
  return str(own(raw, 'kind')) ?? null;
}
