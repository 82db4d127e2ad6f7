import { compareCodeUnits } from '../json/code-unit-order.js';
import type { FailOn, Finding, Report, ReportMode, Status } from './types.js';
import { severityRank } from '../rules/severity.js';
import { needsAction } from './channel-filters.js';
import { refusedConfigEntry, suppressionOf, type SuppressionSources } from './suppress.js';

export interface ClassifyOptions {
  failOn: FailOn;
  /** Default: `new` with a base, `all` without. */
  report?: ReportMode;
  /** Accepted findings: reported with `suppressed`, never gating (SPEC §4). */
  suppressions?: SuppressionSources;
}

const STATUS_ORDER: Record<Status, number> = { new: 0, existing: 1, resolved: 2 };

/**
 * The one stage that decides status (SPEC §4), what is reported and the gate. Head findings whose
 * fingerprint is in the base are existing; base findings missing from the head are resolved.
 */
export function classify(
  head: Finding[],
  base: Finding[] | null,
  options: ClassifyOptions & { flows: number; changedFlows: number; filesRead: number },
): Report {
  const mode: ReportMode = options.report ?? (base ? 'new' : 'all');
  const baseFps = new Set((base ?? []).map((f) => f.fingerprint));
  const headFps = new Set(head.map((f) => f.fingerprint));
  const all: Finding[] = [];
  const seen = new Set<string>();
  const occurrences = countFingerprints(head);
  // Config entries a reported finding matches only by the names the change gave it: one warning each.
  const refused = new Set<string>();
  for (const f of head) {
    if (seen.has(f.fingerprint)) continue; // the same finding twice (e.g. a flow listed twice) counts once
    seen.add(f.fingerprint);
    const classified: Finding = { ...f, status: baseFps.has(f.fingerprint) ? 'existing' : 'new' };
    const n = occurrences.get(f.fingerprint) ?? 1;
    if (n > 1) classified.occurrences = n;
    classified.suppressed = suppressionOf(classified, n, options.suppressions ?? {}, base !== null);
    if (!classified.suppressed && (classified.status === 'new' || mode === 'all')) {
      const warning = refusedConfigEntry(classified, options.suppressions ?? {});
      if (warning) refused.add(warning);
    }
    all.push(classified);
  }
  for (const f of base ?? []) {
    if (headFps.has(f.fingerprint) || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const { baseLocation: _unused, ...rest } = f;
    all.push({ ...rest, status: 'resolved' });
  }
  const counts = { new: 0, existing: 0, resolved: 0 };
  let suppressed = 0;
  for (const f of all) {
    if (f.suppressed) suppressed++;
    else counts[f.status]++;
  }

  const shown = all.filter((f) => f.status !== 'existing' || mode === 'all');
  const gated = shown.filter(needsAction);
  const threshold = options.failOn === 'none' ? Infinity : severityRank(options.failOn);
  const failed = gated.some((f) => severityRank(f.severity) >= threshold);
  const maxSeverity = gated.reduce<Finding['severity'] | null>(
    (m, f) => (m === null || severityRank(f.severity) > severityRank(m) ? f.severity : m),
    null,
  );
  return {
    compared: base !== null,
    summary: {
      flows: options.flows,
      changedFlows: options.changedFlows,
      filesRead: options.filesRead,
      findings: counts,
      gate: failed ? 'failed' : 'passed',
      failOn: options.failOn,
      report: mode,
      maxSeverity,
      suppressed,
    },
    findings: shown,
    ...(refused.size > 0 ? { warnings: [...refused].sort(compareCodeUnits) } : {}),
  };
}

/** How often each fingerprint occurs before duplicates are merged (a baseline records and checks it). */
export function countFingerprints(findings: readonly Finding[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const f of findings) n.set(f.fingerprint, (n.get(f.fingerprint) ?? 0) + 1);
  return n;
}

/** Report order: new, existing, resolved; most severe first; then by file and line. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareCodeUnits(a.location.file, b.location.file) ||
    compareCodeUnits(a.location.entry ?? '', b.location.entry ?? '') ||
    (a.location.line ?? 0) - (b.location.line ?? 0) ||
    compareCodeUnits(a.ruleId, b.ruleId) ||
    compareCodeUnits(a.fingerprint, b.fingerprint)
  );
}
