import type { FlowNode, SecureData } from '../model/types.js';

/** Head triggers/actions whose matched base node protected `kind` (secure inputs or outputs) and no longer does. */
export function secureDataRemoved(
  nodes: readonly FlowNode[],
  baseNodeOf: (node: FlowNode) => FlowNode | null,
  kind: keyof SecureData,
): Array<{ node: FlowNode; before: FlowNode }> {
  const out: Array<{ node: FlowNode; before: FlowNode }> = [];
  for (const node of nodes) {
    const before = baseNodeOf(node);
    if (before && before.secure[kind] && !node.secure[kind]) out.push({ node, before });
  }
  return out;
}
