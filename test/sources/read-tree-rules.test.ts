import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import type { ReadOptions, SourceTree } from '../../src/sources/types.js';
import { flowJson, LAYOUTS } from './source-test-kit.js';

const read = (dir: string, opts: ReadOptions = {}) => readTree(new FsTree(path.join(LAYOUTS, dir)), opts);

/** An in-memory tree that records what was read. */
function memoryTree(files: Record<string, string>): SourceTree & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    list: async () => Object.keys(files).sort(),
    read: async (p) => {
      reads.push(p);
      if (!(p in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return Buffer.from(files[p], 'utf8');
    },
  };
}

describe('readTree: what is a flow', () => {
  test('desktop flows (Category 6) and classic .xaml workflows are skipped silently, unread', async () => {
    const tree = new FsTree(path.join(LAYOUTS, 'desktop'));
    const reads: string[] = [];
    const spy: SourceTree = {
      list: () => tree.list(),
      read: (p) => (reads.push(p), tree.read(p)),
      size: (p) => tree.size(p),
    };
    const r = await readTree(spy);
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(1);
    expect(r.flows.map((f) => f.meta.name)).toEqual(['Cloud flow']);
    expect(reads.filter((p) => /Desktop|Classic/.test(p) && !p.endsWith('.data.xml'))).toEqual([]);
  });

  test('broken files: JSON syntax with its line, a missing definition, bad data.xml, an XML bomb not expanded', async () => {
    const r = await read('broken');
    expect(r.unreadable).toEqual([
      {
        file: 'Workflows/BadMetadata-66666666-6666-4666-8666-666666666666.json.data.xml',
        entry: null,
        reason: expect.stringMatching(/^invalid XML: /),
        line: 4,
      },
      {
        file: 'Workflows/BrokenJson-44444444-4444-4444-8444-444444444444.json',
        entry: null,
        reason: "invalid JSON: ',' expected",
        line: 5,
      },
      {
        file: 'Workflows/NoDefinition-55555555-5555-4555-8555-555555555555.json',
        entry: null,
        reason: 'not a flow definition: no "properties.definition" or "definition" object',
        line: null,
      },
    ]);
    expect(JSON.stringify(r.unreadable)).not.toContain('secret-looking-value');
    // The flow whose data.xml is broken is still read, identified by its file name.
    expect(r.flows.map((f) => f.meta)).toEqual([{ id: '66666666-6666-4666-8666-666666666666' }]);
    // The billion-laughs entity stays as written; the ampersand entity is decoded.
    expect(r.flows[0].solutionConnectionReferences).toEqual([
      { logicalName: 'new_bomb', connectorId: '&lol9;' },
      {
        logicalName: 'new_keyvault & co',
        connectorId: '/providers/Microsoft.PowerApps/apis/shared_keyvault',
      },
    ]);
    expect(r.filesRead).toBe(3);
  });

  test('random JSON (package.json, data, a broken non-flow) is skipped silently; a broken flow-looking one is not', async () => {
    const tree = memoryTree({
      'package.json': '{ "name": "x" }',
      'data/rows.json': '[{"definition": "a word"}]',
      'data/broken.json': '{ "a": [1, 2 }',
      'flows/half-written.json': '{ "properties": { "definition": { "triggers": {}, "actions": { } }',
      'flows/ok.json': flowJson(),
    });
    const r = await readTree(tree);
    expect(r.flows.map((f) => f.source.file)).toEqual(['flows/ok.json']);
    expect(r.unreadable).toEqual([
      { file: 'flows/half-written.json', entry: null, reason: "invalid JSON: '}' expected", line: 1 },
    ]);
    // package.json never spells "definition": not even parsed.
    expect(r.filesRead).toBe(2);
  });

  test('a unicode-escaped "definition" key is still found', async () => {
    const text = flowJson().replace('"definition"', '"defin\\u0069tion"');
    const r = await readTree(memoryTree({ 'hidden.json': text }));
    expect(r.flows).toHaveLength(1);
  });

  test('no metadata: a definition without triggers is not a cloud flow', async () => {
    const r = await readTree(
      memoryTree({
        'x.json': '{"properties":{"definition":{"actions":{}}}}',
        'Workflows/y.json': '{"definition":{"actions":{}}}',
      }),
    );
    expect(r.flows).toEqual([]);
    expect(r.unreadable).toEqual([]);
  });
});

