import { expect, it } from '@jest/globals';
import { nearPaths } from '../../src/sources/layout-discovery.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { requireFullCorpus } from './full-corpus.js';

it('PR mode lists far fewer files than the tree for one changed flow of the full corpus', async () => {
  const files = await new FsTree(requireFullCorpus()).list();
  const flow = files.find((f) => /\/Workflows\/[^/]+\.json$/.test(f))!;
  expect(nearPaths(files, new Set([flow]), new Set()).length).toBeLessThan(files.length / 10);
});
