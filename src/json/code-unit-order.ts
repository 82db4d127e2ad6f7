/**
 * The one order flowguard sorts text in: UTF-16 code units, as `<` compares strings. Not `localeCompare`:
 * that follows the machine's locale (in a Swedish one `ä` sorts after `z`), so the same scan listed its
 * findings, secret access and baseline entries in a different order on another machine.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
