import { describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { withTempDir } from './source-test-kit.js';

/** ARM templates as Bicep 0.x and `languageVersion: "2.0"` write them (SPEC §1). */
const definition = {
  $schema:
    'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
  contentVersion: '1.0.0.0',
  triggers: { manual: { type: 'Request', kind: 'Http', inputs: { schema: {} } } },
  actions: { Reply: { type: 'Response', inputs: { statusCode: 200 }, runAfter: {} } },
};
const workflow = (extra: Record<string, unknown> = {}) => ({
  type: 'Microsoft.Logic/workflows',
  apiVersion: '2019-05-01',
  name: 'orders',
  location: 'westeurope',
  properties: { definition },
  ...extra,
});

async function read(files: Record<string, unknown>) {
  return withTempDir(async (dir) => {
    for (const [name, doc] of Object.entries(files))
      await writeFile(path.join(dir, name), JSON.stringify(doc));
    return readTree(new FsTree(dir), {});
  });
}

describe('ARM templates, languageVersion 2.0', () => {
  test('symbolic-name resources and a nested deployment are read; existing resources are skipped', async () => {
    const r = await read({
      'main.json': {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        languageVersion: '2.0',
        contentVersion: '1.0.0.0',
        resources: {
          la: workflow(),
          old: workflow({ existing: true, name: 'elsewhere' }),
          nested: {
            type: 'Microsoft.Resources/deployments',
            apiVersion: '2022-09-01',
            name: 'inner',
            properties: {
              mode: 'Incremental',
              template: { languageVersion: '2.0', resources: { inner: workflow({ name: 'inner-orders' }) } },
            },
          },
        },
      },
    });
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => f.meta.name).sort()).toEqual(['inner-orders', 'orders']);
    expect(r.flows.every((f) => f.source.layout === 'arm-template')).toBe(true);
  });

  test('a template with no workflow (a storage account) is skipped, not FG001', async () => {
    const r = await read({
      'storage.json': {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        languageVersion: '2.0',
        contentVersion: '1.0.0.0',
        resources: {
          sa: { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'sa' },
        },
      },
    });
    expect(r.unreadable).toEqual([]);
    expect(r.flows).toEqual([]);
  });

  test('a definition named by [parameters(…)] or [variables(…)] is read from the default value or variable', async () => {
    const template = {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      parameters: { workflowDefinition: { type: 'object', defaultValue: definition } },
      variables: { def: definition },
      resources: [
        {
          ...workflow({ name: 'by-parameter' }),
          properties: { definition: "[parameters('workflowDefinition')]" },
        },
        { ...workflow({ name: 'by-variable' }), properties: { definition: "[ variables( 'def' ) ]" } },
        // Only known at deployment time (a parameters file): not in this file, so nothing to read here.
        { ...workflow({ name: 'deploy-time' }), properties: { definition: "[parameters('missing')]" } },
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'inner',
          properties: {
            mode: 'Incremental',
            template: {
              resources: [
                {
                  ...workflow({ name: 'nested-outer-scope' }),
                  properties: { definition: "[variables('def')]" },
                },
              ],
            },
          },
        },
      ],
    };
    const r = await read({ 'main.json': template });
    expect(r.unreadable).toEqual([]);
    expect(r.flows.map((f) => [f.meta.name, f.definitionPath])).toEqual([
      ['by-parameter', ['parameters', 'workflowDefinition', 'defaultValue']],
      ['by-variable', ['variables', 'def']],
      ['nested-outer-scope', ['variables', 'def']],
    ]);
  });
});
