import type { AnalysisOptions } from './analyse-flow.js';
import { callKeys, keysOf, type ReturnedSecret, type SecretChildren } from './child-flow-calls.js';
import { closeOver, hasResponse, returnedSecret } from './child-flows.js';
import type { FlowAnalysis } from './flow-analysis.js';
import type { Flow } from './types.js';

/**
 * Child flows in a streamed scan (SPEC §2 "Child flows"), where each flow is checked as soon as its file is
 * read and then dropped. The ledger learns which flows return secrets as they are checked, so a caller read
 * after its child is right at once. A caller read before its child — one that calls a flow not read yet, or
 * one whose answer depends on flows not read yet — is held (its `item`) and checked again at the end if
 * that child turns out to return a secret. Nothing else is held: a flow without a `Workflow` action, or
 * whose callees are all settled, is never kept for this.
 */
export class ChildFlowLedger<T> {
  private readonly known = new Map<string, ReturnedSecret>();
  /** Keys of flows read that cannot return a secret whatever is read later. */
  private readonly settled = new Set<string>();
  private readonly waiting: Array<{ targets: string[]; relay: boolean; item: T }> = [];

  /** The flows known so far to return secrets: the analysis of the next flow read uses them. */
  get children(): SecretChildren {
    return this.known;
  }

  /**
   * Notes a flow just checked with `analysis` (built with `children`). True when `item` is held: the flow
   * calls a flow that is not settled yet, so its findings may change once that one is read.
   */
  note(flow: Flow, analysis: FlowAnalysis, item: T): boolean {
    const targets = callKeys(flow);
    const open = targets.filter((t) => !this.known.has(t) && !this.settled.has(t));
    const response = hasResponse(flow);
    const returned = response ? returnedSecret(flow, analysis) : null;
    if (returned) {
      for (const k of keysOf(flow)) if (!this.known.has(k)) this.known.set(k, returned);
    } else if (!response || open.length === 0) {
      for (const k of keysOf(flow)) this.settled.add(k);
    }
    if (open.length === 0) return false;
    this.waiting.push({ targets: open, relay: response && !returned, item });
    return true;
  }

  /**
   * Once every flow is read: completes `children` (held flows that return what a child returned, to a fixed
   * point) and answers the held items whose flows call a child that returns a secret — to be checked again.
   */
  settle(flowOf: (item: T) => Flow, options: AnalysisOptions): T[] {
    const relays = this.waiting
      .filter((w) => w.relay)
      .map((w) => {
        let flow: Flow | undefined;
        return { targets: w.targets, flow: () => (flow ??= flowOf(w.item)) };
      });
    closeOver(relays, this.known, options);
    return this.waiting.filter((w) => w.targets.some((t) => this.known.has(t))).map((w) => w.item);
  }
}
