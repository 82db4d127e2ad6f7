import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { discoverCandidates, nearPaths } from '../../src/sources/layout-discovery.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { CORPUS, LAYOUTS } from './source-test-kit.js';

/**
 * PR mode classifies only the files near the changed paths (nearPaths). For any set of changed paths,
 * the candidates PR mode keeps must come out exactly as a classification of the whole tree gives them.
 */

const RUNS = Number(process.env.FLOWGUARD_FUZZ_RUNS ?? 300);

/** Layouts and case mixes that a real tree rarely shows all at once. */
const SYNTHETIC = [
  'Workflows/A-11111111-1111-4111-8111-111111111111.json',
  'Workflows/A-11111111-1111-4111-8111-111111111111.json.data.xml',
  'workflows/a-11111111-1111-4111-8111-111111111111.JSON.data.xml',
  'Other/Customizations.xml',
  'customizations.xml',
  'sol/src/Workflows/B.json',
  'sol/src/WORKFLOWS/b.json.data.xml',
  'sol/src/other/customizations.xml',
  'sol/src/Customizations.xml',
  'sol/src/Entities/x.json',
  'sol/package.json',
  'ext/Workflows/C.json',
  'ext/customizations.xml',
  'la/host.json',
  'la/connections.json',
  'la/One/workflow.json',
  'la/Two/workflow.json',
  'la/Two/notes.json',
  'other-la/Three/workflow.json',
  'yaml/solutions/S/solution.yml',
  'yaml/modernflows/F/definition.json',
  'yaml/modernflows/F/meta.json',
  'yaml/workflows/Classic.json',
  'yaml/src/solutions/T/solution.yml',
  'pkg/Microsoft.Flow/flows/123/definition.json',
  'pkg/Microsoft.Flow/flows/123/connectionsMap.json',
  'pkg/manifest.json',
  'zips/Solution_1_0.zip',
  'zips/sub/Other_1_0.ZIP',
  'root.json',
  'deep/a/b/c/Workflows/D.json',
  'deep/a/b/c/Workflows/D.json.data.xml',
  'deep/a/b/c/Other/Customizations.xml',
];

async function listing(root: string): Promise<string[]> {
  return new FsTree(root).list();
}

function expectSameKept(files: string[], only: Set<string>): void {
  const kept = (list: string[]) =>
    discoverCandidates(list, new Set()).filter(
      (c) => only.has(c.path) || c.metaPaths.some((m) => only.has(m)),
    );
  expect(kept(nearPaths(files, only, new Set()))).toEqual(kept(files));
}

describe('nearPaths (PR mode classifies only what is near the change)', () => {
  const trees: Array<[string, () => Promise<string[]>]> = [
    ['synthetic', async () => [...SYNTHETIC].sort()],
    ['layout fixtures', () => listing(LAYOUTS)],
    ['the corpus sample', () => listing(CORPUS)],
  ];

  it.each(trees)('%s: every single changed path keeps the same candidates', async (_name, list) => {
    const files = await list();
    for (const f of files) expectSameKept(files, new Set([f]));
  });

  it.each(trees)('%s: random sets of changed paths keep the same candidates', async (_name, list) => {
    const files = await list();
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(files.length - 1), { minLength: 1, maxLength: 6 }), (picks) => {
        expectSameKept(files, new Set(picks.map((i) => files[i])));
      }),
      { numRuns: RUNS },
    );
  });
});
