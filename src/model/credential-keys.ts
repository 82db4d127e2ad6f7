/**
 * What the credential scan (credential-scan.ts) needs to know about a key, worked out once per distinct
 * key instead of once per occurrence: a definition repeats the same few thousand names (`inputs`, `body`,
 * `runAfter`, action names) in every flow.
 */
export interface KeyInfo {
  /** The key, lower-case (slots and discriminators compare and print it so). */
  lower: string;
  /** Opens a request body (`body`, `request/body`, `body/…` parameters). */
  body: boolean;
  /**
   * Its string children may sit in a credential slot by their own name: the fields of `authentication`,
   * the headers of a `headers` / `…/headers` object, the parameters of `queries`.
   */
  slotParent: boolean;
  /** A string under it may sit in a credential slot whatever its parent: a flattened header, a `CustomHeaderN`. */
  slotKey: boolean;
}

export const isBodyKey = (k: string): boolean =>
  (k.startsWith('body') || k.endsWith('/body')) && /^body(?:$|\/)|\/body$/.test(k);
export const isHeadersKey = (k: string): boolean => k === 'headers' || k.endsWith('/headers');
/** A flattened header parameter (`request/headers/Authorization`): group 1 is the header's name. */
export const FLAT_HEADER = /(?:^|\/)headers\/([^/]+)$/;

function classify(k: string): KeyInfo {
  const lower = k.toLowerCase();
  return {
    lower,
    body: isBodyKey(lower),
    slotParent: lower === 'authentication' || lower === 'queries' || isHeadersKey(lower),
    slotKey: FLAT_HEADER.test(lower) || lower.startsWith('customheader'),
  };
}

// Bounded: a hostile flow's million distinct keys are classified as they come, not remembered.
const KEYS = new Map<string, KeyInfo>();
const MAX_KEYS = 50_000;

export function keyInfo(k: string): KeyInfo {
  let info = KEYS.get(k);
  if (info === undefined) {
    info = classify(k);
    if (KEYS.size < MAX_KEYS) KEYS.set(k, info);
  }
  return info;
}

/** Array items: no key. */
export const NO_KEY: KeyInfo = classify('');

/**
 * Whether a key can mean anything to the slot checks, by its first and last characters alone: every key
 * whose lower-case form opens a body, names a slot parent, is a flattened or custom header, or is a body
 * secret field (`client_secret`, `password` …) starts with a, b, c, h, p or q, ends with s or y, or holds
 * a `/` (no other character lower-cases to these). Any other key is only an owner's name for the scan,
 * unless its parent is a slot parent (a header or an authentication field is named anything): the caller
 * looks those up in full. `| 0x20` lower-cases ASCII letters.
 */
export function mayMatter(k: string): boolean {
  const first = k.charCodeAt(0) | 0x20;
  const last = k.charCodeAt(k.length - 1) | 0x20;
  return (
    first === 97 ||
    first === 98 ||
    first === 99 ||
    first === 104 ||
    first === 112 ||
    first === 113 ||
    last === 115 ||
    last === 121 ||
    k.includes('/')
  );
}

/** What the scan takes for a key that cannot matter (mayMatter false, its parent no slot parent). */
export const PLAIN_KEY: KeyInfo = NO_KEY;
