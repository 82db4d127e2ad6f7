import { describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFlow } from '../../src/model/build-flow.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readPaths } from '../../src/sources/read-paths.js';
import { readTree } from '../../src/sources/read-tree.js';
import {
  customizationsXml,
  folderEntries,
  flowJson,
  LAYOUTS,
  makeZip,
  patchZipEntry,
  SOLUTION_XML,
  withTempDir,
} from './source-test-kit.js';

const G1 = '11111111-1111-4111-8111-111111111111';
const G2 = '22222222-2222-4222-8222-222222222222';
const G3 = '33333333-3333-4333-8333-333333333333';

/** A packed solution with a cloud flow, a desktop flow and a classic workflow, names in odd cases. */
async function packedSolution(): Promise<Buffer> {
  return makeZip([
    ['[Content_Types].xml', '<Types/>'],
    ['Solution.XML', SOLUTION_XML],
    [
      'CUSTOMIZATIONS.xml',
      customizationsXml(
        [
          { id: G1, name: 'Rotate keys', file: `Workflows/RotateKeys-${G1.toUpperCase()}.json`, category: 5 },
          { id: G2, name: 'Desktop', file: `Workflows/Desktop-${G2.toUpperCase()}.json`, category: 6 },
        ],
        [{ logicalName: 'new_kv', connectorId: '/providers/Microsoft.PowerApps/apis/shared_keyvault' }],
      ),
    ],
    [`workflows/RotateKeys-${G1.toUpperCase()}.JSON`, flowJson('Rotate')],
    [`Workflows/Desktop-${G2.toUpperCase()}.json`, 'not json: never inflated'],
    [`Workflows/Classic-${G3.toUpperCase()}.xaml`, '<Activity/>'],
  ]);
}

async function readZipInTree(name: string, buf: Buffer, opts = {}) {
  return withTempDir(async (dir) => {
    await writeFile(path.join(dir, name), buf);
    return readTree(new FsTree(dir), opts);
  });
}

