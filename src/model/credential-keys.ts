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
