import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFlow } from '../../src/model/build-flow.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { getSecret, http, manualTrigger } from '../helpers/flow-builders.js';

const SCHEMA =
  'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#';

/** A bare definition as `az logic workflow show --query definition` writes it: the root is the definition. */
const bare = (extra: Record<string, unknown> = {}) => ({
  $schema: SCHEMA,
  contentVersion: '1.0.0.0',
  parameters: { $connections: { defaultValue: {}, type: 'Object' } },
  triggers: manualTrigger(),
  actions: {
    Get_secret: getSecret('ApiConnection', 'api-key'),
    Send: http({ uri: 'https://example.net', body: "@body('Get_secret')?['value']" }),
  },
  outputs: {},
  ...extra,
});

function tree(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-bare-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(
      path.join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

describe('a bare workflow definition file is a flow (SPEC §1)', () => {
  test('sniffed anywhere: read as a single-file flow whose node paths point into the file root', async () => {
    const r = await readTree(new FsTree(tree({ 'logicapps/orders.json': bare() })));
    expect(r.unreadable).toEqual([]);
    expect(r.flows).toHaveLength(1);
    const [src] = r.flows;
    expect(src.source.layout).toBe('single-file');
    expect(src.definitionPath).toEqual([]);
    const flow = buildFlow(src);
    expect(flow.definitionPath).toEqual([]);
    const paths = Object.fromEntries(flow.nodes.map((n) => [n.name, n.path]));
    expect(paths).toEqual({
      manual: ['triggers', 'manual'],
      Get_secret: ['actions', 'Get_secret'],
      Send: ['actions', 'Send'],
    });
  });

  test.each([
    ['an upper-case schema', { $schema: SCHEMA.toUpperCase() }, 1],
    ['only actions, no triggers', { triggers: undefined }, 0],
    ['the schema with surrounding spaces', { $schema: ` ${SCHEMA} ` }, 1],
  ])('%s', async (_name, extra, count) => {
    const r = await readTree(new FsTree(tree({ 'a.json': bare(extra) })));
    expect(r.unreadable).toEqual([]);
    // Without triggers it is no cloud flow (SPEC §1), exactly like a `{ definition }` file without them.
    expect(r.flows).toHaveLength(count);
  });

  test.each([
    [
      'a schema of another kind',
      { $schema: 'https://json.schemastore.org/package.json', triggers: {}, actions: {} },
    ],
    ['the workflow schema without triggers or actions', { $schema: SCHEMA, parameters: {} }],
    ['triggers that are not an object', { $schema: SCHEMA, triggers: [], actions: 'x' }],
    [
      'an ARM deployment template',
      { $schema: SCHEMA.replace('workflowdefinition', 'deploymentTemplate'), resources: [] },
    ],
    ['a JSON schema that merely mentions workflowdefinition.json', { $ref: SCHEMA, triggers: {} }],
  ])('sniffed and skipped silently: %s', async (_name, doc) => {
    const r = await readTree(new FsTree(tree({ 'data/x.json': doc })));
    expect(r).toMatchObject({ flows: [], unreadable: [] });
  });

  test('a broken sniffed file that plainly is a bare definition is FG001 material, with its line', async () => {
    const text = `{\n  "$schema": "${SCHEMA}",\n  "triggers": {},\n  "actions": { ,}\n}\n`;
    const r = await readTree(new FsTree(tree({ 'x.json': text })));
    expect(r.unreadable).toEqual([expect.objectContaining({ file: 'x.json', line: 4 })]);
  });
});
