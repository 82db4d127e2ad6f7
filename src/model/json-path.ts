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
  const lower = key.toLowerCase();
  for (const [k, v] of entries(obj)) if (k.toLowerCase() === lower) return [k, v];
  return undefined;
}
