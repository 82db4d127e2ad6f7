import type { FlowAnalysis } from './flow-analysis.js';
import type { Flow } from './types.js';

export interface AnalysisOptions {
  /** Hosts that may receive secret-derived data, lower-case. */
  allowedHosts?: readonly string[];
}

/** Computes the data flow of a flow once; rules read it through FlowAnalysis. (Placeholder: no data flow yet.) */
export function analyseFlow(flow: Flow, _options: AnalysisOptions = {}): FlowAnalysis {
  const secretDerived = new Set(flow.nodes.filter((n) => n.secretSource).map((n) => n.name));
  return {
    secretDerived,
    secretUses: () => [],
    origins: () => new Set<string>(),
  };
}
