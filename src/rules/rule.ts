import type { Severity } from './severity.js';
import type { JsonPath } from '../json/json-path.js';
import type { Flow, FlowNode } from '../model/types.js';
import type { FlowAnalysis } from '../model/flow-analysis.js';
import type { SecretPathNode } from '../model/secret-path.js';
import type { ConnectorPolicy } from './connector-policy.js';

export interface RuleMeta<M extends string = string> {
  /** `FG103`; the file is `fg103-<name>.ts`, the docs page `docs/rules/FG103.md`. */
  id: string;
  /** kebab-case name, as in SPEC §3. */
  name: string;
  /** One sentence: what it detects. */
  summary: string;
  /** Default severity (SPEC §3); a report may set another for the case at hand. */
  severity: Severity;
  /**
   * `flow`: looks at one revision (runs on head, and on base to tell new from existing/resolved).
   * `change`: compares the base and head of a matched flow; its findings are new by definition.
   */
  scope: 'flow' | 'change';
  /** Message templates with `{{placeholders}}`. */
  messages: Record<M, string>;
  /** Placeholders whose values are credential material and are always masked. */
  sensitive?: readonly string[];
  /** Findings of these rules on the same flow and action are dropped when this rule fires there. */
  supersedes?: readonly string[];
}

export interface ReportDescriptor<M extends string = string> {
  messageId: M;
  /** Placeholder values; `{{node}}` needs none (see `node`). */
  data?: Record<string, string | number>;
  /**
   * The trigger/action the finding is about; omit for flow-level findings. Its label fills `{{node}}`:
   * `"Get secret" (Azure Key Vault GetSecret)`, so rules never build labels themselves.
   */
  node?: FlowNode;
  /** Placeholders naming other triggers/actions, each filled with its label as `{{node}}` is. */
  nodes?: Record<string, FlowNode>;
  /** Subject name for flow-level findings that are not about a node (fingerprinted, e.g. a connection key). */
  subject?: string;
  /** Override of the node's path (e.g. a connection reference's path). */
  path?: JsonPath;
  severity?: Severity;
  /** The rule's own discriminator (secret name, header name …) that keeps fingerprints distinct. */
  discriminator?: string;
  /** The finding is about something the change removed: anchor it on the base side. */
  aboutRemoval?: boolean;
  /** The secret's path (source → hops → sink) the finding is about (model/secret-path.ts). */
  secretPath?: SecretPathNode[];
}

export interface RuleOptions {
  /** Hosts that may receive secret-derived data (FG121), lower-case. */
  allowedHosts: readonly string[];
  /** Extra connectors treated as privileged (FG140), normalised names. */
  privilegedConnectors: readonly string[];
  /** Where connectors may be used (FG141); none when absent. */
  connectorPolicies?: readonly ConnectorPolicy[];
}

export interface RuleContext<M extends string = string> {
  /** The flow under analysis (head, or base when a flow rule runs on the base revision). */
  flow: Flow;
  analysis: FlowAnalysis;
  /**
   * The matched base flow (null when the flow is new): for `change` rules, and for `flow` rules on the head
   * side of a comparison (null on the base side and without a base), where only the base's place counts (FG141).
   */
  base: Flow | null;
  baseAnalysis: FlowAnalysis | null;
  /** For `change` rules: the base trigger/action a head node is matched with (by name, or as a rename). */
  baseNodeOf(node: FlowNode): FlowNode | null;
  options: RuleOptions;
  report(descriptor: ReportDescriptor<M>): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(ctx: RuleContext<M>): void;
}

/** Typed rule creator: a message id that is not in `meta.messages` is a compile error. */
export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}
