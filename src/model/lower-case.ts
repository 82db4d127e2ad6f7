const remembered = new Map<string, string>();
/** Enough for every type and method a real repository writes; past it, strings are lowered each time. */
const LIMIT = 512;

/**
 * `s.toLowerCase()`, remembered for the few distinct strings that every node repeats (`type`, `method`):
 * lowering them per node allocated a string each time. Exactly toLowerCase (KELVIN SIGN and all).
 */
export function lowerCase(s: string): string {
  let lower = remembered.get(s);
  if (lower === undefined) {
    lower = s.toLowerCase();
    if (remembered.size < LIMIT) remembered.set(s, lower);
  }
  return lower;
}
