/**
 * Severities, lowest first. Rules declare a default and may set one per finding; findings, the gate,
 * config and reporters read it. It lives with the rules, the first stage that uses it, so that findings
 * import it from an earlier stage and nothing runs back.
 */
export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function isSeverity(v: string): v is Severity {
  return (SEVERITIES as readonly string[]).includes(v);
}
