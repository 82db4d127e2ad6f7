import { matchNodes } from '../diff/match-nodes.js';
import type { Flow, FlowNode } from '../model/types.js';
import type { Finding } from './types.js';

/**
 * How the base revision names and places a head flow (SPEC §4): a config `ignore` entry must match a flow
 * the base already has as the base names it too, so a change cannot rename or move its way into one.
 */
export interface BaseNames {
  id: string | null;
  name: string;
  /** The base's file when the flow sits elsewhere in the head (a move), else null: the place is unchanged. */
  file: string | null;
  /** Head trigger/action name → the base's name for it (SPEC §4 matching, renames included); absent: new. */
  nodes: ReadonlyMap<string, string>;
}

/** The base counterpart of every head flow of a comparison, by the head flow's identity (`key`). */
export class BaseCounterparts {
  private readonly byKey = new Map<string, BaseNames | null>();

  /**
   * `base`: the matched base flow, null for a flow the change adds. `nodes`: the pair's node matching
   * (head name → base node), when the caller already has it.
   */
  add(head: Flow, base: Flow | null, nodes?: ReadonlyMap<string, FlowNode>): void {
    if (!base) {
      this.byKey.set(head.key, null);
      return;
    }
    const names = new Map<string, string>();
    for (const [headName, node] of nodes ?? matchNodes(base, head)) names.set(headName, node.name);
    this.byKey.set(head.key, {
      id: base.id,
      name: base.name,
      // The place is compared within each revision's tree (pathKey), so `diff OLD NEW` of two folders is no move.
      file: base.pathKey === head.pathKey ? null : base.source.file,
      nodes: names,
    });
  }

  /**
   * The base's names for a finding's flow; null when the base has no such flow — one the change adds, or a
   * file that could not be read (named only by its path, which is the same file on both sides).
   */
  of(f: Finding): BaseNames | null {
    return this.byKey.get(f.flow.key) ?? null;
  }
}
