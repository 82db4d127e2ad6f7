import { describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readPaths } from '../../src/sources/read-paths.js';
import { CORPUS, flowJson, LAYOUTS, withTempDir } from './source-test-kit.js';

const cwd = process.cwd();
const fixtures = path.relative(cwd, LAYOUTS).split(path.sep).join('/');

describe('readPaths: how files are named', () => {
  test('one folder: paths from the repository root, identities relative to the folder', async () => {
    const r = await readPaths([`${fixtures}/unpacked`], cwd);
    expect(r.flows.map((f) => [f.source.file, f.pathKey])).toEqual([
      [
        `${fixtures}/unpacked/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json`,
        'Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
      ],
    ]);
  });

  test('an absolute argument, or one given from a subfolder, names the same repository path', async () => {
    const names = async (args: string[], from: string) =>
      (await readPaths(args, from)).flows.map((f) => f.source.file);
    const expected = [
      `${fixtures}/unpacked/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json`,
    ];
    expect(await names([path.join(LAYOUTS, 'unpacked')], cwd)).toEqual(expected);
    expect(await names(['unpacked'], LAYOUTS)).toEqual(expected);
    const file = path.join(
      LAYOUTS,
      'unpacked',
      'Workflows',
      'IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
    );
    expect(await names([file], path.join(LAYOUTS, 'single'))).toEqual(expected);
  });

  test('outside any git repository: relative to the current folder, never absolute', async () => {
    await withTempDir(async (dir) => {
      await mkdir(path.join(dir, 'sol', 'Workflows'), { recursive: true });
      await writeFile(path.join(dir, 'sol', 'Workflows', 'F.json'), flowJson());
      const inside = await readPaths([path.join(dir, 'sol')], dir);
      expect(inside.flows.map((f) => f.source.file)).toEqual(['sol/Workflows/F.json']);
      const beside = await readPaths([path.join(dir, 'sol')], path.join(dir, 'elsewhere'));
      expect(beside.flows.map((f) => f.source.file)).toEqual(['../sol/Workflows/F.json']);
    });
  });

  test('several arguments: each file is named by its argument as given + its path inside it', async () => {
    const r = await readPaths(
      [`./${fixtures}/unpacked/`, `${fixtures}/single/workflow-definition.json`],
      cwd,
    );
    expect(r.flows.map((f) => f.source.file)).toEqual([
      `${fixtures}/single/workflow-definition.json`,
      `${fixtures}/unpacked/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json`,
    ]);
  });

  test('a file reached through two arguments is read once', async () => {
    const r = await readPaths([`${fixtures}/unpacked`, `${fixtures}/unpacked/Workflows`], cwd);
    expect(r.flows).toHaveLength(1);
    expect(r.flows[0].source.file).toBe(
      `${fixtures}/unpacked/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json`,
    );
  });

  test('a flow file given on its own keeps the metadata of its data.xml', async () => {
    const file = `${fixtures}/unpacked/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json`;
    const r = await readPaths([file], cwd);
    expect(r.flows.map((f) => [f.source.file, f.meta.name, f.meta.category])).toEqual([
      [file, 'Is it Patch Tuesday', 5],
    ]);
  });

  test('an explicit file that is not a flow, or broken, is FG001; a missing path throws', async () => {
    const r = await readPaths(
      [`${fixtures}/single/package.json`, `${fixtures}/single/broken-data.json`],
      cwd,
    );
    expect(r.unreadable).toEqual([
      {
        file: `${fixtures}/single/broken-data.json`,
        entry: null,
        reason: "invalid JSON: ',' expected",
        line: 2,
      },
      {
        file: `${fixtures}/single/package.json`,
        entry: null,
        reason: 'not a flow definition: no "properties.definition" or "definition" object',
        line: null,
      },
    ]);
    await expect(readPaths([`${fixtures}/nope.json`], cwd)).rejects.toThrow(
      `${fixtures}/nope.json: no such file or directory`,
    );
  });
});

describe('readPaths: named files', () => {
  test('any extension is read as JSON, except the .xml and .xaml a shell glob brings along', async () => {
    await withTempDir(async (dir) => {
      await writeFile(path.join(dir, 'flow.txt'), flowJson());
      await writeFile(path.join(dir, 'notes.md'), '# not a flow');
      await writeFile(path.join(dir, 'X.json.data.xml'), '<Workflow/>');
      await writeFile(path.join(dir, 'Classic.xaml'), '<Activity/>');
      const r = await readPaths(['flow.txt', 'notes.md', 'X.json.data.xml', 'Classic.xaml'], dir);
      expect(r.flows.map((f) => f.source.file)).toEqual(['flow.txt']);
      expect(r.unreadable.map((u) => [u.file, u.reason])).toEqual([
        ['notes.md', 'invalid JSON: unexpected character'],
      ]);
    });
  });
});

describe('readPaths: real solution zips from the corpus, read in place', () => {
  const corpus = path.relative(cwd, CORPUS).split(path.sep).join('/');

  test('a packed solution with a bare Workflows/ folder entry', async () => {
    const zip = `${corpus}/pnp__powerplatform-samples/samples/azure-http-key-vault/solution/azure-http-key-vault.zip`;
    const r = await readPaths([zip], cwd);
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => [f.source.file, f.source.entry, f.meta])).toEqual([
      [
        zip,
        'Workflows/KeyVaults-D65CAE56-B9A3-F011-BBD3-0022480B4618.json',
        { id: 'd65cae56-b9a3-f011-bbd3-0022480b4618', name: 'KeyVaults', category: 5, stateCode: 0 },
      ],
    ]);
  });

  test('a classic .xaml workflow beside two cloud flows is skipped', async () => {
    const zip = `${corpus}/brendon-colburn__powerplatform-rules-engine/OrganizationalPackageReview_1_0_0_4.zip`;
    const r = await readPaths([zip], cwd);
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => f.source.entry)).toEqual([
      'Workflows/RulesEngine-407BC2B9-656B-ED11-81AC-000D3AF4F400.json',
      'Workflows/AssignmentApprovalFlow-AD24A014-038E-ED11-81AD-001DD830A8ED.json',
    ]);
    expect(r.flows.every((f) => f.meta.category === 5)).toBe(true);
  });

  test('client macros (Category 9000) are not cloud flows', async () => {
    const zip = `${corpus}/microsoft__Dynamics-365-FastTrack-Implementation-Assets/Customer Service/Customer Service/ComponentLibrary/Omnichannel/CommonAgentScriptsAndMacros/ContosoMainSolution_1_0_0_1.zip`;
    const r = await readPaths([zip], cwd);
    expect(r).toEqual({ flows: [], unreadable: [], filesRead: 0 });
  });
});
