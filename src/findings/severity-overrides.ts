import type { SeverityOverride } from './suppression-types.js';
import type { Finding } from './types.js';

/**
 * Config `severity:` — every finding of a rule takes the configured severity (the rule's own per-case
 * severities included); `off` rules are not run at all (see `disabledRules`).
 */
export function applySeverityOverrides(
  findings: Finding[],
  overrides: Readonly<Record<string, SeverityOverride>> | undefined,
): Finding[] {
  if (!overrides) return findings;
  for (const f of findings) {
    const s = overrides[f.ruleId];
    if (s && s !== 'off') f.severity = s;
  }
  return findings;
}

/** Rule ids switched off, by `disable` or by `severity: off`. */
export function disabledRules(
  disable: readonly string[] | undefined,
  overrides: Readonly<Record<string, SeverityOverride>> | undefined,
): string[] {
  const off = Object.entries(overrides ?? {})
    .filter(([, s]) => s === 'off')
    .map(([id]) => id);
  return [...new Set([...(disable ?? []), ...off])];
}
