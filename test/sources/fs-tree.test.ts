import { describe, expect, test } from '@jest/globals';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { flowJson, withTempDir } from './source-test-kit.js';

async function put(root: string, rel: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), text);
}

describe('FsTree', () => {
  test('lists every regular file, /-separated and sorted, without .git and node_modules', async () => {
    await withTempDir(async (dir) => {
      await put(dir, 'b/Workflows/Flow.json', '{}');
      await put(dir, 'a.json', '{}');
      await put(dir, 'B.json', '{}');
      await put(dir, '.git/config', '[core]');
      await put(dir, '.git/Workflows/Hidden.json', flowJson());
      await put(dir, 'node_modules/pkg/Workflows/Dep.json', flowJson());
      await put(dir, 'deep/node_modules/x.json', '{}');
      await put(dir, '.github/workflows/ci.json', '{}');
      const files = await new FsTree(dir).list();
      expect(files).toEqual(['.github/workflows/ci.json', 'B.json', 'a.json', 'b/Workflows/Flow.json']);
    });
  });

  test('never follows symlinks: out of the root, inside it, or to folders', async () => {
    await withTempDir(async (outer) => {
      const root = path.join(outer, 'root');
      await put(outer, 'outside/Workflows/Secret-11111111-1111-4111-8111-111111111111.json', flowJson());
      await put(root, 'Workflows/Real-22222222-2222-4222-8222-222222222222.json', flowJson());
      await symlink(path.join(outer, 'outside'), path.join(root, 'linked-dir'));
      await symlink(
        path.join(outer, 'outside/Workflows/Secret-11111111-1111-4111-8111-111111111111.json'),
        path.join(root, 'Workflows/Escape-33333333-3333-4333-8333-333333333333.json'),
      );
      await symlink(
        path.join(root, 'Workflows/Real-22222222-2222-4222-8222-222222222222.json'),
        path.join(root, 'Workflows/Alias-44444444-4444-4444-8444-444444444444.json'),
      );
      const tree = new FsTree(root);
      expect(await tree.list()).toEqual(['Workflows/Real-22222222-2222-4222-8222-222222222222.json']);

      // Asked by path (a PR's changed file list), the links are refused too.
      await expect(tree.read('Workflows/Escape-33333333-3333-4333-8333-333333333333.json')).rejects.toThrow(
        /symbolic link/,
      );
      await expect(
        tree.read('linked-dir/Workflows/Secret-11111111-1111-4111-8111-111111111111.json'),
      ).rejects.toThrow(/leaves the scanned folder/);
      await expect(
        tree.read('../outside/Workflows/Secret-11111111-1111-4111-8111-111111111111.json'),
      ).rejects.toThrow(/not a path inside the tree/);

      const read = await readTree(tree);
      expect(read.flows.map((f) => f.meta.id)).toEqual(['22222222-2222-4222-8222-222222222222']);
      expect(read.unreadable).toEqual([]);
    });
  });

  test('reads bytes as stored and reports sizes', async () => {
    await withTempDir(async (dir) => {
      await put(dir, 'x.json', '\ufeff{}\r\n');
      const tree = new FsTree(dir);
      await tree.list();
      expect((await tree.read('x.json')).toString('hex')).toBe('efbbbf7b7d0d0a');
      expect(await tree.size('x.json')).toBe(7);
    });
  });
});
