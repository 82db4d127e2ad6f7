import { isSeverity } from '../rules/severity.js';
import type { IgnoreEntry, SeverityOverride } from '../findings/suppression-types.js';
import { ConfigError } from './config-error.js';
import { catalogueRuleId, switchableRuleId } from './rule-ids.js';

const IGNORE_KEYS = ['rule', 'flow', 'action', 'path', 'reason', 'expires'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `ignore:` — every entry needs a catalogue rule id and a non-empty reason; errors name file, entry and key. */
export function parseIgnore(value: unknown, where: string): IgnoreEntry[] {
  if (!Array.isArray(value)) throw new ConfigError(`${where}: ignore must be a list of entries`);
  return value.map((raw, index) => {
    const at = `${where}: ignore[${index}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ConfigError(`${at}: expected a mapping with "rule" and "reason"`);
    const e = raw as Record<string, unknown>;
    for (const k of Object.keys(e))
      if (!(IGNORE_KEYS as readonly string[]).includes(k))
        throw new ConfigError(`${at}: unknown key "${k}" (known: ${IGNORE_KEYS.join(', ')})`);
    if (e.rule === undefined) throw new ConfigError(`${at}: key "rule" is required`);
    const entry: IgnoreEntry = { rule: catalogueRuleId(e.rule, `${at}: rule`), reason: '', index };
    if (typeof e.reason !== 'string' || e.reason.trim() === '')
      throw new ConfigError(`${at}: key "reason" is required and must be a non-empty string`);
    entry.reason = e.reason.trim();
    for (const k of ['flow', 'action', 'path'] as const) {
      if (e[k] === undefined) continue;
      if (typeof e[k] !== 'string' || e[k] === '')
        throw new ConfigError(`${at}: key "${k}" must be a non-empty string`);
      entry[k] = e[k];
    }
    if (e.expires !== undefined) entry.expires = parseDate(e.expires, `${at}: key "expires"`);
    return entry;
  });
}

/** `YYYY-MM-DD`, a real calendar day (YAML 1.1 parsers hand over a Date, which is accepted too). */
export function parseDate(value: unknown, what: string): string {
  const text =
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  const m = typeof text === 'string' ? DATE.exec(text) : null;
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (
      d.getUTCFullYear() === Number(m[1]) &&
      d.getUTCMonth() === Number(m[2]) - 1 &&
      d.getUTCDate() === Number(m[3])
    )
      return text as string;
  }
  throw new ConfigError(`${what}: ${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`);
}

/** `severity: { FG130: medium, FG112: off }`. */
export function parseSeverity(value: unknown, where: string): Record<string, SeverityOverride> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${where}: severity must be a mapping of rule id to severity or off`);
  const out: Record<string, SeverityOverride> = {};
  for (const [k, v] of Object.entries(value)) {
    const id = catalogueRuleId(k, `${where}: severity`);
    // `FG103: off` and `fg103: high` are two YAML keys for one rule: which one wins would be a guess.
    if (id in out)
      throw new ConfigError(`${where}: severity: ${id} is given twice (ids are case-insensitive)`);
    if (typeof v !== 'string' || !(v === 'off' || isSeverity(v)))
      throw new ConfigError(
        `${where}: severity.${k}: ${JSON.stringify(v)} is not one of off, info, low, medium, high, critical`,
      );
    if (v === 'off') switchableRuleId(id, `${where}: severity.${k}`);
    out[id] = v as SeverityOverride;
  }
  return out;
}
