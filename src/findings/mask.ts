/**
 * The only form in which flowguard ever shows a credential or secret value: at most its first three
 * characters (only for long values, where three characters reveal nothing useful) and its length.
 */
export function maskSecret(value: string): string {
  const length = [...value].length;
  return length >= 12 ? `${[...value].slice(0, 3).join('')}…(${length} chars)` : `…(${length} chars)`;
}
