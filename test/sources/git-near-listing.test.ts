import { afterAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CliGit } from '../../src/git/git-cli.js';
import { GitRevisionTree } from '../../src/sources/git-revision-tree.js';
import { nearPaths } from '../../src/sources/layout-discovery.js';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * PR mode lists a commit partly: the head only near the changed paths (`near`), the base from the head's
 * listing and the raw diff (`before`). Whatever PR mode then classifies must be what a full listing of
 * the same commit gives: the same files near the change, with the same blob ids.
 */

const RUNS = Math.ceil(Number(process.env.FLOWGUARD_FUZZ_RUNS ?? 100) / 4);

const BASE_FILES = [
  'Workflows/A-11111111-1111-4111-8111-111111111111.json',
  'Workflows/A-11111111-1111-4111-8111-111111111111.json.data.xml',
  'workflows/a-11111111-1111-4111-8111-111111111111.JSON.data.xml',
  'Other/Customizations.xml',
  'customizations.xml',
  'root.json',
  'sol/src/Workflows/B.json',
  'sol/src/WORKFLOWS/b.json.data.xml',
  'sol/src/other/customizations.xml',
  'sol/src/Entities/x.json',
  'SOL/src/Workflows/B2.json',
  'la/host.json',
  'la/connections.json',
  'la/One/workflow.json',
  'la/Two/workflow.json',
  'yaml/solutions/S/solution.yml',
  'yaml/solutions/S/Solution.YML',
  'yaml/modernflows/F/definition.json',
  'yaml/workflows/Classic.json',
  'deep/a/b/c/Workflows/D.json',
  'deep/a/b/c/Workflows/D.json.data.xml',
  'deep/a/b/c/Other/Customizations.xml',
  'we*ird [dir]/Workflows/E.json',
  'node_modules/pkg/flow.json',
  'zips/Solution_1_0.zip',
];

const repo = new GitRepo('fg-near-');
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

let baseCommit = '';
let headCommit = '';
function setUp(): void {
  if (headCommit) return;
  for (const f of BASE_FILES) repo.write(f, `base ${f}\n`);
  symlinkSync('root.json', path.join(repo.dir, 'link.json'));
  baseCommit = repo.commit('base');
  repo.write('sol/src/Workflows/B.json', 'changed\n');
  repo.write('sol/src/Workflows/New.json', 'added\n');
  repo.remove('la/Two/workflow.json');
  repo.write('yaml/solutions/T/solution.yml', 'added\n');
  repo.write('Other/Customizations.xml', 'changed\n');
  repo.remove('root.json');
  symlinkSync('customizations.xml', path.join(repo.dir, 'root.json'));
  repo.write('deep/a/b/c/Workflows/D.json.data.xml', 'changed\n');
  headCommit = repo.commit('head');
}

async function near(tree: GitRevisionTree, only: Set<string>): Promise<Array<[string, string]>> {
  try {
    const files = nearPaths(await tree.list(), only, new Set());
    const texts = await Promise.all(files.map(async (f) => (await tree.read(f)).toString('utf8')));
    return files.map((f, i) => [f, texts[i]]);
  } finally {
    tree.close();
  }
}

async function expectSame(only: Set<string>): Promise<void> {
  const git = new CliGit(repo.dir);
  const changes = await git.diffRaw(baseCommit, headCommit);
  const head = new GitRevisionTree(git, headCommit).near(Promise.resolve(only));
  const base = head.before(baseCommit, changes);
  expect(await near(head, only)).toEqual(await near(new GitRevisionTree(git, headCommit), only));
  expect(await near(base, only)).toEqual(await near(new GitRevisionTree(git, baseCommit), only));
}

describe('PR mode lists near the change, and the base from the head', () => {
  it('the changed paths, one by one and all together', async () => {
    setUp();
    const changed = (await new CliGit(repo.dir).diffRaw(baseCommit, headCommit)).map((c) => c.path);
    expect(changed.length).toBeGreaterThan(5);
    for (const p of changed) await expectSame(new Set([p]));
    await expectSame(new Set(changed));
  });

  it('any set of paths of either commit', async () => {
    setUp();
    const all = [...BASE_FILES, 'sol/src/Workflows/New.json', 'yaml/solutions/T/solution.yml', 'link.json'];
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(...all), { minLength: 1, maxLength: 4 }),
        async (picks) => {
          await expectSame(new Set(picks));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
