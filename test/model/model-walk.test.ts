import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { buildFlow } from '../../src/model/build-flow.js';
import type { ContainerRef, Flow, FlowNode } from '../../src/model/types.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import type { FlowSource } from '../../src/sources/types.js';
import { CORPUS } from '../sources/source-test-kit.js';

/**
 * The model builds node paths on first read, shares one place (parent path, containers, loops) among
 * siblings, walks with parallel stacks and builds operation parameters when read. Whatever it saves, each
 * node must say what a plain recursive walk of the definition says: same nodes in the same order, each
 * path leading to the node's own object, the same containers and loops, the same parameters.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: unknown, k: string): unknown => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);
const KINDS = new Map(
  ['Scope', 'Foreach', 'Until', 'If', 'Switch', 'Agent'].map((k) => [k.toLowerCase(), k] as const),
);

interface Expected {
  name: string;
  path: Array<string | number>;
  containers: ContainerRef[];
  loops: string[];
}

/** The walk as the specification reads: pre-order, document order, recursive. */
function reference(definition: Obj, at: Array<string | number>): Expected[] {
  const out: Expected[] = [];
  for (const [name, raw] of Object.entries(own(definition, 'triggers') ?? {})) {
    if (isObj(raw)) out.push({ name, path: [...at, 'triggers', name], containers: [], loops: [] });
  }
  const visit = (actions: unknown, path: Array<string | number>, containers: ContainerRef[]): void => {
    if (!isObj(actions)) return;
    for (const [name, raw] of Object.entries(actions)) {
      if (!isObj(raw)) continue;
      const here = [...path, name];
      const loops = containers.filter((c) => c.kind === 'Foreach' || c.kind === 'Until').map((c) => c.name);
      out.push({ name, path: here, containers, loops });
      const type = own(raw, 'type');
      const kind = typeof type === 'string' ? KINDS.get(type.toLowerCase()) : undefined;
      if (!kind) continue;
      const branch = (rel: string[], label: string, child: unknown): void => {
        if (isObj(child))
          visit(child, [...here, ...rel], [...containers, { name, kind, branch: label } as ContainerRef]);
      };
      branch(['actions'], 'actions', own(raw, 'actions'));
      branch(['else', 'actions'], 'else', own(own(raw, 'else'), 'actions'));
      for (const [c, v] of Object.entries(isObj(own(raw, 'cases')) ? (own(raw, 'cases') as Obj) : {}))
        branch(['cases', c, 'actions'], `case:${c}`, own(v, 'actions'));
      branch(['default', 'actions'], 'default', own(own(raw, 'default'), 'actions'));
      for (const [t, v] of Object.entries(isObj(own(raw, 'tools')) ? (own(raw, 'tools') as Obj) : {}))
        branch(['tools', t, 'actions'], `tool:${t}`, own(v, 'actions'));
    }
  };
  visit(own(definition, 'actions'), [...at, 'actions'], []);
  return out;
}

function at(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = root;
  for (const k of path) v = (v as Obj)[k];
  return v;
}

function checkFlow(flow: Flow, root: unknown, rootPath: ReadonlyArray<string | number>): void {
  const seen = flow.nodes.map((n: FlowNode) => ({
    name: n.name,
    path: [...n.path],
    containers: n.containers,
    loops: n.loops,
  }));
  expect(seen).toEqual(reference(flow.definition, [...flow.definitionPath]));
  for (const n of flow.nodes) {
    expect(n.path).toBe(n.path); // built once, the same array on every read
    expect(at(root, n.path.slice(rootPath.length))).toBe(n.raw);
    const op = n.operation;
    if (op?.shape === 'OpenApiConnection' || op?.shape === 'ServiceProvider') {
      const given = own(own(n.raw, 'inputs'), 'parameters');
      expect([...op.parameters]).toEqual(Object.entries(isObj(given) ? given : {}));
    }
    for (const [k, p] of op?.parameterPaths ?? []) {
      if (p.at(-1) !== 'path') expect(at(n.raw, p)).toBe(op!.parameters.get(k));
    }
  }
}

const source = (definition: unknown): FlowSource => ({
  source: { file: 'f.json', entry: null, layout: 'single-file', text: JSON.stringify({ definition }) },
  containerPath: [],
  container: { definition },
  meta: {},
  solutionConnectionReferences: [],
  pathKey: 'f.json',
});

