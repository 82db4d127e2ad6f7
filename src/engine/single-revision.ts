import type { Finding, Report } from '../findings/types.js';
import { buildFlow, type ModelOptions } from '../model/build-flow.js';
import { ChildFlowLedger } from '../model/child-flow-ledger.js';
import { hasResponse } from '../model/child-flows.js';
import { distinctKey, flowWhere, sharedKeys } from '../model/flow-identity.js';
import type { Flow } from '../model/types.js';
import type { FlowSource, ReadResult, SourceFile, UnreadableFile } from '../sources/types.js';
import type { AnalyseOptions } from './analyse-options.js';
import { FlowChecker } from './flow-checker.js';
import { hasText, release, restore } from './released-source.js';
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

  /** Held callers whose text was released, by pathKey, once settle() found they must be checked again. */
  private readonly refills = new Map<string, Checked>();
  private settled = false;

  /**
   * `canReread`: the driver reads the files settle() names again and hands their flows to refill(), so
   * held callers need not keep their text.
   */
  constructor(
    private readonly options: AnalyseOptions,
    private readonly modelOptions: ModelOptions,
    private readonly canReread = false,
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
      // Held to be checked again at the end: without its parsed document unless it has findings anyway, and
      // without its text when the driver can read it again (a relay's answer may be needed to settle others).
      if (this.childFlows.note(flow, found.analysis!, checked))
        checked.src = kept ? src : release(src, !this.canReread || hasResponse(flow));
    }
  }

  /**
   * Once the reader is done: which child flows return secrets, and the held callers of such children
   * checked again. Returns the pathKeys of held callers whose text was released: the driver reads their
   * files again and hands their flows to refill().
   */
  settle(): Set<string> {
    if (this.settled) return new Set(this.refills.keys());
    this.settled = true;
    const rebuild = (c: Checked): Flow => (c.flow ??= buildFlow(restore(c.src!), this.modelOptions));
    const { allowedHosts } = this.options.rules;
    for (const c of this.childFlows.settle(rebuild, { allowedHosts })) {
      if (hasText(c.src!)) c.findings = this.checker.recheck(rebuild(c));
      else this.refills.set(c.src!.pathKey, c);
    }
    return new Set(this.refills.keys());
  }

  /** Flows read again for settle(): each held caller among them is checked again with its document. */
  refill(sources: FlowSource[]): void {
    for (const src of sources) {
      const c = this.refills.get(src.pathKey);
      if (!c) continue;
      this.refills.delete(src.pathKey);
      c.src = src;
      c.flow = buildFlow(src, this.modelOptions);
      c.findings = this.checker.recheck(c.flow);
    }
  }

  /** The report, once the reader is done (and the files settle() named were read again). */
  finish(read: ReadResult): Report {
    this.settle();
    // Never a silent pass: a held caller that could not be checked again is an error of the driver.
    if (this.refills.size > 0)
      throw new Error(
        `${this.refills.size} held flow(s) were not read again: ${[...this.refills.keys()][0]}`,
      );
    const slots = this.byOrder.filter((s) => s !== undefined);
    const checked = slots.flatMap((s) => s.checked);
    const shared = sharedKeys(checked.map((c) => c.key));
    const sources = new Map<string, SourceFile>();
    const headFindings: Finding[] = [];
    for (const c of checked) {
      // The same flow twice (unpacked and zipped): its identity gets the path, and its findings with it.
      // A held caller whose text was released has no findings and needs no lines: nothing to redo or locate.
      if (c.src && !hasText(c.src)) {
        headFindings.push(...c.findings);
        continue;
      }
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
