/** A symbolic location inside a JSON document: keys and array indexes from the root. */
export type JsonPath = ReadonlyArray<string | number>;

/** Own-property read that never walks the prototype chain (flow JSON is hostile input). */
export function own(obj: unknown, key: string): unknown {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) return undefined;
  return Object.prototype.hasOwnProperty.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Own entries of a JSON object in document order; empty for anything else. */
export function entries(v: unknown): Array<[string, unknown]> {
  return isObject(v) ? Object.entries(v) : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** Case-insensitive own-key lookup, for header names and similar. */
export function ownCI(obj: unknown, key: string): [string, unknown] | undefined {
  if (!isObject(obj)) return undefined;
  const lower = key.toLowerCase();
  // Keys, not entries: the same order without a pair array per key (hot in solution metadata).
  for (const k of Object.keys(obj)) if (k.toLowerCase() === lower) return [k, obj[k]];
  return undefined;
}
