import type { BaseCounterparts } from '../findings/base-counterparts.js';
import { isPresent } from '../findings/channel-filters.js';
import { classify, compareFindings } from '../findings/classify.js';
import type { InlineSuppressions } from '../findings/inline-suppressions.js';
import { Locator } from '../findings/locate.js';
import { applySeverityOverrides } from '../findings/severity-overrides.js';
import type { Finding, Report } from '../findings/types.js';
import { compareAccess, type FlowSecretAccess } from '../model/secret-access.js';
import type { SourceFile } from '../sources/types.js';
import { RULES } from '../rules/index.js';
import type { AnalyseOptions } from './analyse-options.js';

/** Source texts by `sourceKey(file, entry)`, for the lines of findings. */
export type SourceTexts = ReadonlyMap<string, SourceFile>;

export function sourceKey(file: string, entry: string | null): string {
  return `${file}\u0000${entry ?? ''}`;
}

/** What a driver (tree scan, revision diff) hands over once every flow is checked. */
export interface ReportParts {
  head: Finding[];
  /** Findings of the base revision; null when there is none. */
  base: Finding[] | null;
  inline: InlineSuppressions;
  /** In a comparison: the base's names for each head flow, which config `ignore` entries must match too. */
  counterparts?: BaseCounterparts;
  /** Secret access of the head flows, with their final identities. */
  access: FlowSecretAccess[];
  counts: { flows: number; changedFlows: number; filesRead: number };
  sources: { head: SourceTexts; base: SourceTexts | null };
}

/**
 * The one report tail: severity overrides over the superseded findings, then classification with the
 * suppressions, lines, report order, the suppressions' notes and the secret access map with the rules
 * that fired on each source.
 */
export function finishReport(parts: ReportParts, options: AnalyseOptions): Report {
  const overridden = (f: Finding[]) => applySeverityOverrides(supersede(f), options.severity);
  const report = classify(overridden(parts.head), parts.base ? overridden(parts.base) : null, {
    ...options,
    suppressions: {
      ...options.suppressions,
      inline: parts.inline,
      ...(parts.base ? { counterparts: parts.counterparts } : {}),
    },
    ...parts.counts,
  });
  locateAll(report.findings, parts.sources.head, parts.sources.base);
  report.findings.sort(compareFindings);
  report.proposedSuppressions = parts.inline.proposed;
  report.warnings = [
    ...(options.suppressions?.config?.warnings ?? []),
    ...parts.inline.warnings,
    // Config entries refused because they match only the names the change gave a flow or action (SPEC §4).
    ...(report.warnings ?? []),
  ];
  report.secretAccess = withRules(parts.access, report.findings).sort(compareAccess);
  return report;
}

/** Drops findings that a more specific rule's finding on the same flow and action replaces (e.g. FG121 → FG120). */
export function supersede(findings: Finding[]): Finding[] {
  const dropped = new Set<string>();
  for (const f of findings) {
    const rule = RULES.find((r) => r.meta.id === f.ruleId);
    for (const id of rule?.meta.supersedes ?? [])
      dropped.add(`${id}\u0000${f.flow.key}\u0000${f.action ?? ''}`);
  }
  if (dropped.size === 0) return findings;
  return findings.filter((f) => !dropped.has(`${f.ruleId}\u0000${f.flow.key}\u0000${f.action ?? ''}`));
}

/** Line numbers only for the files that have findings: resolved ones in the base, the rest in the head. */
function locateAll(findings: Finding[], head: SourceTexts, base: SourceTexts | null): void {
  const text = (sources: SourceTexts | null) => (file: string, entry: string | null) =>
    sources?.get(sourceKey(file, entry))?.text;
  const headLocator = new Locator(text(head));
  const baseLocator = new Locator(text(base));
  for (const f of findings) {
    (isPresent(f) ? headLocator : baseLocator).locate(f.location);
    if (f.baseLocation) baseLocator.locate(f.baseLocation);
    if (f.path) (isPresent(f) ? headLocator : baseLocator).locatePath(f.path);
  }
}

/** Each source's entry gets the ids of the reported findings on its action that are still present. */
function withRules(access: readonly FlowSecretAccess[], findings: readonly Finding[]): FlowSecretAccess[] {
  const rulesOf = new Map<string, Set<string>>();
  for (const f of findings) {
    if (!isPresent(f) || f.action === null) continue;
    const key = `${f.flow.key}\u0000${f.action}`;
    rulesOf.set(key, (rulesOf.get(key) ?? new Set()).add(f.ruleId));
  }
  return access.map((a) => ({
    ...a,
    entries: a.entries.map((e) => ({
      ...e,
      rules: [...(rulesOf.get(`${a.flowKey}\u0000${e.action}`) ?? [])].sort(),
    })),
  }));
}
