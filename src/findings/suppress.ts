import type { BaseCounterparts } from './base-counterparts.js';
import { baselineAccepts, type BaselineEntry } from './baseline-file.js';
import { refusalWarning, type ConfigSuppressions } from './config-suppressions.js';
import type { InlineSuppressions } from './inline-suppressions.js';
import type { Suppression } from './suppression-types.js';
import type { Finding } from './types.js';

/** Where accepted findings come from; each is optional. */
export interface SuppressionSources {
  inline?: InlineSuppressions;
  config?: ConfigSuppressions;
  baseline?: ReadonlyMap<string, BaselineEntry>;
  /** In a comparison: how the base names and places each head flow; config entries must match that too. */
  counterparts?: BaseCounterparts;
}

/**
 * Why a finding is accepted, or null. The most specific source wins: the flow's own note, then the
 * configuration, then the baseline. Resolved findings are good news and are never marked.
 * `compared`: there is a base revision. The baseline then accepts only findings the base already has
 * (`existing`): one the change adds is the change's, even when its fingerprint is a baseline entry's (a
 * copy of an accepted flow, a credential put back after it was fixed) — SPEC §4. A config entry then has to
 * match the flow and action as the base names and places them too (`counterparts`).
 */
export function suppressionOf(
  f: Finding,
  occurrences: number,
  sources: SuppressionSources,
  compared = false,
): Suppression | null {
  if (f.status === 'resolved') return null;
  const inline = sources.inline?.lookup(f);
  if (inline) return { by: 'inline', reason: inline.reason, expires: null };
  const entry = sources.config?.lookup(f, sources.counterparts?.of(f) ?? null);
  if (entry) return { by: 'config', reason: entry.reason, expires: entry.expires ?? null };
  if (compared && f.status !== 'existing') return null;
  const base = sources.baseline?.get(f.fingerprint);
  if (baselineAccepts(base, f, occurrences))
    return {
      by: 'baseline',
      reason: `accepted in the baseline (${f.ruleId} on ${base!.file})`,
      expires: null,
    };
  return null;
}

/**
 * In a comparison, for a finding no suppression accepted: the config entry that would have matched it by the
 * names the change gave its flow, file or action, with the warning that says so (SPEC §4); else null.
 */
export function refusedConfigEntry(f: Finding, sources: SuppressionSources): string | null {
  const base = sources.counterparts?.of(f) ?? null;
  if (base === null || !sources.config) return null;
  const entry = sources.config.refusedBy(f, base);
  return entry ? refusalWarning(entry, f, base) : null;
}
