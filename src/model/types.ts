import type { JsonPath } from '../json/json-path.js';
import type { FlowMetadata, SolutionConnectionReference, SourceFile } from '../sources/types.js';

export type Shape = 'OpenApiConnection' | 'ApiConnection' | 'ServiceProvider';

/** One connector operation, whatever shape the definition wrote it in (SPEC §2). */
export interface Operation {
  shape: Shape;
  /** Normalised connector name without the `shared_` prefix, lower-case: `keyvault`, `commondataserviceforapps`. */
  connector: string;
  /** Normalised operation id (ApiConnection: derived from method + path), e.g. `GetSecret`. */
  operationId: string | null;
  /** The key that selects the connection (connectionName / `$connections` key / serviceProvider connection). */
  connectionKey: string | null;
  /** Named parameters (OpenApiConnection parameters, ServiceProvider parameters, ApiConnection path params). */
  parameters: Map<string, unknown>;
  /** JSON path (relative to the node) of each parameter value, for locating. */
  parameterPaths: Map<string, JsonPath>;
  method?: string;
  path?: string;
}

export type SecretSourceKind =
  'keyvault-secret' | 'keyvault-decrypt' | 'environment-variable-secret' | 'custom';

export interface SecretSource {
  kind: SecretSourceKind;
  /** The secret name value as written (a literal string, or an expression string), if any. */
  secretName: unknown;
  /** The literal name when it is one (SPEC §2 "literal"), else null. */
  literalName: string | null;
}

export type ContainerKind = 'Scope' | 'Foreach' | 'Until' | 'If' | 'Switch' | 'Agent';

/** An enclosing container of a node, innermost last in `Node.containers`. */
export interface ContainerRef {
  name: string;
  kind: ContainerKind;
  /** Which branch: `actions`, `else`, `case:<name>`, `default`, `tool:<name>`. */
  branch: string;
}

export interface SecureData {
  inputs: boolean;
  outputs: boolean;
}

/** A trigger or action of the definition. */
/**
 * Who may call a Request trigger's URL, as the definition says (SPEC §3 FG130). Which platform runs the
 * flow decides which setting protects the trigger.
 */
export type TriggerAccess =
  /**
   * `triggerAuthenticationType`: `all` is Anyone; `absent` (no value) is Anyone too, for flows saved before
   * "Who can trigger the flow" existed; null is a restriction (Tenant, User) or a value newer than this list.
   */
  | { platform: 'power-automate'; anyone: 'all' | 'absent' | null }
  /** `accessControl.triggers`: whether caller IP ranges or Microsoft Entra ID policies restrict callers. */
  | { platform: 'logic-apps'; restricted: boolean };

export interface FlowNode {
  kind: 'trigger' | 'action';
  name: string;
  /** Raw `type` (`OpenApiConnection`, `Http`, `Foreach` …). */
  type: string;
  /** Raw `kind`, e.g. `Http` for a Request trigger. */
  typeKind: string | null;
  /** The node's JSON object as parsed. */
  raw: Record<string, unknown>;
  /** Path from the document root to this node's object. */
  path: JsonPath;
  containers: ContainerRef[];
  /** Names of enclosing Foreach/Until loops, outermost first. */
  loops: string[];
  secure: SecureData;
  operation: Operation | null;
  secretSource: SecretSource | null;
  enumerationSource: boolean;
  /** For a Request trigger: who may call its URL (FG130); null for every other trigger and action. */
  triggerAccess: TriggerAccess | null;
  /** Position in document order across the whole definition (triggers first). */
  order: number;
}

export interface FlowConnectionReference {
  /** Key in `connectionReferences` (what `host.connectionName` points at). */
  key: string;
  /** Normalised connector, as in Operation.connector. */
  connector: string;
  logicalName: string | null;
  runtimeSource: string | null;
  path: JsonPath;
}

/** The analysed model of one flow. */
export interface Flow {
  /** Identity across revisions: `guid:<lower-case guid>` or `path:<pathKey>`. */
  key: string;
  /** Where the flow sits in the tree it was read from (FlowSource.pathKey): tells apart two copies of one flow. */
  pathKey: string;
  id: string | null;
  name: string;
  source: SourceFile;
  meta: FlowMetadata;
  definitionPath: JsonPath;
  definition: Record<string, unknown>;
  /** Triggers then actions, in document order (parents before children). */
  nodes: FlowNode[];
  byName: Map<string, FlowNode>;
  connectionReferences: Map<string, FlowConnectionReference>;
  /** Connection key → what it names (model/connection-identity.ts); keys nothing names are absent. */
  connectionIdentities?: ReadonlyMap<string, string>;
  solutionConnectionReferences: SolutionConnectionReference[];
  /** Definition parameters (`definition.parameters`), by name. */
  parameters: Map<string, { raw: Record<string, unknown>; path: JsonPath }>;
  /**
   * The container's `accessControl` (Logic Apps Consumption: who may call the triggers), as written; it
   * sits beside `definition`, not inside it, so rules could not read it otherwise (FG130).
   */
  accessControl?: unknown;
}
