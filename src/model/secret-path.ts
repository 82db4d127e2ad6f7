import { own } from '../json/json-path.js';
import { nodeLabel } from './node-label.js';
import { literalUrl } from './request-hosts.js';
import type { Flow, FlowNode } from './types.js';

/** One action on the way from a secret source to where it ends up (SPEC §5 "The secret's path"). */
export interface SecretPathNode {
  /** The trigger/action's name; for a workflow output, `outputs`. */
  action: string;
  role: 'source' | 'hop' | 'sink';
  /** The trigger/action, or null (the workflow's outputs, an action the flow does not have). */
  node: FlowNode | null;
  connector: string;
  operation: string;
  secureInputs: boolean;
  secureOutputs: boolean;
  /** Sink only: where the data goes — the literal host of an HTTP request, else the connector. */
  destination: string | null;
}

/**
 * The path a SecretUse records (`source`, the intermediates of `via`, the consumer) as nodes with what a
 * reviewer needs at each: connector and operation, secure inputs/outputs, and the sink's destination. The
 * data flow keeps the fewest-hop path (bounded, see MAX_VIA in secret-flow.ts); nothing is recomputed here.
 * `sink` null: the path ends in the workflow's outputs.
 */
export function secretPath(
  flow: Flow,
  via: readonly string[],
  sink: FlowNode | null,
  /** Where the data ends up when it is not sent anywhere (FG120: `run history`). */
  destination?: string,
): SecretPathNode[] {
  const names = [...via];
  const out: SecretPathNode[] = names.map((name, i) =>
    pathNode(name, flow.byName.get(name) ?? null, i === 0 ? 'source' : 'hop'),
  );
  if (sink) {
    const last = pathNode(sink.name, sink, 'sink');
    last.destination = destination ?? destinationOf(sink, last.connector);
    out.push(last);
  } else {
    out.push({
      action: 'outputs',
      role: 'sink',
      node: null,
      connector: 'Workflow',
      operation: 'outputs',
      secureInputs: false,
      secureOutputs: false,
      destination: 'whoever runs the workflow',
    });
  }
  return out;
}

function pathNode(action: string, node: FlowNode | null, role: SecretPathNode['role']): SecretPathNode {
  const label = node ? nodeLabel(node) : { connector: '', operation: '' };
  return {
    action,
    role,
    node,
    connector: label.connector,
    operation: label.operation,
    secureInputs: node?.secure.inputs ?? false,
    secureOutputs: node?.secure.outputs ?? false,
    destination: null,
  };
}

/** The host an HTTP request goes to when its URI names one literally, else the connector's name. */
function destinationOf(node: FlowNode, connector: string): string {
  const type = node.type.toLowerCase();
  const inputs = own(node.raw, 'inputs');
  const uri = type === 'httpwebhook' ? own(own(inputs, 'subscribe'), 'uri') : own(inputs, 'uri');
  const url = type === 'http' || type === 'httpwebhook' ? literalUrl(uri) : null;
  return url ? url.host : connector;
}
