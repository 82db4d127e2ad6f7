import { matchNodes } from '../diff/match-nodes.js';
import { own } from '../json/json-path.js';
import type { Flow, FlowNode } from '../model/types.js';
import { RULES } from '../rules/index.js';
import type { InlineIgnore, ProposedSuppression } from './suppression-types.js';
import type { Finding } from './types.js';

/** `flowguard-ignore FG110: reason`, one per line of a description (the designer's "Notes"). */
const INLINE = /flowguard-ignore\b[ \t]*([A-Za-z]{2}\d{3})?[ \t]*(:?)[ \t]*([^\r\n]*)/gi;
const REASON_MAX = 500;

const NO_IGNORES = Object.freeze({ ignores: Object.freeze([]), problems: Object.freeze([]) });

/** The inline suppressions of one trigger or action, and what was malformed about the others. */
export function inlineIgnoresOf(node: FlowNode): {
  ignores: readonly InlineIgnore[];
  problems: readonly string[];
} {
  const description = own(node.raw, 'description');
  // Most nodes have none: one shared answer instead of two arrays and an object per node.
  if (typeof description !== 'string' || !/flowguard-ignore/i.test(description)) return NO_IGNORES;
  const ignores: InlineIgnore[] = [];
  const problems: string[] = [];
  for (const m of description.matchAll(INLINE)) {
    const id = RULES.find((r) => r.meta.id.toLowerCase() === (m[1] ?? '').toLowerCase())?.meta.id;
    const reason = m[3].trim().slice(0, REASON_MAX);
    if (!id) problems.push(`"${m[0].trim().slice(0, 80)}" names no known rule id`);
    else if (!m[2] || !reason)
      problems.push(`flowguard-ignore ${id} has no reason (write "flowguard-ignore ${id}: why")`);
    else ignores.push({ rule: id, reason });
  }
  return { ignores, problems };
}

function key(file: string, entry: string | null, action: string): string {
  return `${file}\u0000${entry ?? ''}\u0000${action}`;
}

/**
 * Inline suppressions of the head flows, by file and action. With a base revision (PR mode, `diff`) only
 * those the base already had for the same flow and action apply — a change cannot wave through its own
 * findings — and the others are returned as proposed, for the reviewer to see.
 */
export class InlineSuppressions {
  private readonly applied = new Map<string, readonly InlineIgnore[]>();
  readonly proposed: ProposedSuppression[] = [];
  readonly warnings: string[] = [];

  /**
   * `base`: the matched base flow, null for a flow the change adds; `undefined` when there is no base revision.
   * `nodes`: the pair's node matching, when the caller already has it.
   */
  add(flow: Flow, base: Flow | null | undefined, nodes?: ReadonlyMap<string, FlowNode>): void {
    let baseNodes: ReadonlyMap<string, FlowNode> | null = nodes ?? null;
    for (const node of flow.nodes) {
      const { ignores, problems } = inlineIgnoresOf(node);
      for (const p of problems)
        this.warnings.push(
          `${flow.source.file}: flow "${flow.name}", ${node.kind} "${node.name}": ${p}; not applied.`,
        );
      if (ignores.length === 0) continue;
      let usable: readonly InlineIgnore[] = ignores;
      if (base !== undefined) {
        baseNodes ??= base ? matchNodes(base, flow) : new Map();
        const before = baseNodes.get(node.name);
        const approved = before ? inlineIgnoresOf(before).ignores : [];
        const reviewedIgnores: InlineIgnore[] = [];
        usable = reviewedIgnores;
        for (const i of ignores) {
          const reviewed = approved.find((a) => a.rule === i.rule);
          // The reason that applies is the one the base carried: that is the text a reviewer accepted.
          if (reviewed) reviewedIgnores.push(reviewed);
          else
            this.proposed.push({
              rule: i.rule,
              reason: i.reason,
              flow: flow.name,
              action: node.name,
              file: flow.source.file,
            });
        }
      }
      if (usable.length > 0) this.applied.set(key(flow.source.file, flow.source.entry, node.name), usable);
    }
  }

  /** The inline suppression that applies to a finding on a trigger or action, if any. */
  lookup(f: Finding): InlineIgnore | undefined {
    if (f.action === null) return undefined;
    return this.applied
      .get(key(f.location.file, f.location.entry, f.action))
      ?.find((i) => i.rule === f.ruleId);
  }
}
