import { jsonText } from '../model/json-value.js';
import type { Flow, FlowNode } from '../model/types.js';

/**
 * Matches the triggers and actions of a base and head flow (SPEC §4): by name; an action renamed in the
 * same change is matched by its unchanged definition (everything but `runAfter`, which a rename edits in
 * its neighbours). Returns head name → base node.
 */
export function matchNodes(base: Flow, head: Flow): Map<string, FlowNode> {
  const out = new Map<string, FlowNode>();
  const unmatchedBase = new Map<string, FlowNode[]>();
  for (const b of base.nodes) {
    const h = head.byName.get(b.name);
    if (h && h.kind === b.kind) out.set(h.name, b);
    else if (b.kind === 'action') {
      const sig = signature(b);
      unmatchedBase.set(sig, [...(unmatchedBase.get(sig) ?? []), b]);
    }
  }
  for (const h of head.nodes) {
    if (out.has(h.name) || h.kind !== 'action' || base.byName.has(h.name)) continue;
    const candidates = unmatchedBase.get(signature(h));
    // Only an unambiguous twin counts as a rename.
    if (candidates && candidates.length === 1) {
      out.set(h.name, candidates[0]);
      unmatchedBase.delete(signature(h));
    }
  }
  return out;
}

function signature(n: FlowNode): string {
  // Null prototype: a flow-controlled `__proto__` key becomes an own property, not the object's prototype.
  const rest: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(n.raw)) if (k !== 'runAfter' && k !== 'metadata') rest[k] = v;
  // jsonText, not JSON.stringify: inputs nested thousands deep would overflow the native recursion.
  return `${n.type}\u0000${jsonText(rest)}`;
}
