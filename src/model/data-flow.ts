import { references, type Ref } from './expression/references.js';
import { own, str, type JsonPath } from '../json/json-path.js';
import { RunOrder } from './run-order.js';
import type { Flow, FlowNode } from './types.js';
import { evaluatedValues, forEachString } from './value-strings.js';

/**
 * The data-flow graph of a flow. Vertices are the values an expression can read:
 * - `n:<name>` the outputs of a trigger or action,
 * - `v:<name>` a variable, every write of it (names lower-cased: the engine matches them case-insensitively),
 * - `w:<i>:<name>` the value the i-th write of a variable stores; a read sees the writes that may run before
 *   it (run-order.ts),
 * - `l:<loop>` the current item of a Foreach (`items('loop')`, `item()`),
 * - `s:<action>` the current item of a Select / Filter array / Create table (`item()` in its mapping).
 * An edge says "this vertex's value is made from that one"; following edges to a fixed point gives a
 * value's origins. Reachability with a visited set terminates on every cycle (a variable set from
 * itself, a Compose inside a loop reading the loop's previous result).
 */
export type Vertex = string;

/** One reference found in a node's evaluated values. */
export interface RefSite {
  /** Path of the string value, relative to the node object. */
  path: JsonPath;
  ref: Ref;
}

/** A dependency edge: `to` is read; `weight` counts a hop (SPEC §2); `via` is the action the data passes. */
export interface DepEdge {
  to: Vertex;
  weight: 0 | 1;
  via: string | null;
}

/**
 * Actions whose outputs are their inputs reshaped (SPEC §2 "data-shaping actions and their kin"): the
 * Data Operations (Compose, Parse JSON, Select, Filter array = Query, Join, Create table = Table), the
 * Logic Apps Standard inline/transform actions, Response, `Expression` (Date Time / Text functions) and the
 * variable actions (their outputs carry the new value: `body('Set_variable')?['value']`).
 */
export const DATA_SHAPING_TYPES: ReadonlySet<string> = new Set([
  'compose',
  'parsejson',
  'select',
  'query',
  'join',
  'table',
  'expression',
  'response',
  'javascriptcode',
  'xslt',
  'liquid',
  'xmlcompose',
  'xmlparse',
  'xmlvalidation',
  'flatfileencoding',
  'flatfiledecoding',
  'initializevariable',
  'setvariable',
  'appendtoarrayvariable',
  'appendtostringvariable',
  'incrementvariable',
  'decrementvariable',
]);

const VARIABLE_WRITERS = new Set([
  'initializevariable',
  'setvariable',
  'appendtoarrayvariable',
  'appendtostringvariable',
  'incrementvariable',
  'decrementvariable',
]);

/** Actions whose `item()` (outside `from`) is an element of their own `from` input. */
const ITEM_MAPPERS = new Set(['select', 'query', 'table']);

/** Above this many writes of one variable, its reads see them all (ordering costs writes × reads). */
const MAX_ORDERED_WRITERS = 64;

const OUTPUT_REFS = new Set(['body', 'outputs', 'actions', 'result']);
const TRIGGER_REFS = new Set(['triggerBody', 'triggerOutputs', 'trigger']);

export class DataFlow {
  private readonly siteCache = new Map<FlowNode, RefSite[]>();
  private readonly refCache = new Map<string, Ref[]>();
  private readonly depCache = new Map<Vertex, DepEdge[]>();
  private readonly writers = new Map<string, Array<{ node: FlowNode; index: number | null }>>();
  private readonly children = new Map<string, FlowNode[]>();
  private readonly trigger: FlowNode | undefined;
  private order: RunOrder | undefined;
  /** `<reader>\u0000<variable>` → the write vertices that read sees. */
  private readonly readCache = new Map<string, Vertex[]>();

