import { isObject, own, type JsonPath } from '../json/json-path.js';
import { lowerCase } from './lower-case.js';
import { ModelError } from './model-error.js';
import { appended, ModelNode, type NodeContext, type NodePlace } from './model-node.js';
import type { ContainerKind, FlowNode } from './types.js';

// A Map, not an object literal: `type` is flow-controlled, and `constructor` or `__proto__` must not find
// Object.prototype members and make any action a container.
const CONTAINER_KINDS: ReadonlyMap<string, ContainerKind> = new Map<string, ContainerKind>([
  ['scope', 'Scope'],
  ['foreach', 'Foreach'],
  ['until', 'Until'],
  ['if', 'If'],
  ['switch', 'Switch'],
  ['agent', 'Agent'],
]);

/**
 * The nodes of one definition, triggers then actions in document order (parents before children).
 * Iterative pre-order walk: a hostile definition nested thousands deep must not overflow the stack. The
 * stack is three parallel arrays, not an object per node, and siblings share one NodePlace.
 */
export class NodeWalk {
  readonly nodes: FlowNode[] = [];
  readonly byName = new Map<string, FlowNode>();
  private readonly names: string[] = [];
  private readonly raws: Array<Record<string, unknown>> = [];
  private readonly places: NodePlace[] = [];
  /** Top-level nodes share one empty loops list: nothing writes to it. */
  private readonly outside: string[] = [];

  constructor(
    private readonly context: NodeContext,
    private readonly maxDepth: number,
  ) {}

  triggers(triggers: unknown, parent: JsonPath): void {
    if (!isObject(triggers)) return;
    const place: NodePlace = { parent, containers: [], loops: this.outside };
    for (const name of Object.keys(triggers)) {
      const raw = triggers[name];
      if (isObject(raw)) this.add('trigger', name, raw, place);
    }
  }

  actions(actions: unknown, parent: JsonPath): void {
    if (!isObject(actions)) return;
    this.pushAll(actions, { parent, containers: [], loops: this.outside });
    while (this.names.length > 0) {
      const place = this.places.pop()!;
      const node = this.add('action', this.names.pop()!, this.raws.pop()!, place);
      const kind = CONTAINER_KINDS.get(lowerCase(node.type));
      if (kind) this.openContainer(node, kind, place);
    }
  }

  private add(
    kind: FlowNode['kind'],
    name: string,
    raw: Record<string, unknown>,
    place: NodePlace,
  ): ModelNode {
    const node = new ModelNode(kind, name, raw, place, this.context, this.nodes.length);
    this.nodes.push(node);
    // Names are unique across a definition; on a (hand-edited) duplicate the first one wins.
    if (!this.byName.has(name)) this.byName.set(name, node);
    return node;
  }

  /** Pushes the actions of one map, last first, so that they pop in document order. */
  private pushAll(actions: Record<string, unknown>, place: NodePlace): void {
    const keys = Object.keys(actions);
    for (let i = keys.length - 1; i >= 0; i--) {
      const raw = actions[keys[i]];
      if (!isObject(raw)) continue;
      this.names.push(keys[i]);
      this.raws.push(raw);
      this.places.push(place);
    }
  }

  /**
   * The child action maps of a container, each with its branch label and path relative to the container:
   * `actions`, `else`, each of `cases`, `default`, each of `tools` — pushed last first.
   */
  private openContainer(node: ModelNode, kind: ContainerKind, place: NodePlace): void {
    const raw = node.raw;
    const loops = kind === 'Foreach' || kind === 'Until' ? appended(place.loops, node.name) : place.loops;
    const tools = own(raw, 'tools');
    if (isObject(tools)) {
      const keys = Object.keys(tools);
      for (let i = keys.length - 1; i >= 0; i--) {
        const actions = own(tools[keys[i]], 'actions');
        if (isObject(actions))
          this.open(node, kind, place, loops, actions, ['tools', keys[i], 'actions'], `tool:${keys[i]}`);
      }
    }
    const def = own(own(raw, 'default'), 'actions');
    if (isObject(def)) this.open(node, kind, place, loops, def, ['default', 'actions'], 'default');
    const cases = own(raw, 'cases');
    if (isObject(cases)) {
      const keys = Object.keys(cases);
      for (let i = keys.length - 1; i >= 0; i--) {
        const actions = own(cases[keys[i]], 'actions');
        if (isObject(actions))
          this.open(node, kind, place, loops, actions, ['cases', keys[i], 'actions'], `case:${keys[i]}`);
      }
    }
    const elseActions = own(own(raw, 'else'), 'actions');
    if (isObject(elseActions)) this.open(node, kind, place, loops, elseActions, ['else', 'actions'], 'else');
    const actions = own(raw, 'actions');
    if (isObject(actions)) this.open(node, kind, place, loops, actions, ['actions'], 'actions');
  }

  private open(
    node: ModelNode,
    kind: ContainerKind,
    place: NodePlace,
    loops: string[],
    actions: Record<string, unknown>,
    rel: JsonPath,
    branch: string,
  ): void {
    if (place.containers.length + 1 > this.maxDepth) {
      throw new ModelError(
        `containers nested deeper than the limit of ${this.maxDepth} levels (maxNestingDepth)`,
      );
    }
    // concat, not spread: an exact-size copy without an iterator and its results.
    this.pushAll(actions, {
      parent: node.path.concat(rel),
      containers: appended(place.containers, { name: node.name, kind, branch }),
      loops,
    });
  }
}
