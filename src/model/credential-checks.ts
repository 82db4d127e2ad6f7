import { AUTHENTICATION_SECRET_FIELDS, isCredentialHeader } from './credential-slots.js';
import {
  BODY_SECRET_KEYS,
  findToken,
  literalCredential,
  looksLikeCredentialHeader,
  stripScheme,
} from './credential-literals.js';
import { FLAT_HEADER, isHeadersKey } from './credential-keys.js';

/**
 * The checks FG150 runs on one string of a definition (SPEC §3 FG150): by the slot it sits in, and by the
 * form it has. Pure functions of the string and where it sits, so the walk (credential-scan.ts) may run them
 * in any order and keep what they find in its own.
 */

/** What a check found: the slot or form (`auth:password`, `token:github` …), its wording, and the credential. */
export interface Hit {
  discriminator: string;
  where: string;
  value: string;
}

/** Shortest literal taken for a credential where the slot does not say so (headers, bodies) and in URLs. */
const MIN_SLOT = 6;
const MIN_URL = 16;

const FORM_QUICK = /client_secret=|password=/i;
/**
 * `scheme://user:password@host`: group 1 is the password. User, password and host hold no character that
 * ends a URL or its authority, so a `@` later in the path or an `@{…}` expression is no userinfo.
 */
const URL_USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:'"<>{}]+:([^\s/?#@'"<>{}]+)@[^\s/?#@'"<>{}]/gi;

/**
 * The header a string is the value of, wherever a request keeps its headers: a `headers` / `request/headers`
 * object, a flattened `request/headers/Authorization` parameter, or a raw-request `CustomHeaderN` parameter
 * written `Name: value` (SPEC §3 FG150).
 */
function headerSlot(key: string, parent: string, s: string): { name: string; value: string } | null {
  if (isHeadersKey(parent)) return { name: key, value: s };
  const flat = FLAT_HEADER.exec(key);
  if (flat) return { name: flat[1], value: s };
  if (!key.startsWith('customheader')) return null;
  const m = /^\s*([\w-]+)\s*:\s*([\s\S]*)$/.exec(s);
  return m ? { name: m[1].toLowerCase(), value: m[2] } : null;
}

const hit = (discriminator: string, where: string, value: string | null): Hit | null =>
  value === null ? null : { discriminator, where, value };

/**
 * A credential by the slot the string sits in (authentication field, header, query, body field). `key` and
 * `parent` are the string's own key and its parent's, lower-case; `body`: inside a request body.
 */
export function bySlot(key: string, parent: string, body: boolean, s: string): Hit | null {
  if (parent === 'authentication' && AUTHENTICATION_SECRET_FIELDS.has(key)) {
    return hit(`auth:${key}`, `the authentication ${key}`, literalCredential(s, 1));
  }
  const header = headerSlot(key, parent, s);
  if (header && (isCredentialHeader(header.name) || looksLikeCredentialHeader(header.name))) {
    const literal = literalCredential(header.value, 0);
    const value = literal && literalCredential(stripScheme(literal), MIN_SLOT);
    return hit(`header:${header.name}`, `the ${header.name} header`, value);
  }
  if (parent === 'queries' && (key === 'sig' || key === 'code')) {
    return hit(`url:${key}`, `the URL parameter ${key}`, literalCredential(s, MIN_URL));
  }
  if (!body) return null;
  const last = key.slice(key.lastIndexOf('/') + 1);
  if (BODY_SECRET_KEYS.has(last)) {
    return hit(`body:${last}`, `the request body field ${last}`, literalCredential(s, MIN_SLOT));
  }
  // Segments are cut at quotes too, so that a literal inside a pure expression is still found.
  if (!s.includes('=') || !FORM_QUICK.test(s)) return null;
  for (const m of s.matchAll(/(?:^|[&?\s'])(client_secret|password)=([^&'"]*)/gi)) {
    const value = literalCredential(m[2], MIN_SLOT);
    if (value) return hit(`body:${m[1].toLowerCase()}`, `the request body (${m[1]}=)`, value);
  }
  return null;
}

/**
 * A credential by its form: a signed or keyed URL, a URL's userinfo password, or a well-known token format. Nothing shorter than 16
 * characters has either (a URL parameter's value needs 16 after `sig=`, a token 16 in all). `name`: the
 * string's own key as written (empty for a list item), for the message.
 */
export function byForm(name: string, s: string, prefilter: boolean): Hit | null {
  if (prefilter && s.length < 16) return null;
  // One search for `=` answers for the URL parameters and the connection string alike (most strings have none).
  const equals = s.includes('=');
  if (equals && (s.includes('sig=') || s.includes('code='))) {
    for (const m of s.matchAll(/[?&](sig|code)=([^&#\s'"<>]*)/g)) {
      // `code=` is a credential only in a URL (Azure Functions key); elsewhere it is an OAuth code or data.
      if (m[1] === 'code' && !s.includes('://')) continue;
      const value = literalCredential(m[2], MIN_URL);
      if (value) return hit(`url:${m[1]}`, `the URL parameter ${m[1]}`, value);
    }
  }
  // The password of a URL's userinfo (`https://svc:Pa55w0rd!@host/…`, `ftp://…`, `amqps://…`): every
  // client sends it, and anyone who reads the definition can log in with it.
  if (s.length >= 16 && s.includes('://') && s.includes('@')) {
    for (const m of s.matchAll(URL_USERINFO)) {
      const value = literalCredential(m[1], MIN_SLOT);
      if (value) return hit('url:password', 'the password in a URL', value);
    }
  }
  const token = findToken(s, prefilter, equals);
  if (!token) return null;
  const where = `${name ? `"${name}"` : 'a list item'} (${token.format.label})`;
  return hit(`token:${token.format.id}`, where, token.value);
}
