import { nodeLabel } from '../model/node-label.js';
import type { FlowNode } from '../model/types.js';

/** How messages name a node in one placeholder: `"Get secret" (Azure Key Vault GetSecret)`. */
export function describeNode(node: FlowNode): string {
  const { connector, operation } = nodeLabel(node);
  return `"${node.name}" (${connector} ${operation})`;
}
