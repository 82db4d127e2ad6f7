import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mergeBaseOf } from '../../src/action/merge-base.js';
import { CliGit } from '../../src/git/git-cli.js';
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