  constructor(readonly flow: Flow) {
    this.trigger = flow.nodes.find((n) => n.kind === 'trigger');
    for (const node of flow.nodes) {
      const parent = node.containers[node.containers.length - 1];
      if (parent) push(this.children, parent.name, node);
      const type = node.type.toLowerCase();
      if (!VARIABLE_WRITERS.has(type)) continue;
      const inputs = own(node.raw, 'inputs');
      if (type === 'initializevariable') {
        const list = own(inputs, 'variables');
        if (Array.isArray(list)) list.forEach((v, i) => this.addWriter(str(own(v, 'name')), node, i));
      } else this.addWriter(str(own(inputs, 'name')), node, null);
    }
  }

  private addWriter(name: string | undefined, node: FlowNode, index: number | null): void {
    if (name === undefined) return;
    push(this.writers, name.toLowerCase(), { node, index });
  }

  /** References in a string, parsed once per distinct string. */
  refsOf(value: string): Ref[] {
    let refs = this.refCache.get(value);
    if (!refs) {
      refs = references(value);
      this.refCache.set(value, refs);
    }
    return refs;
  }

  /** References in a node's evaluated values (inputs, foreach, expression), computed once per node. */
  refSites(node: FlowNode): RefSite[] {
    let sites = this.siteCache.get(node);
    if (sites) return sites;
    const found: RefSite[] = [];
    for (const [base, value] of evaluatedValues(node)) {
      forEachString(value, base, (s, path) => {
        if (!s.includes('@')) return;
        for (const ref of this.refsOf(s)) found.push({ path, ref });
      });
    }
    sites = found;
    this.siteCache.set(node, sites);
    return sites;
  }

  /** The vertices a reference at `path` in `node` reads (node null: the workflow's outputs, outside any loop). */
  resolve(node: FlowNode | null, ref: Ref, path: JsonPath | null): Vertex[] {
    if (OUTPUT_REFS.has(ref.fn)) {
      if (ref.name === null || !this.flow.byName.has(ref.name)) return [];
      const out = [`n:${ref.name}`];
      // result('Scope') returns the inputs and outputs of the actions directly inside the scope.
      if (ref.fn === 'result') for (const c of this.children.get(ref.name) ?? []) out.push(`n:${c.name}`);
      return out;
    }
    if (TRIGGER_REFS.has(ref.fn)) return this.trigger ? [`n:${this.trigger.name}`] : [];
    if (ref.fn === 'variables')
      return ref.name !== null ? this.variableReads(node, ref.name.toLowerCase()) : [];
    if (ref.fn === 'items') {
      const loop = ref.name !== null ? this.flow.byName.get(ref.name) : undefined;
      return loop && loop.type.toLowerCase() === 'foreach' ? [`l:${loop.name}`] : [];
    }
    if (ref.fn === 'item' && node) {
      if (ITEM_MAPPERS.has(node.type.toLowerCase()) && (path === null || path[1] !== 'from'))
        return [`s:${node.name}`];
      for (let i = node.containers.length - 1; i >= 0; i--) {
        if (node.containers[i].kind === 'Foreach') return [`l:${node.containers[i].name}`];
      }
    }
    return [];
  }

  /**
   * The writes of a variable that a read in `node` can see (SPEC §2 run order), as `w:` vertices; all of
   * them (`v:`) without a node (the workflow's outputs, evaluated last) or past MAX_ORDERED_WRITERS.
   */
  private variableReads(node: FlowNode | null, name: string): Vertex[] {
    const writers = this.writers.get(name);
    if (!writers) return [];
    if (!node || writers.length > MAX_ORDERED_WRITERS) return [`v:${name}`];
    const key = `${node.name}\u0000${name}`;
    let out = this.readCache.get(key);
    if (out) return out;
    const order = (this.order ??= new RunOrder(this.flow));
    out = [];
    for (let i = 0; i < writers.length; i++) {
      if (order.mayPrecede(writers[i].node, node)) out.push(`w:${i}:${name}`);
    }
    this.readCache.set(key, out);
    return out;
  }

