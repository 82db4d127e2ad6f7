import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetchMissing, mergeBaseOf, reviewBase } from '../../src/action/merge-base.js';
import { CliGit } from '../../src/git/git-cli.js';
import { MemoryGit } from '../../src/git/memory-git.js';
import { GitRepo } from '../helpers/git-repo.js';

/** main: A ─ B(fix on main)   pr: A ─ P. The PR's merge base is A, not main's tip B. */
function history(): { repo: GitRepo; a: string; b: string; p: string } {
  const repo = new GitRepo();
  repo.write('f.txt', 'a');
  const a = repo.commit('A');
  repo.git('checkout', '-q', '-b', 'pr');
  repo.write('p.txt', 'p');
  const p = repo.commit('P');
  repo.git('checkout', '-q', 'main');
  repo.write('f.txt', 'b');
  const b = repo.commit('B');
  return { repo, a, b, p };
}

describe('mergeBaseOf', () => {
  it('answers from local history when it is there, without asking GitHub', async () => {
    const { repo, a, b, p } = history();
    let asked = 0;
    const got = await mergeBaseOf(new CliGit(repo.dir), b, p, async () => (asked++, null));
    expect([got, asked]).toEqual([a, 0]);
  });

  it('asks the compare API in a depth-1 clone, where git cannot tell', async () => {
    const { repo, a, b, p } = history();
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'fg-mb-')), 'c');
    execFileSync('git', ['clone', '-q', '--depth=1', '--no-single-branch', `file://${repo.dir}`, clone]);
    const seen: string[] = [];
    const got = await mergeBaseOf(new CliGit(clone), b, p, async (x, y) => (seen.push(`${x}...${y}`), a));
    expect(got).toBe(a);
    expect(seen).toEqual([`${b}...${p}`]);
  });

  it('gives null when neither git nor GitHub can say (the caller falls back to the base tip)', async () => {
    const { repo, b, p } = history();
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'fg-mb-')), 'c');
    execFileSync('git', ['clone', '-q', '--depth=1', '--no-single-branch', `file://${repo.dir}`, clone]);
    expect(
      await mergeBaseOf(new CliGit(clone), b, p, async () => Promise.reject(new Error('403'))),
    ).toBeNull();
    expect(await mergeBaseOf(new CliGit(clone), b, p, null)).toBeNull();
  });
});

/** The same history in memory, as a depth-1 checkout of the PR sees it: A is only on the remote. */
function shallowHistory(): { git: MemoryGit; a: string; b: string; p: string } {
  const git = new MemoryGit();
  const a = git.commit({ 'f.txt': 'a' }, { remote: true });
  const p = git.commit({ 'f.txt': 'a', 'p.txt': 'p' }, { parents: [a], remote: true });
  const b = git.commit({ 'f.txt': 'b' }, { parents: [a], remote: true });
  return { git, a, b, p };
}

describe('reviewBase', () => {
  it("fetches the PR's base and head, then the merge base GitHub names, and reviews against it", async () => {
    const { git, a, b, p } = shallowHistory();
    const log: string[] = [];
    const notes: string[] = [];
    await fetchMissing(git, [b, p], (m) => log.push(m));
    expect([await git.hasCommit(b), await git.hasCommit(p), await git.hasCommit(a)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(
      await reviewBase(
        git,
        b,
        p,
        async () => a,
        (m) => log.push(m),
        notes,
      ),
    ).toBe(a);
    expect(await git.hasCommit(a)).toBe(true);
    expect(log).toEqual([
      `Fetching ${b} (git fetch --depth=1 origin ${b}): the checkout does not contain it`,
      `Fetching ${p} (git fetch --depth=1 origin ${p}): the checkout does not contain it`,
      `Fetching the merge base ${a} (git fetch --depth=1 origin ${a})`,
    ]);
    expect(notes).toEqual([]);
  });

  it('falls back to the base tip, and says so, when no one can name the merge base', async () => {
    const { git, b, p } = shallowHistory();
    await fetchMissing(git, [b, p], () => undefined);
    const notes: string[] = [];
    expect(await reviewBase(git, b, p, null, () => undefined, notes)).toBe(b);
    expect(notes).toEqual([
      `The merge base of ${b.slice(0, 7)} and ${p.slice(0, 7)} could not be found: compared with the base branch tip.`,
    ]);
  });
});
