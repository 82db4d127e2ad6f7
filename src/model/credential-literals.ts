import { literalString } from './expression/literal.js';
import { isObject, own, str } from '../json/json-path.js';

/**
 * What counts as a literal credential (SPEC §3 FG150): which written values are placeholders, which
 * header names carry credentials, and the token formats recognisable anywhere in a string.
 */

/** Whole-value templates of other tools: pipeline and replace-token variables, ARM expressions, mustache. */
const TEMPLATE =
  /^(?:<[^<>]*>|\{\{[\s\S]*\}\}|\{[^{}]*\}|\$\{[^}]*\}|\$\([^)]*\)|#\{[^}]*\}#?|__[\w.-]+__|%[\w.-]+%|\[[\s\S]*\])$/;
/**
 * Masked, elided or templated parts anywhere in the value (`sk_live_xxxx`, `Bearer ***`, `key-<id>`), or a
 * template opened and not closed (`<Client secret>` cut at a space in a form body).
 */
const MASKED = /xxx|XXX|\*{3}|\.{3}|…|<[^<>]+>|\{\{|^[<{[]/;
const WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'secret',
  'clientsecret',
  'token',
  'apikey',
  'key',
  'value',
  'string',
  'test',
  'testing',
  'none',
  'null',
  'nil',
  'undefined',
  'na',
  'n/a',
  'tbd',
  'todo',
  'fixme',
  'empty',
  'default',
  'hidden',
  'redacted',
  'mypassword',
  'mysecret',
  'secretvalue',
  'bearer',
  'basic',
]);
const INSTRUCTION = /^(?:your|my|enter|insert|paste|put|add|replace|type|set)[\s_-]/i;
const MARKERS = /changeme|replaceme|placeholder|redacted|dummy|notasecret|notreal|example|sample/;

/** Obvious placeholders: templates, masks, a repeated character, stock words, instructions. */
export function isPlaceholder(value: string): boolean {
  const t = value.trim();
  if (t.length === 0 || TEMPLATE.test(t) || MASKED.test(t) || /^(.)\1+$/.test(t)) return true;
  const word = t.toLowerCase().replace(/[\s_-]+/g, '');
  return WORDS.has(word) || INSTRUCTION.test(t) || MARKERS.test(word);
}

/**
 * The credential a written WDL value stands for, or null: expressions (`@parameters('x')`, `@{…}`
 * references) and placeholders are not credentials, nor literals shorter than `minLength`.
 */
export function literalCredential(value: string, minLength: number): string | null {
  const literal = literalString(value);
  if (literal === null) return null;
  const t = literal.trim();
  return t.length >= Math.max(1, minLength) && !isPlaceholder(t) ? t : null;
}

/** Authorization schemes: the credential is what follows them (`Bearer abc` → `abc`). */
export function stripScheme(value: string): string {
  return value.replace(
    /^\s*(?:bearer|basic|token|sharedaccesssignature|ssws|digest|apikey|key|id_token)\s+/i,
    '',
  );
}

/** Header names that carry a credential beyond CREDENTIAL_HEADERS (`X-RapidAPI-Key`, `X-Shopify-Access-Token`). */
const CREDENTIAL_HEADER_NAME =
  /(?:^|[-_])(?:api[-_]?key|access[-_]?token|auth[-_]?token|secret|password|passwd)$|^x-[\w-]*-key$/i;

export function looksLikeCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER_NAME.test(name);
}

/** Keys of request bodies whose value is a credential (object bodies, `body/client_secret` parameters). */
export const BODY_SECRET_KEYS: ReadonlySet<string> = new Set([
  'client_secret',
  'clientsecret',
  'password',
  'passwd',
]);

export interface TokenFormat {
  id: string;
  label: string;
  /** The whole match is the credential, or capture group 1 when there is one. */
  re: RegExp;
  /** Only looked for when the string also matches this (a connection string needs a server). */
  context?: RegExp;
}

/** Well-known credential formats, by their documented prefixes and lengths. */
export const TOKEN_FORMATS: readonly TokenFormat[] = [
  { id: 'github', label: 'GitHub token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})/ },
  { id: 'aws', label: 'AWS access key', re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { id: 'slack', label: 'Slack token', re: /\bxox[abpr]-[0-9A-Za-z-]{10,}/ },
  {
    id: 'slack-webhook',
    label: 'Slack incoming webhook URL',
    re: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/([A-Za-z0-9]{20,})/,
  },
  {
    id: 'azure-storage-key',
    label: 'Azure storage account key',
    re: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/,
  },
  {
    id: 'azure-shared-access-key',
    label: 'Azure shared access key',
    re: /SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/,
  },
  {
    id: 'jwt',
    label: 'JSON Web Token',
    re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/,
  },
  {
    id: 'private-key',
    label: 'private key',
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/,
  },
  { id: 'stripe', label: 'Stripe live key', re: /\b[sr]k_live_[0-9A-Za-z]{20,}/ },
  { id: 'sendgrid', label: 'SendGrid API key', re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/ },
  { id: 'google-api-key', label: 'Google API key', re: /\bAIza[0-9A-Za-z_-]{35}/ },
  {
    id: 'openai',
    label: 'OpenAI API key',
    re: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/,
  },
  // Entra ID client secrets created since 2021 carry `Q~` after three characters and a digit.
  {
    id: 'entra-client-secret',
    label: 'Microsoft Entra ID client secret',
    re: /(?:^|[^\w~.-])([\w~.-]{3}\dQ~[\w~.-]{31,34})(?![\w~.-])/,
  },
  {
    id: 'connection-string',
    label: 'connection string password',
    re: /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;'"]+)/i,
    context: /(?:^|;)\s*(?:server|data source|host|user id|uid)\s*=/i,
  },
];

/**
 * Cheap tests every string passes through before any TOKEN_FORMATS regex runs: a prefix every
 * case-sensitive format starts with, and the words of the one case-insensitive format (a connection
 * string's password, which also needs `=`). A case-sensitive scan is faster than one case-insensitive
 * regex over all prefixes. Exported for the benchmark's minimal analyser (bench/minimal-analyser.mjs).
 */
export const TOKEN_QUICK =
  /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abpr]-|hooks\.slack|AccountKey=|SharedAccessKey=|eyJ|PRIVATE KEY|k_live_|SG\.|AIza|sk-|Q~/;
export const CONNECTION_QUICK = /password|pwd/i;

/**
 * The first well-known token in a string and the credential it found, or null. `prefilter: false` runs
 * every format's regex (the reference the prefilter is tested against); `equals`: whether `s` holds `=`,
 * when the caller knows.
 */
export function findToken(
  s: string,
  prefilter = true,
  equals = s.includes('='),
): { format: TokenFormat; value: string } | null {
  if (s.length < 16 || (prefilter && !TOKEN_QUICK.test(s) && !(equals && CONNECTION_QUICK.test(s))))
    return null;
  for (const f of TOKEN_FORMATS) {
    if (f.context && !f.context.test(s)) continue;
    const m = f.re.exec(s);
    if (!m) continue;
    const found = (m[1] ?? m[0]).trim();
    // An expression inside a connection string (`Password=@{…}`) or a masked sample is not a credential.
    if (found.startsWith('@') || isPlaceholder(found)) continue;
    return { format: f, value: found };
  }
  return null;
}

/**
 * The first credential literal in the default value of a `SecureString` / `SecureObject` definition
 * parameter, or null. Walked with an explicit stack and without spreading: the value is hostile input.
 */
export function secureParameterDefault(raw: Record<string, unknown>): string | null {
  const type = (str(own(raw, 'type')) ?? '').toLowerCase();
  if (type !== 'securestring' && type !== 'secureobject') return null;
  const stack: unknown[] = [own(raw, 'defaultValue')];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      const literal = literalCredential(v, 1);
      if (literal) return literal;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (isObject(v)) {
      for (const key of Object.keys(v)) stack.push(v[key]);
    }
  }
  return null;
}
