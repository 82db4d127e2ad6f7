import { matchFlows } from '../diff/match-flows.js';
import { matchNodes } from '../diff/match-nodes.js';
import { flowChanged } from '../diff/definition-change.js';
import { runRule, unreadableFinding } from '../findings/finding-builder.js';
import { Locator } from '../findings/locate.js';
import { classify, compareFindings, type ClassifyOptions } from '../findings/classify.js';
import { InlineSuppressions } from '../findings/inline-suppressions.js';
import { applySeverityOverrides } from '../findings/severity-overrides.js';
import type { SeverityOverride } from '../findings/suppression-types.js';
import type { Finding, Report } from '../findings/types.js';
import { analyseFlow } from '../model/analyse-flow.js';
import { compareAccess, secretAccessOf } from '../model/secret-access.js';
import type { FlowAnalysis } from '../model/flow-analysis.js';
import type { Flow } from '../model/types.js';
import { fg001 } from '../rules/fg001-unreadable-flow.js';
import { RULES } from '../rules/index.js';
import type { Rule, RuleOptions } from '../rules/rule.js';
import { sourceKey, type Revision } from './revision.js';

export interface AnalyseOptions extends ClassifyOptions {
  rules: RuleOptions;
  /** Rule ids to leave out (config `disable`). */
  disabled?: readonly string[];
  /** Config `severity:` overrides (`off` rules are in `disabled`). */
  severity?: Readonly<Record<string, SeverityOverride>>;
}

/**
 * Runs the catalogue over a head revision and, when given, its base: flow rules on both sides (to tell
 * new from existing and resolved), change rules on matched pairs. Returns the classified report.
 */
export function analyse(head: Revision, base: Revision | null, options: AnalyseOptions): Report {
  const { flowRules, changeRules } = enabledRules(options);
  const headFindings: Finding[] = [];
  const baseFindings: Finding[] = [];
  const analyses = new Map<Flow, FlowAnalysis>();
  const analysisOf = (f: Flow): FlowAnalysis => {
    let a = analyses.get(f);
    if (!a) analyses.set(f, (a = analyseFlow(f, { allowedHosts: options.rules.allowedHosts })));
    return a;
  };
  const run = (rule: Rule, flow: Flow, baseFlow: Flow | null): Finding[] =>
    runRule(
      rule,
      flow,
      analysisOf(flow),
      baseFlow ? { flow: baseFlow, analysis: analysisOf(baseFlow), nodes: matchNodes(baseFlow, flow) } : null,
      options.rules,
    );

  let changedFlows = 0;
  const inline = new InlineSuppressions();
  for (const pair of matchFlows(base?.flows ?? [], head.flows)) {
    if (pair.head && (!pair.base || flowChanged(pair.base, pair.head))) changedFlows++;
    // With a base revision, an inline suppression applies only when the base already had it (SPEC §4).
    if (pair.head) inline.add(pair.head, base ? pair.base : undefined);
    if (pair.head) for (const r of flowRules) headFindings.push(...run(r, pair.head, null));
    if (pair.base) for (const r of flowRules) baseFindings.push(...run(r, pair.base, null));
    if (pair.head && pair.base)
      for (const r of changeRules) headFindings.push(...run(r, pair.head, pair.base));
  }
  if (!options.disabled?.includes('FG001')) {
    for (const u of head.unreadable) headFindings.push(unreadableFinding(fg001, u));
    for (const u of base?.unreadable ?? []) baseFindings.push(unreadableFinding(fg001, u));
  }

  const overridden = (f: Finding[]) => applySeverityOverrides(supersede(f), options.severity);
  const report = classify(overridden(headFindings), base ? overridden(baseFindings) : null, {
    ...options,
    suppressions: { ...options.suppressions, inline },
    flows: head.flows.length,
    changedFlows: base ? changedFlows : head.flows.length,
    filesRead: head.filesRead + (base?.filesRead ?? 0),
  });
  locateAll(report.findings, head, base);
  report.findings.sort(compareFindings);
  withSuppressionNotes(report, inline, options);
  report.secretAccess = head.flows
    .map(secretAccessOf)
    .filter((a) => a !== null)
    .sort(compareAccess);
  return report;
}

/** Proposed inline suppressions and the warnings of every suppression source, onto the report. */
export function withSuppressionNotes(
  report: Report,
  inline: InlineSuppressions,
  options: AnalyseOptions,
): void {
  report.proposedSuppressions = inline.proposed;
  report.warnings = [...(options.suppressions?.config?.warnings ?? []), ...inline.warnings];
}

/** The rules a run checks, by scope (FG001 is not checked: readers report unreadable files). */
export function enabledRules(options: AnalyseOptions): { flowRules: Rule[]; changeRules: Rule[] } {
  const rules = RULES.filter((r) => r !== fg001 && !options.disabled?.includes(r.meta.id));
  return {
    flowRules: rules.filter((r) => r.meta.scope === 'flow'),
    changeRules: rules.filter((r) => r.meta.scope === 'change'),
  };
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
export function locateAll(
  findings: Finding[],
  head: Pick<Revision, 'sources'>,
  base: Pick<Revision, 'sources'> | null,
): void {
  const text = (rev: Pick<Revision, 'sources'> | null) => (file: string, entry: string | null) =>
    rev?.sources.get(sourceKey(file, entry))?.text;
  const headLocator = new Locator(text(head));
  const baseLocator = new Locator(text(base));
  for (const f of findings) {
    (f.status === 'resolved' ? baseLocator : headLocator).locate(f.location);
    if (f.baseLocation) baseLocator.locate(f.baseLocation);
    if (f.path) (f.status === 'resolved' ? baseLocator : headLocator).locatePath(f.path);
  }
}
