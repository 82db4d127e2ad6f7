import { dataFlowOf } from './data-flow.js';
import type { FlowAnalysis, SecretOutputUse, SecretUse } from './flow-analysis.js';
import { SecretFlow } from './secret-flow.js';
import type { Flow, FlowNode } from './types.js';

export interface AnalysisOptions {
  /** Hosts that may receive secret-derived data, lower-case. */
  allowedHosts?: readonly string[];
}

/**
 * Computes the data flow of a flow once; rules read it through FlowAnalysis. Everything is lazy: most
 * flows have no secret source, and for them `secretUses` answers `[]` without parsing one expression.
 * `origins` builds the (shared, per-Flow) data-flow graph on first use, for any flow.
 */
export function analyseFlow(flow: Flow, options: AnalysisOptions = {}): FlowAnalysis {
  const hasSecretSource = flow.nodes.some((n) => n.secretSource);
  let secretFlow: SecretFlow | null = null;
  let derived: ReadonlySet<string> | null = null;
  const secrets = (): SecretFlow =>
    (secretFlow ??= new SecretFlow(dataFlowOf(flow), options.allowedHosts ?? []));
  return {
    get secretDerived(): ReadonlySet<string> {
      derived ??= hasSecretSource ? secrets().derivedNodes() : new Set<string>();
      return derived;
    },
    secretUses(node: FlowNode): SecretUse[] {
      return hasSecretSource ? secrets().uses(node) : [];
    },
    origins(value: unknown, at: FlowNode): Set<string> {
      return dataFlowOf(flow).origins(value, at);
    },
    outputUses(): SecretOutputUse[] {
      return hasSecretSource ? secrets().outputUses() : [];
    },
  };
}
