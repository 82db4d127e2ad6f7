import { matchFlows } from '../diff/match-flows.js';
import type { Finding, Report } from '../findings/types.js';
import { flowChanged } from '../diff/definition-change.js';
import { secretChildrenOf } from '../model/child-flows.js';
import type { AnalyseOptions } from './analyse-options.js';
import { FlowChecker } from './flow-checker.js';
import { finishReport } from './finish-report.js';
import type { Revision } from './revision.js';

export type { AnalyseOptions };

/**
 * The revision driver: runs the catalogue over a head revision and, when given, its base — flow rules on
 * both sides (to tell new from existing and resolved), change rules on matched pairs — and returns the
 * classified report. The tree scan (single-revision.ts) drives the same FlowChecker and report tail.
 */
export function analyse(head: Revision, base: Revision | null, options: AnalyseOptions): Report {
  const checker = new FlowChecker(options);
  // Child flows that return secrets make their callers' calls taint sources, within each revision.
  const { allowedHosts } = options.rules;
  checker.useChildren(
    secretChildrenOf(head.flows, { allowedHosts }),
    base ? secretChildrenOf(base.flows, { allowedHosts }) : undefined,
  );
  const headFindings: Finding[] = [];
  const baseFindings: Finding[] = [];
  let changedFlows = 0;
  for (const pair of matchFlows(base?.flows ?? [], head.flows)) {
    if (pair.head && (!pair.base || flowChanged(pair.base, pair.head))) changedFlows++;
    const found = checker.check(pair.head, base ? pair.base : undefined);
    headFindings.push(...found.head);
    baseFindings.push(...found.base);
  }
  headFindings.push(...checker.unreadable(head.unreadable));
  baseFindings.push(...checker.unreadable(base?.unreadable ?? []));
  return finishReport(
    {
      head: headFindings,
      base: base ? baseFindings : null,
      inline: checker.inline,
      counterparts: checker.counterparts,
      access: checker.access.map((a) => a.access),
      counts: {
        flows: head.flows.length,
        changedFlows: base ? changedFlows : head.flows.length,
        filesRead: head.filesRead + (base?.filesRead ?? 0),
      },
      sources: { head: head.sources, base: base?.sources ?? null },
    },
    options,
  );
}
