import { entries, own } from '../json/json-path.js';

/**
 * Headers whose value is a credential (SPEC §3 FG121/FG150). Run history never shows the value of an
 * HTTP action's `authentication` object or `Authorization` header; the others are credentials by convention.
 */
export const CREDENTIAL_HEADERS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'api-key',
  'apikey',
  'x-api-key',
  'ocp-apim-subscription-key',
  'x-functions-key',
  'x-ms-functions-key',
  'x-auth-token',
  'x-access-token',
  'x-apikey',
  'subscription-key',
  'client-secret',
  'x-client-secret',
]);

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.toLowerCase());
}

/** Fields of an HTTP `authentication` object that hold credential material. */
export const AUTHENTICATION_SECRET_FIELDS: ReadonlySet<string> = new Set([
  'password',
  'secret',
  'pfx',
  'value',
  'clientsecret',
]);

/**
 * Whether a path relative to an action (`['inputs','headers','Authorization']`) is a credential slot:
 * anything under `inputs.authentication`, or a credential header's value.
 */
export function isCredentialSlot(path: ReadonlyArray<string | number>): boolean {
  if (path[0] !== 'inputs') return false;
  if (path[1] === 'authentication') return true;
  return path[1] === 'headers' && typeof path[2] === 'string' && isCredentialHeader(path[2]);
}

/** The headers object of an HTTP-like action's inputs as [name, value] pairs. */
export function headersOf(raw: Record<string, unknown>): Array<[string, unknown]> {
  return entries(own(own(raw, 'inputs'), 'headers'));
}
