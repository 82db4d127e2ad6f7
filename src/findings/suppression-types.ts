/** How a finding was suppressed (SPEC §4): reported all the same, never gating. */
export interface Suppression {
  by: 'config' | 'inline' | 'baseline';
  reason: string;
  /** `YYYY-MM-DD` for a config entry with `expires`, else null. */
  expires: string | null;
}

/** One `ignore:` entry of the configuration, as validated (rule id upper-case). */
export interface IgnoreEntry {
  rule: string;
  /** Flow display-name glob, or a flow GUID (lower-case, no braces). */
  flow?: string;
  /** Trigger/action name glob. */
  action?: string;
  /** Repository-relative file glob. */
  path?: string;
  reason: string;
  /** `YYYY-MM-DD`: from that day the entry no longer applies. */
  expires?: string;
  /** Position in the `ignore:` list (0-based), to name the entry in warnings. */
  index: number;
}

/** A `flowguard-ignore FGnnn: reason` in a trigger's or action's `description`. */
export interface InlineIgnore {
  rule: string;
  reason: string;
}

/** An inline suppression a pull request adds: not applied to that pull request, shown to its reviewer. */
export interface ProposedSuppression {
  rule: string;
  reason: string;
  flow: string;
  action: string;
  file: string;
}

/** Severity override per rule id (config `severity:`); `off` disables the rule. */
export type SeverityOverride = 'off' | 'info' | 'low' | 'medium' | 'high' | 'critical';
