import { describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { buildFlow } from '../../src/model/build-flow.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { LAYOUTS } from './source-test-kit.js';

const read = (dir: string) => readTree(new FsTree(path.join(LAYOUTS, dir)));

describe('readTree: the layouts of SPEC §1 from real files', () => {
  test('unpacked solution: data.xml metadata, Customizations.xml connection references', async () => {
    const r = await read('unpacked');
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(1);
    const [f] = r.flows;
    expect(f.source).toMatchObject({
      file: 'Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json',
      entry: null,
      layout: 'unpacked-solution',
    });
    expect(f.meta).toEqual({
      id: '1e7c5c7b-0884-ee11-8179-000d3a5a8520',
      name: 'Is it Patch Tuesday',
      category: 5,
      stateCode: 1,
    });
    expect(f.containerPath).toEqual(['properties']);
    expect(f.pathKey).toBe(f.source.file);
    expect(buildFlow(f).nodes.length).toBeGreaterThan(0);
  });

  test('folder and file names match in any case (other/, workflows/)', async () => {
    const r = await read('unpacked-lowercase');
    expect(r.unreadable).toEqual([]);
    expect(r.flows).toHaveLength(1);
    expect(r.flows[0].meta).toMatchObject({
      id: 'a147be5d-4c3c-ef11-a316-000d3ac99841',
      name: 'Embed Image in Email body',
    });
    expect(r.flows[0].solutionConnectionReferences).toEqual([
      {
        logicalName: 'crfc6_sharedsharepointonline_383e5',
        connectorId: '/providers/Microsoft.PowerApps/apis/shared_sharepointonline',
      },
      {
        logicalName: 'crfc6_sharedwebcontents_6e89a',
        connectorId: '/providers/Microsoft.PowerApps/apis/shared_webcontents',
      },
    ]);
  });

  test('an extracted packed solution: customizations.xml beside Workflows/ gives the metadata', async () => {
    const r = await read('extracted-solution');
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => f.meta)).toEqual([
      {
        id: 'a254be38-97d9-ef11-8eea-6045bd084fda',
        name: 'Headless- Search Customer -Commerce',
        category: 5,
        stateCode: 1,
      },
    ]);
  });

  test('a BOM + CRLF file keeps its text exactly as stored', async () => {
    const r = await read('bom-crlf');
    expect(r.flows).toHaveLength(1);
    const text = r.flows[0].source.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const { readFile } = await import('node:fs/promises');
    const stored = await readFile(
      path.join(LAYOUTS, 'bom-crlf/Workflows/IsitPatchTuesday-1E7C5C7B-0884-EE11-8179-000D3A5A8520.json'),
    );
    expect(Buffer.from(text, 'utf8').equals(stored)).toBe(true);
  });

  test('Logic Apps Standard: workflow.json per folder, connections.json as connection metadata', async () => {
    const r = await read('logic-apps');
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(2);
    expect(r.flows.map((f) => [f.source.file, f.source.layout, f.meta.name, f.containerPath])).toEqual([
      ['GetSecret/workflow.json', 'logic-apps-standard', 'GetSecret', []],
      ['Stateless/workflow.json', 'logic-apps-standard', 'Stateless', []],
    ]);
    expect(
      r.flows[0].solutionConnectionReferences.map((c) => [c.logicalName, c.connectorId.split('/').pop()]),
    ).toEqual([
      ['office365', 'office365'],
      ['keyVault', 'keyVault'],
    ]);
    const flow = buildFlow(r.flows[0]);
    expect(flow.byName.get('Get_secret')?.operation).toMatchObject({ shape: 'ServiceProvider' });
  });

  test('ARM template: each Microsoft.Logic/workflows resource, nested deployments included', async () => {
    const r = await read('arm');
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(1);
    expect(r.flows.map((f) => [f.source.layout, f.containerPath, f.pathKey, f.meta.name])).toEqual([
      [
        'arm-template',
        ['resources', 1, 'properties'],
        "azuredeploy.json#[parameters('logicAppName')]",
        "[parameters('logicAppName')]",
      ],
      [
        'arm-template',
        ['resources', 2, 'properties', 'template', 'resources', 0, 'properties'],
        'azuredeploy.json#nightly-report',
        'nightly-report',
      ],
    ]);
    expect(buildFlow(r.flows[0]).byName.get('Get_secret')?.operation).toMatchObject({
      shape: 'ApiConnection',
    });
    // Both flows share one SourceFile: the text is held once.
    expect(r.flows[0].source).toBe(r.flows[1].source);
  });

  test('legacy flow package folder: manifest.json + Microsoft.Flow/flows/<id>/definition.json', async () => {
    const r = await read('legacy-package');
    expect(r.unreadable).toEqual([]);
    expect(r.flows).toHaveLength(1);
    expect(r.flows[0].source).toMatchObject({
      file: 'Microsoft.Flow/flows/1726123456789/definition.json',
      layout: 'legacy-package',
    });
    expect(r.flows[0].meta).toEqual({ id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' });
    expect(buildFlow(r.flows[0]).name).toBe('Notify on new file');
  });

  test('Dataverse Git (YAML) layout: modernflows/ json with a definition; other json there and in workflows/ skipped', async () => {
    const r = await read('dataverse-yaml');
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => [f.source.file, f.source.layout, f.meta.id])).toEqual([
      [
        'modernflows/77777777-7777-4777-8777-777777777777/ApproveInvoice.json',
        'dataverse-yaml',
        '77777777-7777-4777-8777-777777777777',
      ],
    ]);
  });

  test('single files: properties.definition or a top-level definition; other JSON skipped silently', async () => {
    const r = await read('single');
    expect(r.unreadable).toEqual([]);
    expect(r.filesRead).toBe(2);
    expect(r.flows.map((f) => [f.source.file, f.source.layout, f.containerPath, f.meta.id ?? null])).toEqual([
      ['keyvaults-flow.json', 'single-file', ['properties'], null],
      ['workflow-definition.json', 'single-file', [], null],
    ]);
  });
});
