import type { Finding, Report } from '../findings/types.js';
import { buildFlow, type ModelOptions } from '../model/build-flow.js';
import { ChildFlowLedger } from '../model/child-flow-ledger.js';
import { distinctKey, flowWhere, sharedKeys } from '../model/flow-identity.js';
import type { Flow } from '../model/types.js';
import type { FlowSource, ReadResult, SourceFile, UnreadableFile } from '../sources/types.js';
import type { AnalyseOptions } from './analyse-options.js';
import { FlowChecker } from './flow-checker.js';
import { release, restore } from './released-source.js';
import { finishReport, sourceKey } from './finish-report.js';

/** What is kept of a checked flow: its identity always, its source and model only when it has findings. */
export interface Checked {
  key: string;
  findings: Finding[];
  src: FlowSource | null;
  /** The model, when built in this thread (a worker's flows come as sources, and are rebuilt if needed). */
  flow?: Flow | null;
}

/** The flows of one reader candidate: checked, and the ones that could not be modelled (FG001). */
export interface CandidateResult {
  checked: Checked[];
  unmodelled: UnreadableFile[];
}

/**
 * The tree-scan driver, one file at a time: each flow is modelled and checked as soon as its file is
 * read, and only flows with findings are kept (their text gives the findings' lines). Memory then grows
 * with the findings, not with the repository, and the garbage collector never walks thousands of parsed
 * definitions. It drives the same FlowChecker and report tail as `analyse` (the revision driver), so the
 * report is the one `analyse(buildRevision(read), null, options)` gives for the same read.
 */
export class SingleRevisionAnalysis {
  private readonly checker: FlowChecker;
  /** Per reader candidate (sparse, in tree order). */
  private readonly byOrder: CandidateResult[] = [];
  /** Child flows that return secrets, learnt as flows are read; callers read before their child are held. */
  private readonly childFlows = new ChildFlowLedger<Checked>();

  constructor(
    private readonly options: AnalyseOptions,
    private readonly modelOptions: ModelOptions,
  ) {
    this.checker = new FlowChecker(options, modelOptions);
    this.checker.useChildren(this.childFlows.children);
  }

  /** The flows of one file (`order`: its place among the reader's candidates). */
  add(sources: FlowSource[], order: number): void {
    const slot: CandidateResult = { checked: [], unmodelled: [] };
    this.byOrder[order] = slot;
    for (const src of sources) {
      const flow = this.checker.build(src);
      if ('unreadable' in flow) {
        slot.unmodelled.push(flow.unreadable);
        continue;
      }
      // Inline suppressions are keyed by file and action: unaffected by the renaming in finish().
      const found = this.checker.check(flow, undefined);
      const kept = found.head.length > 0;
      const checked: Checked = {
        key: flow.key,
        findings: found.head,
        src: kept ? src : null,
        flow: kept ? flow : null,
      };
      slot.checked.push(checked);
      // Held to be checked again in finish(), without its parsed document unless it has findings anyway.
      if (this.childFlows.note(flow, found.analysis!, checked)) checked.src = kept ? src : release(src);
    }
  }

  /** The report, once the reader is done. */
  finish(read: ReadResult): Report {
    const rebuild = (c: Checked): Flow => (c.flow ??= buildFlow(restore(c.src!), this.modelOptions));
    const { allowedHosts } = this.options.rules;
    for (const c of this.childFlows.settle(rebuild, { allowedHosts }))
      c.findings = this.checker.recheck(rebuild(c));
    const slots = this.byOrder.filter((s) => s !== undefined);
    const checked = slots.flatMap((s) => s.checked);
    const shared = sharedKeys(checked.map((c) => c.key));
    const sources = new Map<string, SourceFile>();
    const headFindings: Finding[] = [];
    for (const c of checked) {
      // The same flow twice (unpacked and zipped): its identity gets the path, and its findings with it.
      if (shared.has(c.key) && c.src) {
        const flow = c.flow ?? buildFlow(restore(c.src), this.modelOptions);
        flow.key = distinctKey(c.key, flowWhere(flow));
        c.findings = this.checker.recheck(flow);
      }
      if (c.src) sources.set(sourceKey(c.src.source.file, c.src.source.entry), c.src.source);
      headFindings.push(...c.findings);
    }
    headFindings.push(
      ...this.checker.unreadable([...read.unreadable, ...slots.flatMap((s) => s.unmodelled)]),
    );
    // Identities of flows present twice get their path, as their findings did above.
    const access = this.checker.access.map(({ access, where }) =>
      shared.has(access.flowKey) ? { ...access, flowKey: distinctKey(access.flowKey, where) } : access,
    );
    return finishReport(
      {
        head: headFindings,
        base: null,
        inline: this.checker.inline,
        access,
        counts: { flows: checked.length, changedFlows: checked.length, filesRead: read.filesRead },
        sources: { head: sources, base: null },
      },
      this.options,
    );
  }
}
