import { baselineAccepts, type BaselineEntry } from './baseline-file.js';
import type { ConfigSuppressions } from './config-suppressions.js';
import type { InlineSuppressions } from './inline-suppressions.js';
import type { Suppression } from './suppression-types.js';
import type { Finding } from './types.js';

/** Where accepted findings come from; each is optional. */
export interface SuppressionSources {
  inline?: InlineSuppressions;
  config?: ConfigSuppressions;
  baseline?: ReadonlyMap<string, BaselineEntry>;
}

/**
 * Why a finding is accepted, or null. The most specific source wins: the flow's own note, then the
 * configuration, then the baseline. Resolved findings are good news and are never marked.
 * `compared`: there is a base revision. The baseline then accepts only findings the base already has
 * (`existing`): one the change adds is the change's, even when its fingerprint is a baseline entry's (a
 * copy of an accepted flow, a credential put back after it was fixed) — SPEC §4.
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
  const entry = sources.config?.lookup(f);
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
