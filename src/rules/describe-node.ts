import { connectorDisplayName } from '../model/secret-catalogue.js';
import type { FlowNode } from '../model/types.js';

/** How every message names a node: `"Get secret" (Azure Key Vault GetSecret)`. */
export function describeNode(node: FlowNode): string {
  const op = node.operation;
  const what = op
    ? `${connectorDisplayName(op.connector)} ${op.operationId ?? op.method?.toUpperCase() ?? ''}`.trim()
    : node.type;
  return `"${node.name}" (${what || node.kind})`;
}
