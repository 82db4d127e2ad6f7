import { literalString } from './expression/literal.js';
import { own, str } from '../json/json-path.js';
import { lowerCase } from './lower-case.js';
import { splitPath } from './operation.js';
import type { SecretSource } from './types.js';

/**
 * Key Vault read through its REST API with a plain HTTP action (`GET https://<vault>.vault.azure.net/secrets/
 * <name>`), as samples do to avoid the connector: the response body holds the secret just the same.
 * Public and sovereign-cloud vault hosts; the vault name itself may be an expression.
 */
const VAULT_URL =
  /^(?:@\{[^}]*\}|[^/?#])*\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)(?::\d+)?(?=[/?#]|$)(\/[^?#]*)?/i;

interface RestCall {
  method: string;
  segments: string[];
}

function restCall(raw: Record<string, unknown>): RestCall | null {
  if (lowerCase(str(own(raw, 'type')) ?? '') !== 'http') return null;
  const inputs = own(raw, 'inputs');
  const uri = str(own(inputs, 'uri'));
  if (!uri) return null;
  const m = VAULT_URL.exec(uri.replace(/^https?:\/\//i, ''));
  if (!m) return null;
  return { method: (str(own(inputs, 'method')) ?? 'GET').toLowerCase(), segments: splitPath(m[1] ?? '') };
}

/** A secret read or key decryption through the Key Vault REST API, else null. */
export function keyVaultRestSecretSource(raw: Record<string, unknown>): SecretSource | null {
  const call = restCall(raw);
  if (!call) return null;
  const [collection, name, third, , fifth] = call.segments.map((s) => s.toLowerCase());
  const original = call.segments[1];
  const source = (kind: SecretSource['kind']): SecretSource => ({
    kind,
    secretName: original,
    literalName: literalString(original),
  });
  // GET /secrets/{name}[/{version}] — but not /secrets/{name}/versions, which lists.
  if (
    call.method === 'get' &&
    collection === 'secrets' &&
    name &&
    (third === undefined || third !== 'versions')
  )
    return source('keyvault-secret');
  if (
    call.method === 'post' &&
    collection === 'keys' &&
    name &&
    (third === 'decrypt' || fifth === 'decrypt' || call.segments.at(-1)?.toLowerCase() === 'decrypt')
  ) {
    return source('keyvault-decrypt');
  }
  return null;
}

/** A listing of what a vault holds through the REST API (`GET /secrets`, `/secrets/{n}/versions`, `/keys` …). */
export function isKeyVaultRestEnumeration(raw: Record<string, unknown>): boolean {
  const call = restCall(raw);
  if (!call || call.method !== 'get') return false;
  const s = call.segments.map((x) => x.toLowerCase());
  if (s[0] !== 'secrets' && s[0] !== 'keys' && s[0] !== 'deletedsecrets') return false;
  return s.length === 1 || (s.length === 3 && s[2] === 'versions');
}