describe('packed solutions and packages in a tree', () => {
  test('a packed solution: entries matched in any case, metadata from customizations.xml, desktop/classic skipped', async () => {
    const r = await readZipInTree('sol.zip', await packedSolution());
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(1);
    expect(r.flows).toHaveLength(1);
    const [f] = r.flows;
    expect(f.source).toMatchObject({
      file: 'sol.zip',
      entry: `workflows/RotateKeys-${G1.toUpperCase()}.JSON`,
      layout: 'packed-solution',
    });
    expect(f.pathKey).toBe(`sol.zip!workflows/RotateKeys-${G1.toUpperCase()}.JSON`);
    expect(f.meta).toEqual({ id: G1, name: 'Rotate keys', category: 5, stateCode: 1 });
    expect(f.solutionConnectionReferences).toEqual([
      { logicalName: 'new_kv', connectorId: '/providers/Microsoft.PowerApps/apis/shared_keyvault' },
    ]);
    expect(buildFlow(f).byName.has('Rotate')).toBe(true);
  });

  test('a legacy flow package zip, built from the fixture folder', async () => {
    const buf = await makeZip(await folderEntries(path.join(LAYOUTS, 'legacy-package')));
    const r = await readZipInTree('package.zip', buf);
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => [f.source.entry, f.source.layout, f.meta.id])).toEqual([
      [
        'Microsoft.Flow/flows/1726123456789/definition.json',
        'legacy-package',
        '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d',
      ],
    ]);
  });

  test('an entry named with ../ or backslashes is read under its normalised name', async () => {
    const buf = await makeZip([
      ['solution.xml', SOLUTION_XML],
      [`..\\..\\Workflows\\Evil-${G1}.json`, flowJson()],
    ]);
    const r = await readZipInTree('sol.zip', buf);
    expect(r.flows.map((f) => f.source.entry)).toEqual([`Workflows/Evil-${G1}.json`]);
  });

  test('duplicate flow entries: the first is read and the duplicate is FG001', async () => {
    const made = await makeZip([
      ['solution.xml', SOLUTION_XML],
      [`Workflows/A-${G1}.json`, flowJson('First')],
      [`Workflows/B-${G1}.json`, flowJson('Second')],
    ]);
    const buf = patchZipEntry(made, `Workflows/B-${G1}.json`, { name: `Workflows/A-${G1}.json` });
    const r = await readZipInTree('dup.zip', buf);
    expect(r.flows).toHaveLength(1);
    expect([...buildFlow(r.flows[0]).byName.keys()]).toEqual(['manual', 'First']);
    expect(r.unreadable).toEqual([
      {
        file: 'dup.zip',
        entry: `Workflows/A-${G1}.json`,
        reason:
          'the zip stores this entry name more than once; flowguard read the first copy, other tools may use another',
        line: null,
      },
    ]);
  });

  test('limits: each breach is FG001 naming the limit, and the rest of the run goes on', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'a-many.zip'), await packedSolution());
      const lying = patchZipEntry(
        await makeZip([
          ['solution.xml', SOLUTION_XML],
          [`Workflows/Bomb-${G2}.json`, ' '.repeat(200_000) + flowJson()],
        ]),
        `Workflows/Bomb-${G2}.json`,
        { uncompressedSize: 120 },
      );
      await writeFile(path.join(dir, 'b-lying.zip'), lying);
      await writeFile(path.join(dir, `c-Flow-${G3}.json`), flowJson());
      const r = await readTree(new FsTree(dir), {
        limits: { maxZipEntries: 4, maxZipEntryBytes: 64 * 1024 },
      });
      expect(r.unreadable).toEqual([
        {
          file: 'a-many.zip',
          entry: null,
          reason: 'zip declares 6 entries, over the maxZipEntries limit of 4',
          line: null,
        },
        {
          file: 'b-lying.zip',
          entry: `Workflows/Bomb-${G2}.json`,
          reason:
            'the entry inflates to more than its declared 120 B, over the maxZipEntryBytes limit of 64 KB',
          line: null,
        },
      ]);
      expect(r.flows.map((f) => f.meta.id)).toEqual([G3]);
    });
  });

  test('broken zips: reported when they name solution files, silent when they are just some archive', async () => {
    const solution = await packedSolution();
    const truncated = solution.subarray(0, Math.floor(solution.length / 2));
    const other = await makeZip([['readme.txt', 'hello']]);
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'truncated-solution.zip'), truncated);
      await writeFile(path.join(dir, 'garbage.zip'), Buffer.from('PK but not really a zip'));
      await writeFile(path.join(dir, 'docs.zip'), other);
      const r = await readTree(new FsTree(dir));
      expect(r.unreadable).toEqual([
        {
          file: 'truncated-solution.zip',
          entry: null,
          reason: 'broken zip: not a zip archive (no end of central directory record)',
          line: null,
        },
      ]);
      // Given explicitly, every one of them is FG001.
      const explicit = await readPaths(['garbage.zip', 'docs.zip'], dir);
      expect(explicit.unreadable.map((u) => [u.file, u.reason])).toEqual([
        ['docs.zip', expect.stringMatching(/^not a solution or flow package/)],
        ['garbage.zip', 'broken zip: not a zip archive (no end of central directory record)'],
      ]);
    });
  });

  test('bad customizations.xml in a zip: FG001 for that entry, the flows still read by file name', async () => {
    const buf = await makeZip([
      ['solution.xml', SOLUTION_XML],
      ['customizations.xml', '<ImportExportXml><Workflows></ImportExportXml>'],
      [`Workflows/A-${G1}.json`, flowJson()],
    ]);
    const r = await readZipInTree('sol.zip', buf);
    expect(r.unreadable).toEqual([
      {
        file: 'sol.zip',
        entry: 'customizations.xml',
        reason: expect.stringMatching(/^invalid XML: /),
        line: 1,
      },
    ]);
    expect(r.flows.map((f) => f.meta)).toEqual([{ id: G1 }]);
  });
});
