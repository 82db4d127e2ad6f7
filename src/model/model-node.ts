import { own, str, type JsonPath } from '../json/json-path.js';
import { isKeyVaultRestEnumeration, keyVaultRestSecretSource } from './key-vault-rest.js';
import { normaliseOperation, type ConnectorResolver } from './operation.js';
import { classifySecretSource, isEnumerationSource, type CustomSecretSource } from './secret-catalogue.js';
import { triggerAccessOf, type TriggerPlace } from './trigger-access.js';
import type { ContainerRef, FlowNode, Operation, SecretSource, SecureData, TriggerAccess } from './types.js';

/** Where a node sits: the path of the object that holds it and its enclosing containers, shared by siblings. */
export interface NodePlace {
  /** Path of the actions (or triggers) object holding the node. */
  readonly parent: JsonPath;
  readonly containers: ContainerRef[];
  /** Names of the Foreach/Until loops among `containers`, outermost first. */
  readonly loops: string[];
}

/** What every node of one flow is read with. */
export interface NodeContext {
  readonly resolver: ConnectorResolver;
  readonly customSecretSources: readonly CustomSecretSource[] | undefined;
  readonly triggerPlace: TriggerPlace;
}

/** What most nodes have, shared (frozen: nothing may write to it). */
const NOT_SECURE: SecureData = Object.freeze({ inputs: false, outputs: false });

function secureData(raw: Record<string, unknown>): SecureData {
  const props = own(own(own(raw, 'runtimeConfiguration'), 'secureData'), 'properties');
  if (!Array.isArray(props)) return NOT_SECURE; // most nodes: no objects built for nothing
  const secure = { inputs: false, outputs: false };
  for (const p of props) {
    if (typeof p !== 'string') continue;
    const lower = p.toLowerCase();
    if (lower === 'inputs') secure.inputs = true;
    else if (lower === 'outputs') secure.outputs = true;
  }
  return secure;
}

/**
 * A trigger or action of a flow's model. Its `path` is built on first read: only the nodes a finding names
 * (and containers, whose children's places need it) ever read it, where a copy of the parent path per node
 * was a fifth of the model's allocation. A class, not an object literal with a getter: each such literal
 * gets a hidden class of its own (analyse-flow.ts says what that cost).
 */
export class ModelNode implements FlowNode {
  // `declare`: no class field definitions (each an extra store per node); the constructor assigns them all.
  declare readonly kind: FlowNode['kind'];
  declare readonly name: string;
  declare readonly raw: Record<string, unknown>;
  declare readonly type: string;
  declare readonly typeKind: string | null;
  declare readonly containers: ContainerRef[];
  declare readonly loops: string[];
  declare readonly secure: SecureData;
  declare readonly operation: Operation | null;
  declare readonly secretSource: SecretSource | null;
  declare readonly enumerationSource: boolean;
  declare readonly triggerAccess: TriggerAccess | null;
  declare readonly order: number;
  declare private readonly parent: JsonPath;
  declare private built: JsonPath | null;

  constructor(
    kind: FlowNode['kind'],
    name: string,
    raw: Record<string, unknown>,
    place: NodePlace,
    context: NodeContext,
    order: number,
  ) {
    const operation = normaliseOperation(raw, context.resolver);
    this.kind = kind;
    this.name = name;
    this.raw = raw;
    this.type = str(own(raw, 'type')) ?? '';
    this.typeKind = str(own(raw, 'kind')) ?? null;
    this.containers = place.containers;
    this.loops = place.loops;
    this.secure = secureData(raw);
    this.operation = operation;
    this.secretSource =
      classifySecretSource(operation, context.customSecretSources) ?? keyVaultRestSecretSource(raw);
    this.enumerationSource = isEnumerationSource(operation) || isKeyVaultRestEnumeration(raw);
    this.triggerAccess = kind === 'trigger' ? triggerAccessOf(raw, context.triggerPlace) : null;
    this.order = order;
    this.parent = place.parent;
    this.built = null;
  }

  get path(): JsonPath {
    this.built ??= appended(this.parent, this.name);
    return this.built;
  }
}

/** `list` with `item` after its last element: an exact-size copy, without spread's iterator. */
export function appended<T>(list: readonly T[], item: T): T[] {
  const out = new Array<T>(list.length + 1);
  for (let i = 0; i < list.length; i++) out[i] = list[i];
  out[list.length] = item;
  return out;
}
