import { matchNodes } from '../diff/match-nodes.js';
import { runRule, unreadableFinding } from '../findings/finding-builder.js';
import { BaseCounterparts } from '../findings/base-counterparts.js';
import { InlineSuppressions } from '../findings/inline-suppressions.js';
import type { Finding } from '../findings/types.js';
import { analyseFlow } from '../model/analyse-flow.js';
import { buildFlow, ModelError, type ModelOptions } from '../model/build-flow.js';
import type { SecretChildren } from '../model/child-flow-calls.js';
import type { FlowAnalysis } from '../model/flow-analysis.js';
import { flowWhere } from '../model/flow-identity.js';
import { secretAccessOf, type FlowSecretAccess } from '../model/secret-access.js';
import type { Flow, FlowNode } from '../model/types.js';
import type { FlowSource, UnreadableFile } from '../sources/types.js';
import { fg001 } from '../rules/fg001-unreadable-flow.js';
import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { AnalyseOptions } from './analyse-options.js';

/** The findings a head flow and its matched base flow give. */
export interface PairFindings {
  head: Finding[];
  base: Finding[];
  /** The head flow's analysis (the streamed scan's child-flow ledger reads it). */
  analysis: FlowAnalysis | null;
}

/** A flow source whose definition cannot be modelled: reported as FG001. */
export interface Unmodelled {
  unreadable: UnreadableFile;
}

/** The model of a flow source, or why it has none. */
export function modelFlow(src: FlowSource, options: ModelOptions): Flow | Unmodelled {
  try {
    return buildFlow(src, options);
  } catch (err) {
    if (!(err instanceof ModelError)) throw err;
    const { file, entry } = src.source;
    return { unreadable: { file, entry, reason: `not a usable flow definition: ${err.message}` } };
  }
}

/**
 * The per-flow part of every run, shared by the tree scan and the revision diff: a flow source becomes a
 * model (or an FG001 when it cannot be modelled), the model is analysed once, the flow rules run on each
 * side and the change rules on the pair; the head flow's inline suppressions and secret access are noted.
 */
export class FlowChecker {
  readonly inline = new InlineSuppressions();
  /** In a comparison, how the base names and places each head flow (config `ignore` entries must match it). */
  readonly counterparts = new BaseCounterparts();
  /** Secret sources and enumerations of the head flows checked, in the order checked, with where each flow sits. */
  readonly access: Array<{ access: FlowSecretAccess; where: string }> = [];
  private readonly flowRules: Rule[];
  private readonly changeRules: Rule[];
  /** Per side, the child flows that return secrets: calls to them are taint sources (SPEC §2 "Child flows"). */
  private children: { head: SecretChildren; base: SecretChildren } = { head: new Map(), base: new Map() };

  constructor(
    private readonly options: AnalyseOptions,
    private readonly modelOptions: ModelOptions = {},
  ) {
    // FG001 is not checked on a model: files that cannot be read or modelled are reported by unreadable().
    const rules = RULES.filter((r) => r !== fg001 && !options.disabled?.includes(r.meta.id));
    this.flowRules = rules.filter((r) => r.meta.scope === 'flow');
    this.changeRules = rules.filter((r) => r.meta.scope === 'change');
  }

  /** The child flows that return secrets in each revision (the streamed scan passes its live ledger). */
  useChildren(head: SecretChildren, base: SecretChildren = head): void {
    this.children = { head, base };
  }

  /** The model of a flow source; a definition that cannot be modelled is an unreadable file (FG001). */
  build(src: FlowSource): Flow | Unmodelled {
    return modelFlow(src, this.modelOptions);
  }

  /**
   * A head flow and the base flow it is matched with: the flow rules on each, the change rules on the
   * pair. `base` is `undefined` without a base revision and null for a flow the change adds: with a base
   * revision, an inline suppression applies only when the base already had it (SPEC §4).
   */
  check(head: Flow | null, base: Flow | null | undefined): PairFindings {
    const headAnalysis = head ? this.analyse(head, this.children.head) : null;
    const baseAnalysis = base ? this.analyse(base, this.children.base) : null;
    const out: PairFindings = { head: [], base: [], analysis: headAnalysis };
    // The matched pair: the change rules need it, and the flow rules on the head see the base's place (FG141).
    const pair = head && base ? { flow: base, analysis: baseAnalysis!, nodes: matchNodes(base, head) } : null;
    if (head) {
      this.inline.add(head, base, pair?.nodes);
      if (base !== undefined) this.counterparts.add(head, base, pair?.nodes);
      const access = secretAccessOf(head);
      if (access) this.access.push({ access, where: flowWhere(head) });
      out.head = this.run(this.flowRules, head, headAnalysis!, pair);
    }
    if (base) out.base = this.run(this.flowRules, base, baseAnalysis!, null);
    if (head && pair) out.head.push(...this.run(this.changeRules, head, headAnalysis!, pair));
    return out;
  }

  /** The flow rules again, on a flow whose identity changed after check() (a duplicate, see flow-identity.ts). */
  recheck(flow: Flow): Finding[] {
    return this.run(this.flowRules, flow, this.analyse(flow, this.children.head), null);
  }

  /** FG001 for each file that could not be read or modelled; none when FG001 is switched off. */
  unreadable(files: readonly UnreadableFile[]): Finding[] {
    if (this.options.disabled?.includes('FG001')) return [];
    return files.map((u) => unreadableFinding(fg001, u));
  }

  private analyse(flow: Flow, secretChildren: SecretChildren): FlowAnalysis {
    return analyseFlow(flow, { allowedHosts: this.options.rules.allowedHosts, secretChildren });
  }

  private run(
    rules: readonly Rule[],
    flow: Flow,
    analysis: FlowAnalysis,
    base: { flow: Flow; analysis: FlowAnalysis; nodes: Map<string, FlowNode> } | null,
  ): Finding[] {
    const out: Finding[] = [];
    for (const r of rules) out.push(...runRule(r, flow, analysis, base, this.options.rules));
    return out;
  }
}