describe('the model walk', () => {
  it('gives every flow of the test corpus the nodes, paths, places and parameters of a plain walk', async () => {
    const read = await readTree(new FsTree(CORPUS));
    let nodes = 0;
    for (const src of read.flows) {
      const flow = buildFlow(src);
      checkFlow(flow, src.container, src.containerPath);
      nodes += flow.nodes.length;
    }
    expect(nodes).toBeGreaterThan(300);
  });

  it('walks every branch kind, nested, in document order', () => {
    const leaf = { type: 'Compose', inputs: 1 };
    const definition = {
      triggers: { manual: { type: 'Request' } },
      actions: {
        Loop: {
          type: 'Foreach',
          actions: {
            Pick: {
              type: 'SWITCH',
              cases: { One: { actions: { InOne: leaf } }, Two: { actions: {} } },
              default: { actions: { InDefault: leaf } },
            },
            Check: {
              type: 'If',
              actions: { Yes: leaf },
              else: { actions: { No: { type: 'Until', actions: { Deep: leaf } } } },
            },
          },
        },
        Bot: { type: 'Agent', tools: { T: { actions: { Tool: leaf } } } },
        After: leaf,
      },
    };
    const flow = buildFlow(source(definition));
    expect(flow.nodes.map((n) => n.name)).toEqual([
      'manual',
      'Loop',
      'Pick',
      'InOne',
      'InDefault',
      'Check',
      'Yes',
      'No',
      'Deep',
      'Bot',
      'Tool',
      'After',
    ]);
    expect(flow.byName.get('Deep')!.path).toEqual([
      'definition',
      'actions',
      'Loop',
      'actions',
      'Check',
      'else',
      'actions',
      'No',
      'actions',
      'Deep',
    ]);
    expect(flow.byName.get('Deep')!.loops).toEqual(['Loop', 'No']);
    checkFlow(flow, { definition }, []);
  });

  it('agrees with a plain walk on random definitions, hostile keys included', () => {
    const key = fc.oneof(
      fc.constantFrom('A', 'B', 'actions', '__proto__', 'constructor', '0', '1'),
      fc.string({ maxLength: 3 }),
    );
    const type = fc.constantFrom(
      'Scope',
      'foreach',
      'UNTIL',
      'If',
      'Switch',
      'Agent',
      'Compose',
      'constructor',
      7,
    );
    const tree = fc.letrec<{ actions: Obj; action: Obj }>((tie) => ({
      actions: fc.dictionary(
        key,
        fc.oneof({ maxDepth: 4, depthIdentifier: 'walk' }, fc.constant(null), tie('action')),
        {
          maxKeys: 3,
        },
      ),
      action: fc.record(
        {
          type,
          actions: tie('actions'),
          else: fc.record({ actions: tie('actions') }),
          cases: fc.dictionary(key, fc.record({ actions: tie('actions') }), { maxKeys: 2 }),
          default: fc.record({ actions: tie('actions') }),
          tools: fc.dictionary(key, fc.record({ actions: tie('actions') }), { maxKeys: 2 }),
        },
        { requiredKeys: ['type'] },
      ),
    }));
    fc.assert(
      fc.property(tree.actions, (actions) => {
        // Through JSON, as a flow file arrives: `__proto__` becomes an own key.
        const definition = JSON.parse(JSON.stringify({ actions })) as Obj;
        checkFlow(buildFlow(source(definition)), { definition }, []);
      }),
      { numRuns: 300 },
    );
  });

  it('reads secure data per node, and nodes without it share one value nothing can change', () => {
    const flow = buildFlow(
      source({
        actions: {
          Plain: { type: 'Compose', inputs: 1 },
          Other: { type: 'Compose', inputs: 2 },
          Secure: {
            type: 'Http',
            runtimeConfiguration: { secureData: { properties: ['Inputs', 'outputs'] } },
          },
        },
      }),
    );
    expect(flow.byName.get('Secure')!.secure).toEqual({ inputs: true, outputs: true });
    const plain = flow.byName.get('Plain')!.secure;
    expect(plain).toEqual({ inputs: false, outputs: false });
    expect(() => {
      (plain as { inputs: boolean }).inputs = true;
    }).toThrow(TypeError);
    expect(flow.byName.get('Other')!.secure.inputs).toBe(false);
  });
});
