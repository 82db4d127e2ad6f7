import { callsSecretChild, type SecretChildren } from './child-flow-calls.js';
import { credentialLiteralsOf, type CredentialLiteral } from './credential-scan.js';
import { dataFlowOf } from './data-flow.js';
import type { FlowAnalysis, SecretOutputUse, SecretUse } from './flow-analysis.js';
import { SecretFlow } from './secret-flow.js';
import type { Flow, FlowNode } from './types.js';

export interface AnalysisOptions {
  /** Hosts that may receive secret-derived data, lower-case. */
  allowedHosts?: readonly string[];
  /** Flows of the same revision that return secrets (child-flows.ts): calls to them are taint sources. */
  secretChildren?: SecretChildren;
}

/**
 * Computes the data flow of a flow once; rules read it through FlowAnalysis. Everything is lazy: most
 * flows have no secret source, and for them `secretUses` answers `[]` without parsing one expression.
 * `origins` builds the (shared, per-Flow) data-flow graph on first use, for any flow.
 */
export function analyseFlow(flow: Flow, options: AnalysisOptions = {}): FlowAnalysis {
  return new LazyFlowAnalysis(flow, options.allowedHosts ?? [], options.secretChildren ?? NO_CHILDREN);
}

const NO_CHILDREN: SecretChildren = new Map();
// Shared answers for flows without a secret source (most): asked once per node and rule, a fresh `[]` each
// time was a measurable share of a full scan's garbage.
const NO_USES: readonly SecretUse[] = Object.freeze([]);
const NO_OUTPUT_USES: readonly SecretOutputUse[] = Object.freeze([]);

// A class, not an object literal with a getter: each such literal gets a hidden class of its own, allocated
// in the old generation and holding the closures, so every flow analysed stayed reachable from the old
// generation until the next full GC. On 5,000 flows that copied 350 MB more in minor GCs (bench/RESULTS.md).
class LazyFlowAnalysis implements FlowAnalysis {
  private readonly hasSecretSource: boolean;
  private secretFlow: SecretFlow | null = null;
  private derived: ReadonlySet<string> | null = null;
  private literals: CredentialLiteral[] | null = null;

  constructor(
    private readonly flow: Flow,
    private readonly allowedHosts: readonly string[],
    private readonly children: SecretChildren,
  ) {
    this.hasSecretSource = flow.nodes.some((n) => n.secretSource) || callsSecretChild(flow, children);
  }

  get secretDerived(): ReadonlySet<string> {
    this.derived ??= this.hasSecretSource ? this.secrets().derivedNodes() : new Set<string>();
    return this.derived;
  }

  secretUses(node: FlowNode): readonly SecretUse[] {
    return this.hasSecretSource ? this.secrets().uses(node) : NO_USES;
  }

  origins(value: unknown, at: FlowNode): Set<string> {
    return dataFlowOf(this.flow).origins(value, at);
  }

  trackedUses(node: FlowNode): readonly SecretUse[] {
    return this.hasSecretSource ? this.secrets().trackedUses(node) : NO_USES;
  }

  outputUses(): readonly SecretOutputUse[] {
    return this.hasSecretSource ? this.secrets().outputUses() : NO_OUTPUT_USES;
  }

  credentialLiterals(): readonly CredentialLiteral[] {
    this.literals ??= credentialLiteralsOf(this.flow);
    return this.literals;
  }

  private secrets(): SecretFlow {
    this.secretFlow ??= new SecretFlow(dataFlowOf(this.flow), this.allowedHosts, this.children);
    return this.secretFlow;
  }
}
