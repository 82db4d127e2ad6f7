import { classify, compareFindings } from '../findings/classify.js';
import { runRule, unreadableFinding } from '../findings/finding-builder.js';
import type { Finding, Report } from '../findings/types.js';
import { analyseFlow } from '../model/analyse-flow.js';
import { buildFlow, ModelError, type ModelOptions } from '../model/build-flow.js';
import { compareAccess, secretAccessOf, type FlowSecretAccess } from '../model/secret-access.js';
import type { Flow } from '../model/types.js';
import type { FlowSource, ReadResult, SourceFile, UnreadableFile } from '../sources/types.js';
import { fg001 } from '../rules/fg001-unreadable-flow.js';
import { InlineSuppressions } from '../findings/inline-suppressions.js';
import { applySeverityOverrides } from '../findings/severity-overrides.js';
import { enabledRules, locateAll, supersede, withSuppressionNotes, type AnalyseOptions } from './analyse.js';
import { sourceKey } from './revision.js';

/** What is kept of a checked flow: its identity always, its source and model only when it has findings. */
export interface Checked {
  key: string;
  /** The flow's pathKey, appended to the key when two flows share it (see revision.ts). */
  where: string;
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
 * A scan without a base, one file at a time: each flow is modelled and checked as soon as its file is
 * read, and only flows with findings are kept (their text gives the findings' lines). Memory then grows
 * with the findings, not with the repository, and the garbage collector never walks thousands of parsed
 * definitions. The report is the one `analyse(buildRevision(read), null, options)` gives for the same read:
 * the same order, the same disambiguated identities, the same FG001s.
 */
export class SingleRevisionAnalysis {
  private readonly flowRules;
  /** Per reader candidate (sparse, in tree order). */
  private readonly byOrder: CandidateResult[] = [];
  private readonly access: Array<{ access: FlowSecretAccess; where: string }> = [];
  private readonly inline = new InlineSuppressions();

  constructor(
    private readonly options: AnalyseOptions,
    private readonly modelOptions: ModelOptions,
  ) {
    this.flowRules = enabledRules(options).flowRules;
  }

  /** The flows of one file (`order`: its place among the reader's candidates). */
  add(sources: FlowSource[], order: number): void {
    const slot: CandidateResult = { checked: [], unmodelled: [] };
    this.byOrder[order] = slot;
    for (const src of sources) {
      let flow: Flow;
      try {
        flow = buildFlow(src, this.modelOptions);
      } catch (err) {
        if (!(err instanceof ModelError)) throw err;
        const { file, entry } = src.source;
        slot.unmodelled.push({ file, entry, reason: `not a usable flow definition: ${err.message}` });
        continue;
      }
      this.inline.add(flow, undefined); // keyed by file and action: unaffected by the disambiguation below
      const access = secretAccessOf(flow);
      if (access) this.access.push({ access, where: flow.pathKey });
      const findings = this.check(flow);
      const kept = findings.length > 0;
      slot.checked.push({
        key: flow.key,
        where: flow.pathKey,
        findings,
        src: kept ? src : null,
        flow: kept ? flow : null,
      });
    }
  }

  /** The report, once the reader is done. */
  finish(read: ReadResult): Report {
    const slots = this.byOrder.filter((s) => s !== undefined);
    const checked = slots.flatMap((s) => s.checked);
    const count = new Map<string, number>();
    for (const c of checked) count.set(c.key, (count.get(c.key) ?? 0) + 1);
    const sources = new Map<string, SourceFile>();
    const headFindings: Finding[] = [];
    for (const c of checked) {
      // The same flow twice (unpacked and zipped): its identity gets the path, and its findings with it.
      if ((count.get(c.key) ?? 0) > 1 && c.src) {
        const flow = c.flow ?? buildFlow(c.src, this.modelOptions);
        flow.key = `${c.key}@${c.where}`;
        c.findings = this.check(flow);
      }
      if (c.src) sources.set(sourceKey(c.src.source.file, c.src.source.entry), c.src.source);
      headFindings.push(...c.findings);
    }
    if (!this.options.disabled?.includes('FG001')) {
      for (const u of [...read.unreadable, ...slots.flatMap((s) => s.unmodelled)]) {
        headFindings.push(unreadableFinding(fg001, u));
      }
    }
    const report = classify(applySeverityOverrides(supersede(headFindings), this.options.severity), null, {
      ...this.options,
      suppressions: { ...this.options.suppressions, inline: this.inline },
      flows: checked.length,
      changedFlows: checked.length,
      filesRead: read.filesRead,
    });
    locateAll(report.findings, { sources }, null);
    report.findings.sort(compareFindings);
    withSuppressionNotes(report, this.inline, this.options);
    // Identities of flows present twice get their path, as their findings did above.
    report.secretAccess = this.access.map(({ access, where }) =>
      (count.get(access.flowKey) ?? 0) > 1 ? { ...access, flowKey: `${access.flowKey}@${where}` } : access,
    );
    report.secretAccess.sort(compareAccess);
    return report;
  }

  private check(flow: Flow): Finding[] {
    const analysis = analyseFlow(flow, { allowedHosts: this.options.rules.allowedHosts });
    return this.flowRules.flatMap((r) => runRule(r, flow, analysis, null, this.options.rules));
  }
}
