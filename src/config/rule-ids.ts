import { RULES } from '../rules/index.js';
import { ConfigError } from './config-error.js';

/**
 * A rule id the configuration names (`disable`, `severity`, `ignore`), checked against the catalogue
 * case-insensitively and returned in its catalogue spelling. A typo such as `FG9999` would otherwise
 * switch nothing off — or, in `ignore`, suppress nothing — without anyone noticing.
 */
export function catalogueRuleId(value: unknown, what: string): string {
  const known = RULES.map((r) => r.meta.id);
  const id =
    typeof value === 'string' ? known.find((k) => k.toLowerCase() === value.toLowerCase()) : undefined;
  if (id === undefined)
    throw new ConfigError(`${what}: ${JSON.stringify(value)} is not a rule id (known: ${known.join(', ')})`);
  return id;
}

/**
 * FG001 is what makes "a file flowguard cannot read" visible: switched off (`disable`, `severity: off`), a
 * change that breaks a flow file would hide the flow from its own review and pass, its base findings
 * shown as resolved. Known files are accepted one by one instead (`ignore` with a `path`), or excluded.
 */
export function switchableRuleId(id: string, what: string): string {
  if (id === 'FG001')
    throw new ConfigError(
      `${what}: FG001 cannot be switched off: a file flowguard cannot read would pass unreviewed. ` +
        'Accept a known file with an ignore entry (rule: FG001, path, reason), or leave it out with exclude',
    );
  return id;
}
