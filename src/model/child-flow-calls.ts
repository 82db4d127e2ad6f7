import { own, str } from '../json/json-path.js';
import type { Flow, FlowNode } from './types.js';

/**
 * Which flow a `Workflow` action ("Run a Child Flow", Logic Apps "Invoke a workflow") calls, and the keys a
 * flow can be called by (SPEC §2 "Child flows"). child-flows.ts finds the children that return secrets.
 */

/** Where a caller's secret comes from: the child flow, its Response and the secret source behind it. */
export interface ReturnedSecret {
  flow: string;
  response: string;
  source: string;
}

/** Child flows that return secrets, by call key (see callKey / keysOf). */
export type SecretChildren = ReadonlyMap<string, ReturnedSecret>;

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The key of the flow a `Workflow` action calls, or null: Power Automate `host.workflowReferenceName` (the
 * child's GUID); Logic Apps `host.workflow.id` — Standard: the workflow's name, within the caller's own app
 * (project folder); Consumption: the last segment of a resource id, or the literal name of an ARM
 * `resourceId('Microsoft.Logic/workflows', '…')`.
 */
export function callKey(flow: Flow, node: FlowNode): string | null {
  if (node.type.toLowerCase() !== 'workflow') return null;
  const host = own(own(node.raw, 'inputs'), 'host');
  const ref = str(own(host, 'workflowReferenceName'));
  if (ref) return GUID.exec(ref)?.[0].toLowerCase() ?? null;
  const id = str(own(own(host, 'workflow'), 'id'));
  if (!id) return null;
  let name: string | null;
  if (id.startsWith('[')) name = /resourceId\([^)]*'([^'[\]]+)'\s*\)\s*\]$/i.exec(id)?.[1] ?? null;
  else name = id.includes('@') ? null : (id.split('/').filter(Boolean).pop() ?? null);
  if (!name) return null;
  return flow.source.layout === 'logic-apps-standard'
    ? `app:${appOf(flow)}/${name.toLowerCase()}`
    : `name:${name.toLowerCase()}`;
}

/** The keys other flows can call a flow by: its GUID; a Logic Apps workflow's name too. */
export function keysOf(flow: Flow): string[] {
  const keys = flow.id ? [flow.id] : [];
  const layout = flow.source.layout;
  if (layout === 'logic-apps-standard') keys.push(`app:${appOf(flow)}/${flow.name.toLowerCase()}`);
  else if (layout === 'arm-template' && !flow.name.startsWith('['))
    keys.push(`name:${flow.name.toLowerCase()}`);
  return keys;
}

/** A Logic Apps Standard project: the folder above `<workflow>/workflow.json`. */
function appOf(flow: Flow): string {
  return flow.source.file.split('/').slice(0, -2).join('/');
}

/** The call keys of a flow's `Workflow` actions (empty for most flows). */
export function callKeys(flow: Flow): string[] {
  const out: string[] = [];
  for (const n of flow.nodes) {
    const key = callKey(flow, n);
    if (key !== null) out.push(key);
  }
  return out;
}

/** Whether a flow calls a child that returns a secret (its taint then starts at that call too). */
export function callsSecretChild(flow: Flow, children: SecretChildren): boolean {
  return children.size > 0 && callKeys(flow).some((k) => children.has(k));
}
