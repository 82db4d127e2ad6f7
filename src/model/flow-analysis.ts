import type { CredentialLiteral } from './credential-scan.js';
import type { JsonPath } from '../json/json-path.js';
import type { FlowNode } from './types.js';

/** Where secret-derived data is used as data leaving the flow (SPEC §3 FG121). */
export type SinkKind =
  | 'http-uri'
  | 'http-query'
  | 'http-header'
  | 'http-body'
  | 'mail'
  | 'chat'
  | 'file'
  | 'row'
  | 'response'
  | 'terminate'
  | 'child-flow'
  | 'flow-output'
  | 'connector';

/** A secret-derived value reaching the inputs of a node. */
export interface SecretUse {
  node: FlowNode;
  /** Path, relative to the node's object, of the value that carries the reference. */
  path: JsonPath;
  /** Credential slots (HTTP `authentication`, credential headers) are never shown in run history. */
  slot: 'credential' | 'data';
  /** Where the value goes when it leaves the flow, or null when it stays inside. */
  sink: SinkKind | null;
  /** 0 = reads a secret source's outputs directly; 1+ = through variables / data-shaping actions. */
  hops: number;
  /** Names from the secret source to the consumer (exclusive), e.g. `['Get_secret', 'Compose']`. */
  via: string[];
  /** The secret source the value comes from. */
  source: string;
}

/** A secret-derived value in the definition's `outputs`: returned to whoever runs the workflow (no node). */
export interface SecretOutputUse {
  /** Path relative to the definition, e.g. `['outputs', 'token', 'value']`. */
  path: JsonPath;
  hops: number;
  via: string[];
  source: string;
}

/** Everything about a flow's data flow that rules need, computed once per flow. */
export interface FlowAnalysis {
  /** Secret-derived values reaching each node's inputs. */
  secretUses(node: FlowNode): readonly SecretUse[];
  /** Names of nodes whose outputs are secret-derived (secret sources included). */
  readonly secretDerived: ReadonlySet<string>;
  /**
   * Names of triggers/actions whose outputs `value` (a WDL value found at `at`) derives from, following
   * variables, data-shaping actions and loop items to a fixed point.
   */
  origins(value: unknown, at: FlowNode): Set<string>;
  /** Secret-derived values in a node's `trackedProperties` (SPEC §2; FG120); optional for stubs. */
  trackedUses?(node: FlowNode): readonly SecretUse[];
  /** Secret-derived values in the definition's `outputs` (SPEC §3 FG121 "flow outputs"); optional for stubs. */
  outputUses?(): readonly SecretOutputUse[];
  /** Literal credentials written into the definition (SPEC §3 FG150), in document order; one walk per flow. */
  credentialLiterals(): readonly CredentialLiteral[];
}
