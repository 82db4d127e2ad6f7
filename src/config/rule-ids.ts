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
