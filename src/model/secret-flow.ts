import { outputSites, trackedSites } from './evaluated-sites.js';
import { callKey, type SecretChildren } from './child-flow-calls.js';
import type { DataFlow, RefSite, Vertex } from './data-flow.js';
import type { SecretOutputUse, SecretUse } from './flow-analysis.js';
import type { JsonPath } from '../json/json-path.js';
import { credentialSlot, sinkOf } from './sinks.js';
import type { FlowNode } from './types.js';

/**
 * How a vertex's value derives from one secret source: the fewest hops, and the path as a linked list
 * (a chain of thousands of variables must not cost a copied array per vertex).
 */
interface Taint {
  hops: number;
  /** The action the data passed last, or null (a Select's item). */
  name: string | null;
  prev: Taint | null;
}

/**
 * Longest `via` a SecretUse carries: the source and the last intermediates. Real flows have a handful of
 * hops; the bound keeps a hostile chain of thousands of variables from making every use that long.
 */
export const MAX_VIA = 32;

/** The names from the source to the last intermediate, e.g. `['Get_secret', 'Compose']`. */
function viaOf(source: string, t: Taint): string[] {
  const names: string[] = [];
  for (let cur: Taint | null = t; cur && cur.prev && names.length < MAX_VIA - 1; cur = cur.prev) {
    if (cur.name !== null) names.push(cur.name);
  }
  return [source, ...names.reverse()];
}

/**
 * Secret taint over a DataFlow (SPEC §2 "Secret flow"). For each secret source (and call of a child flow
 * that returns a secret), a 0-1 breadth-first
 * search over the reversed dependency edges gives every vertex that derives from it with the fewest hops
 * (+1 per variable or data-shaping action, 0 through a loop's item). Each vertex is settled once per
 * source, so cycles terminate and the cost is O(sources × edges).
 */
export class SecretFlow {
  /** vertex → source name → taint. */
  private readonly taint = new Map<Vertex, Map<string, Taint>>();
  private readonly useCache = new Map<FlowNode, SecretUse[]>();

  constructor(
    private readonly df: DataFlow,
    private readonly allowedHosts: readonly string[],
    children: SecretChildren = new Map(),
  ) {
    const reverse = new Map<Vertex, Array<{ from: Vertex; weight: 0 | 1; via: string | null }>>();
    for (const v of df.vertices()) {
      for (const e of df.deps(v)) {
        const list = reverse.get(e.to);
        const edge = { from: v, weight: e.weight, via: e.via };
        if (list) list.push(edge);
        else reverse.set(e.to, [edge]);
      }
    }
    for (const node of df.flow.nodes) {
      // A call of a child flow that returns a secret is a source too (SPEC §2 "Child flows").
      if (node.secretSource || (children.size > 0 && children.has(callKey(df.flow, node) ?? ''))) {
        this.spread(node.name, reverse);
      }
    }
  }

  private spread(
    source: string,
    reverse: Map<Vertex, Array<{ from: Vertex; weight: 0 | 1; via: string | null }>>,
  ): void {
    const best = new Map<Vertex, Taint>();
    // Deque for 0-1 BFS: weight-0 edges go to the front, weight-1 edges to the back.
    const deque: Array<[Vertex, Taint]> = [[`n:${source}`, { hops: 0, name: source, prev: null }]];
    let head = 0;
    const front: Array<[Vertex, Taint]> = [];
    while (front.length > 0 || head < deque.length) {
      const [v, t] = front.length > 0 ? front.pop()! : deque[head++];
      const known = best.get(v);
      if (known && known.hops <= t.hops) continue;
      best.set(v, t);
      for (const e of reverse.get(v) ?? []) {
        const next: Taint = { hops: t.hops + e.weight, name: e.via, prev: t };
        const seen = best.get(e.from);
        if (seen && seen.hops <= next.hops) continue;
        if (e.weight === 0) front.push([e.from, next]);
        else deque.push([e.from, next]);
      }
    }
    for (const [v, t] of best) {
      let m = this.taint.get(v);
      if (!m) this.taint.set(v, (m = new Map()));
      m.set(source, t);
    }
  }

  /** Names of triggers/actions whose outputs are secret-derived (sources included). */
  derivedNodes(): Set<string> {
    const out = new Set<string>();
    for (const v of this.taint.keys()) if (v.startsWith('n:')) out.add(v.slice(2));
    return out;
  }

  private usesAt(
    node: FlowNode | null,
    sites: RefSite[],
  ): Map<string, { path: JsonPath; source: string; t: Taint }> {
    const best = new Map<string, { path: JsonPath; source: string; t: Taint }>();
    for (const site of sites) {
      for (const v of this.df.resolve(node, site.ref, site.path)) {
        for (const [source, t] of this.taint.get(v) ?? []) {
          // One use per value path and source: the fewest hops wins.
          const key = `${site.path.join('\u0000')}\u0001${source}`;
          const seen = best.get(key);
          if (!seen || t.hops < seen.t.hops) best.set(key, { path: site.path, source, t });
        }
      }
    }
    return best;
  }

  /** Secret-derived values in a node's evaluated values (inputs, foreach, expression). */
  uses(node: FlowNode): SecretUse[] {
    let uses = this.useCache.get(node);
    if (uses) return uses;
    uses = [];
    for (const { path, source, t } of this.usesAt(node, this.df.refSites(node)).values()) {
      const credential = credentialSlot(node, path);
      uses.push({
        node,
        path,
        slot: credential ? 'credential' : 'data',
        sink: credential ? null : sinkOf(node, path, this.allowedHosts),
        hops: t.hops,
        via: viaOf(source, t),
        source,
      });
    }
    this.useCache.set(node, uses);
    return uses;
  }

  /**
   * Secret-derived values in a node's `trackedProperties` (SPEC §2): data, never a credential slot and never
   * a sink of its own; every hop count counts, since secure inputs/outputs do not hide tracked properties.
   */
  trackedUses(node: FlowNode): SecretUse[] {
    const uses: SecretUse[] = [];
    for (const { path, source, t } of this.usesAt(node, trackedSites(this.df, node)).values()) {
      uses.push({ node, path, slot: 'data', sink: null, hops: t.hops, via: viaOf(source, t), source });
    }
    return uses;
  }

  /** Secret-derived values in the workflow's `outputs`; only trigger/action/variable reads resolve there. */
  outputUses(): SecretOutputUse[] {
    const out: SecretOutputUse[] = [];
    for (const { path, source, t } of this.usesAt(null, outputSites(this.df)).values()) {
      out.push({ path, source, hops: t.hops, via: viaOf(source, t) });
    }
    return out;
  }
}