  /** What a vertex's value is made from (memoised). Outputs of other actions are terminal: no edges. */
  deps(v: Vertex): DepEdge[] {
    let edges = this.depCache.get(v);
    if (edges) return edges;
    edges = [];
    const kind = v.slice(0, 2);
    const name = v.slice(2);
    if (kind === 'n:') {
      const node = this.flow.byName.get(name);
      if (node && !node.secretSource && DATA_SHAPING_TYPES.has(node.type.toLowerCase())) {
        for (const s of this.refSites(node)) this.edgesTo(edges, node, s, 1, node.name);
      }
    } else if (kind === 'v:') {
      const count = this.writers.get(name)?.length ?? 0;
      for (let i = 0; i < count; i++) edges.push({ to: `w:${i}:${name}`, weight: 0, via: null });
    } else if (kind === 'w:') {
      const colon = name.indexOf(':');
      const w = this.writers.get(name.slice(colon + 1))?.[Number(name.slice(0, colon))];
      for (const s of w ? this.refSites(w.node) : []) {
        // InitializeVariable may declare several variables: only the matching entry's value counts.
        if (w!.index !== null && s.path[2] !== w!.index) continue;
        if (w!.index === null && s.path[1] === 'name') continue;
        this.edgesTo(edges, w!.node, s, 1, w!.node.name);
      }
    } else if (kind === 'l:') {
      const loop = this.flow.byName.get(name);
      if (loop)
        for (const s of this.refSites(loop))
          if (s.path[0] === 'foreach') this.edgesTo(edges, loop, s, 0, loop.name);
    } else if (kind === 's:') {
      const node = this.flow.byName.get(name);
      if (node)
        for (const s of this.refSites(node)) if (s.path[1] === 'from') this.edgesTo(edges, node, s, 0, null);
    }
    this.depCache.set(v, edges);
    return edges;
  }

  private edgesTo(edges: DepEdge[], node: FlowNode, site: RefSite, weight: 0 | 1, via: string | null): void {
    for (const to of this.resolve(node, site.ref, site.path)) edges.push({ to, weight, via });
  }

  /** Every vertex that can carry data: pass-through action outputs, variables, loop and mapper items. */
  vertices(): Vertex[] {
    const out: Vertex[] = [];
    for (const node of this.flow.nodes) {
      const type = node.type.toLowerCase();
      if (DATA_SHAPING_TYPES.has(type)) out.push(`n:${node.name}`);
      if (type === 'foreach') out.push(`l:${node.name}`);
      if (ITEM_MAPPERS.has(type)) out.push(`s:${node.name}`);
    }
    for (const [v, writers] of this.writers) {
      out.push(`v:${v}`);
      for (let i = 0; i < writers.length; i++) out.push(`w:${i}:${v}`);
    }
    return out;
  }

  /** Names of the triggers/actions whose outputs the given vertices derive from (fixed point by reachability). */
  closure(start: Iterable<Vertex>): Set<string> {
    const names = new Set<string>();
    const seen = new Set<Vertex>();
    const stack = [...start];
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      if (v.startsWith('n:')) names.add(v.slice(2));
      for (const e of this.deps(v)) if (!seen.has(e.to)) stack.push(e.to);
    }
    return names;
  }

  /** FlowAnalysis.origins: `value` is a WDL value found in `at` (path unknown, so `item()` uses `at`'s context). */
  origins(value: unknown, at: FlowNode): Set<string> {
    const start: Vertex[] = [];
    forEachString(value, [], (s) => {
      if (!s.includes('@')) return;
      for (const ref of this.refsOf(s)) start.push(...this.resolve(at, ref, null));
    });
    return this.closure(start);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const CACHE = new WeakMap<Flow, DataFlow>();

/** The data flow of a flow, built once per Flow object and shared by the analysis and model predicates. */
export function dataFlowOf(flow: Flow): DataFlow {
  let df = CACHE.get(flow);
  if (!df) {
    df = new DataFlow(flow);
    CACHE.set(flow, df);
  }
  return df;
}