describe('readTree: selection', () => {
  test('include/exclude are micromatch globs on tree paths, dot files included', async () => {
    const files = {
      'a/Workflows/A-11111111-1111-4111-8111-111111111111.json': flowJson(),
      'b/Workflows/B-22222222-2222-4222-8222-222222222222.json': flowJson(),
      '.hidden/Workflows/C-33333333-3333-4333-8333-333333333333.json': flowJson(),
    };
    const ids = async (opts: ReadOptions) =>
      (await readTree(memoryTree(files), opts)).flows.map((f) => f.meta.id?.[0]);
    expect(await ids({})).toEqual(['3', '1', '2']);
    expect(await ids({ include: ['a/**', '.hidden/**'] })).toEqual(['3', '1']);
    expect(await ids({ exclude: ['**/B-*.json'] })).toEqual(['3', '1']);
    expect(await ids({ include: ['**/*.json'], exclude: ['.hidden/**'] })).toEqual(['1', '2']);
  });

  test('only (PR mode) reads the listed flows and the metadata they need, nothing else', async () => {
    const tree = memoryTree({
      'Other/Customizations.xml': '<ImportExportXml><Workflows/></ImportExportXml>',
      'Workflows/A-11111111-1111-4111-8111-111111111111.json': flowJson(),
      'Workflows/A-11111111-1111-4111-8111-111111111111.json.data.xml':
        '<Workflow WorkflowId="{11111111-1111-4111-8111-111111111111}" Name="A"><Category>5</Category></Workflow>',
      'Workflows/B-22222222-2222-4222-8222-222222222222.json': flowJson(),
      'Workflows/B-22222222-2222-4222-8222-222222222222.json.data.xml':
        '<Workflow WorkflowId="{22222222-2222-4222-8222-222222222222}" Name="B"><Category>5</Category></Workflow>',
      'unrelated.json': flowJson(),
    });
    const r = await readTree(tree, {
      only: new Set(['Workflows/A-11111111-1111-4111-8111-111111111111.json']),
    });
    expect(r.flows.map((f) => f.meta.name)).toEqual(['A']);
    expect(tree.reads.sort()).toEqual([
      'Other/Customizations.xml',
      'Workflows/A-11111111-1111-4111-8111-111111111111.json',
      'Workflows/A-11111111-1111-4111-8111-111111111111.json.data.xml',
    ]);
    // A changed data.xml re-reads its flow; a changed Customizations.xml re-reads the solution's flows.
    const viaMeta = await readTree(tree, {
      only: new Set(['Workflows/B-22222222-2222-4222-8222-222222222222.json.data.xml']),
    });
    expect(viaMeta.flows.map((f) => f.meta.name)).toEqual(['B']);
    const viaSolution = await readTree(tree, { only: new Set(['Other/Customizations.xml']) });
    expect(viaSolution.flows.map((f) => f.meta.name)).toEqual(['A', 'B']);
  });

  test('a file over maxFileBytes is FG001 naming the limit, checked before reading when the size is known', async () => {
    const tree = new FsTree(path.join(LAYOUTS, 'unpacked'));
    const reads: string[] = [];
    const spy: SourceTree = {
      list: () => tree.list(),
      read: (p) => (reads.push(p), tree.read(p)),
      size: (p) => tree.size(p),
    };
    const r = await readTree(spy, { limits: { maxFileBytes: 2000 } });
    expect(r.flows).toEqual([]);
    expect(r.unreadable).toEqual([
      {
        file: 'Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
        entry: null,
        reason: 'the file is 2.5 KB, over the maxFileBytes limit of 2.0 KB',
        line: null,
      },
    ]);
    expect(reads.some((p) => p.endsWith('8520.json'))).toBe(false);
  });

  test('FsTree checks the limit from the open file: the same FG001, and the file is not read', async () => {
    const tree = new FsTree(path.join(LAYOUTS, 'unpacked'));
    const got = await tree.readWithin(
      'Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
      2000,
    );
    expect(Buffer.isBuffer(got)).toBe(false);
    expect(got).toEqual({ tooBig: expect.any(Number) });
    const r = await readTree(tree, { limits: { maxFileBytes: 2000 } });
    expect(r.unreadable.map((u) => u.reason)).toContain(
      'the file is 2.5 KB, over the maxFileBytes limit of 2.0 KB',
    );
    expect(r.flows.map((f) => f.source.file)).not.toContain(
      'Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
    );
  });
});
