import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmodSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { scanRevisions } from '../../src/engine/scan.js';
import { CliGit } from '../../src/git/git-cli.js';
import type { Git, TreeEntry } from '../../src/git/git.js';
import { MemoryGit, type MemoryFile } from '../../src/git/memory-git.js';
import { flowFile, getSecret } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * MemoryGit stands in for git in tests of what sits above it, so it must answer as the git program does:
 * the same repository, built once for real and once in memory, gets the same answers from both — down to
 * the engine's review of a change.
 */

const G = '0a1b2c3d-0000-4000-8000-00000000000a';
const flowPath = `sol/src/Workflows/Flow-${G.toUpperCase()}.json`;
const json = (o: unknown): string => JSON.stringify(o, null, 2);
const secured = json(
  flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) }),
);
const unsecured = json(flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key') }));

const BASE: Record<string, MemoryFile> = {
  [flowPath]: secured,
  'sol/src/Other/Customizations.xml': '<ImportExportXml/>\n',
  'README.md': 'readme\n',
  'a-b.txt': 'dash\n',
  'a/c.txt': 'slash\n',
  'deep/x/y/z.txt': 'deep\n',
  'run.sh': { content: '#!/bin/sh\n', mode: '100755' },
  'link.json': { content: 'README.md', mode: '120000' },
};
const HEAD: Record<string, MemoryFile> = {
  ...BASE,
  [flowPath]: unsecured,
  'sol/src/Workflows/New.json': '{}\n',
  'deep/x/y/z.txt': 'deeper\n',
};
delete HEAD['a-b.txt'];
const SIDE: Record<string, MemoryFile> = { ...BASE, 'side.txt': 'side\n' };

const repo = new GitRepo('fg-memory-git-');
const real = new CliGit(repo.dir);
const memory = new MemoryGit(repo.dir);
const ids = { real: {} as Record<string, string>, memory: {} as Record<string, string> };
afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

function writeReal(files: Record<string, MemoryFile>): void {
  repo.git('rm', '-rq', '--ignore-unmatch', '.');
  for (const [rel, f] of Object.entries(files)) {
    if (typeof f === 'object' && !Buffer.isBuffer(f) && f.mode === '120000')
      symlinkSync(String(f.content), path.join(repo.dir, rel));
    else {
      repo.write(rel, typeof f === 'object' && !Buffer.isBuffer(f) ? f.content : f);
      if (typeof f === 'object' && !Buffer.isBuffer(f) && f.mode === '100755')
        chmodSync(path.join(repo.dir, rel), 0o755);
    }
  }
}

beforeAll(() => {
  writeReal(BASE);
  ids.real.base = repo.commit('base');
  ids.memory.base = memory.commit(BASE);
  writeReal(HEAD);
  ids.real.head = repo.commit('head');
  ids.memory.head = memory.commit(HEAD, { parents: [ids.memory.base], ref: 'main' });
  repo.git('checkout', '-q', '-b', 'side', ids.real.base);
  writeReal(SIDE);
  ids.real.side = repo.commit('side');
  ids.memory.side = memory.commit(SIDE, { parents: [ids.memory.base], ref: 'side' });
  repo.git('checkout', '-q', 'main');
});

/** Each implementation's answer, with commit ids written by name so the two compare. */
async function both<T>(ask: (git: Git, id: Record<string, string>) => Promise<T>): Promise<[T, T]> {
  return [await ask(real, ids.real), await ask(memory, ids.memory)];
}

const folderless = (entries: TreeEntry[]): TreeEntry[] =>
  entries.map((e) => (e.type === 'tree' ? { ...e, oid: '(folder)' } : e));

describe('MemoryGit answers as the git program does', () => {
  it('lists trees: every file, the root, chosen folders, and the folders', async () => {
    for (const commit of ['base', 'head']) {
      const [r, m] = await both((git, id) => git.lsTree(id[commit], { recursive: true }));
      expect(m).toEqual(r);
      expect(r.find((e) => e.path === 'link.json')?.mode).toBe('120000');
      const [rr, mr] = await both((git, id) => git.lsTree(id[commit], { recursive: false }));
      expect(folderless(mr)).toEqual(folderless(rr));
      const folders = ['sol/src/', 'deep/x/', 'a/'];
      const [rf, mf] = await both((git, id) => git.lsTree(id[commit], { recursive: false, folders }));
      expect(folderless(mf)).toEqual(folderless(rf));
      const [rd, md] = await both((git, id) => git.lsFolders(id[commit]));
      expect(md).toEqual(rd);
    }
  });

  it('diffs two commits, raw and by name, and reads files at a revision', async () => {
    const [r, m] = await both((git, id) => git.diffRaw(id.base, id.head));
    expect(m).toEqual(r);
    expect(r.map((c) => c.path)).toContain('a-b.txt');
    const [rn, mn] = await both((git, id) => git.diffNames(id.base, id.head));
    expect(mn).toEqual(rn);
    const [rs, ms] = await both(async (git, id) => [
      await git.show(id.head, flowPath),
      await git.show(id.head, 'a-b.txt'),
    ]);
    expect(ms).toEqual(rs);
    expect(rs[1]).toBeNull();
  });

  it('diffs a commit with the working tree, untracked files included', async () => {
    repo.write('deep/x/y/z.txt', 'edited\n');
    repo.write('untracked.txt', 'new\n');
    memory.setWorktree({
      ...Object.fromEntries(
        Object.entries(HEAD).map(([p, f]) => [
          p,
          typeof f === 'object' && !Buffer.isBuffer(f) ? f.content : f,
        ]),
      ),
      'deep/x/y/z.txt': 'edited\n',
      'untracked.txt': 'new\n',
    });
    try {
      const [r, m] = await both((git, id) => git.diffNames(id.head, null));
      expect(m).toEqual(r);
      expect([...r].sort()).toEqual(['deep/x/y/z.txt', 'untracked.txt']);
    } finally {
      repo.git('checkout', '-q', '--', '.');
      repo.remove('untracked.txt');
    }
  });

  it('reads blobs by id, dropping the bytes of one larger than asked to keep', async () => {
    const [entries] = await both((git, id) => git.lsTree(id.head, { recursive: true }));
    const oid = entries.find((e) => e.path === flowPath)!.oid;
    const [r, m] = await both(async (git) => {
      const batch = git.catFileBatch();
      try {
        const kept = batch.fetch(oid, Infinity);
        const dropped = batch.fetch(oid, 10);
        return [await kept.size, (await kept.content)?.toString(), await dropped.size, await dropped.content];
      } finally {
        batch.close();
      }
    });
    expect(m).toEqual(r);
    expect(r[1]).toBe(unsecured);
    expect(r[3]).toBeNull();
  });

  it('resolves revisions, knows its commits, and finds the merge base', async () => {
    const [r, m] = await both(async (git, id) => [
      (await git.resolveCommit('main')) === id.head,
      (await git.mergeBase(id.side, id.head)) === id.base,
      await git.hasCommit(id.base),
      await git.hasCommit('f'.repeat(40)),
    ]);
    expect(m).toEqual(r);
    expect(r).toEqual([true, true, true, false]);
    for (const git of [real, memory])
      await expect(git.resolveCommit('no-such-branch')).rejects.toThrow(
        /revision "no-such-branch" is not in this clone/,
      );
  });

  it('gives the engine the same review of a change', async () => {
    const [r, m] = await both((git, id) =>
      scanRevisions({
        cwd: repo.dir,
        paths: [],
        config: {},
        failOn: 'high',
        base: id.base,
        head: id.head,
        git,
      }),
    );
    expect(m).toEqual(r);
    expect(r.findings.map((f) => `${f.ruleId} ${f.status} ${f.location.file}`)).toContain(
      `FG101 new ${flowPath}`,
    );
  });
});

describe('MemoryGit as a shallow clone', () => {
  it('has a remote commit only after fetching it', async () => {
    const git = new MemoryGit();
    const id = git.commit({ 'a.txt': 'a\n' }, { remote: true });
    expect(await git.hasCommit(id)).toBe(false);
    await expect(git.show(id, 'a.txt')).resolves.toBeNull();
    await git.fetchCommit(id);
    expect(await git.hasCommit(id)).toBe(true);
    expect((await git.show(id, 'a.txt'))?.toString()).toBe('a\n');
    await expect(git.fetchCommit('HEAD')).rejects.toThrow(/is not a full commit SHA/);
  });
});
