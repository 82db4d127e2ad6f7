import { own, str } from '../json/json-path.js';
import { connectorDisplayName } from './secret-catalogue.js';
import type { FlowNode } from './types.js';

/** Built-in action types → the designer's group name, so messages read `"Compose" (Data Operation Compose)`. */
const BUILT_IN_GROUPS: Record<string, string> = {
  compose: 'Data Operation',
  parsejson: 'Data Operation',
  select: 'Data Operation',
  query: 'Data Operation',
  join: 'Data Operation',
  table: 'Data Operation',
  initializevariable: 'Variables',
  setvariable: 'Variables',
  appendtoarrayvariable: 'Variables',
  appendtostringvariable: 'Variables',
  incrementvariable: 'Variables',
  decrementvariable: 'Variables',
  foreach: 'Control',
  until: 'Control',
  if: 'Control',
  switch: 'Control',
  scope: 'Control',
  terminate: 'Control',
  response: 'Request',
  request: 'Request',
  workflow: 'Flows',
};

/**
 * The connector and operation of a trigger/action as messages name them (SPEC §5 "Messages name the
 * action, the connector and the operation"): `Azure Key Vault` + `GetSecret`, `HTTP` + `POST`,
 * `Data Operation` + `Compose`.
 */
export function nodeLabel(node: FlowNode): { connector: string; operation: string } {
  const op = node.operation;
  if (op) {
    // The query and fragment are left out: `?sig=…`/`?code=…` carry keys (FG150), and messages never
    // re-publish a credential (SPEC §5). The path alone names the operation.
    const path = withoutQuery(op.path ?? '');
    const operation = op.operationId ?? (`${(op.method ?? '').toUpperCase()} ${path}`.trim() || node.type);
    return { connector: connectorDisplayName(op.connector), operation };
  }
  const type = node.type.toLowerCase();
  if (type === 'workflow') return { connector: 'Flows', operation: 'Run a child flow' };
  if (type === 'http' || type === 'httpwebhook') {
    const inputs = own(node.raw, 'inputs');
    const method = str(own(type === 'http' ? inputs : own(inputs, 'subscribe'), 'method'));
    return { connector: 'HTTP', operation: method ? method.toUpperCase() : node.type };
  }
  const group = Object.prototype.hasOwnProperty.call(BUILT_IN_GROUPS, type)
    ? BUILT_IN_GROUPS[type]
    : 'Built-in';
  return { connector: group, operation: node.type || 'action' };
}

/** `/files?sig=…` → `/files`; a `?` inside an `@{…}` interpolation (`body('x')?['id']`) is not a query. */
function withoutQuery(path: string): string {
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (c === '{' && (depth > 0 || path[i - 1] === '@')) depth++;
    else if (c === '}' && depth > 0) depth--;
    else if ((c === '?' || c === '#') && depth === 0) return path.slice(0, i);
  }
  return path;
}
