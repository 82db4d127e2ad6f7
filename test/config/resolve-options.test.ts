import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions } from '../../src/config/resolve-options.js';
import { MemoryGit } from '../../src/git/memory-git.js';

/** Both faces resolve their options here: the config file, their flags or inputs over it, the gate's default. */

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-options-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('resolveOptions', () => {
  it('defaults the gate to high, and flags or inputs win over the file (excludes add up)', async () => {
    const cwd = folder({ '.flowguard.yml': 'report: all\nexclude: [a/**]\ninclude: [x/**]\n' });
    expect(await resolveOptions({ cwd, overrides: {}, notes: [] })).toMatchObject({
      failOn: 'high',
      report: 'all',
      config: { include: ['x/**'], exclude: ['a/**'] },
    });
    const over = await resolveOptions({
      cwd,
      overrides: { failOn: 'none', report: 'new', include: ['y/**'], exclude: ['b/**'] },
      notes: [],
    });
    expect(over).toMatchObject({
      failOn: 'none',
      report: 'new',
      config: { include: ['y/**'], exclude: ['a/**', 'b/**'] },
    });
  });

  it("resolves the config's baseline beside the config file, and a flag's from the working folder", async () => {
    const cwd = folder({ 'ci/flowguard.yml': 'baseline: accepted.json\nfailOn: medium\n' });
    const named = { file: 'ci/flowguard.yml', named: 'input "config"' };
    const got = await resolveOptions({ cwd, config: named, overrides: {}, notes: [] });
    expect(got).toMatchObject({ failOn: 'medium', baseline: path.join(cwd, 'ci', 'accepted.json') });
    const flag = await resolveOptions({ cwd, config: named, overrides: { baseline: 'b.json' }, notes: [] });
    expect(flag.baseline).toBe(path.join(cwd, 'b.json'));
  });

  it("reviews a change with its base commit's config, and says when the pull request changes it", async () => {
    const git = new MemoryGit('/repo');
    const base = git.commit({ '.flowguard.yml': 'failOn: low\nbaseline: accepted.json\n' });
    const head = git.commit({ '.flowguard.yml': 'failOn: none\ndisable: [FG101]\n' }, { parents: [base] });
    const notes: string[] = [];
    const got = await resolveOptions({
      cwd: '/repo',
      overrides: {},
      base: { git, commit: base, compareWith: { head } },
      notes,
    });
    expect(got).toMatchObject({ failOn: 'low', baseline: '/repo/accepted.json' });
    expect(got.config.disable).toBeUndefined();
    expect(notes).toEqual([
      'This pull request changes .flowguard.yml; flowguard used the version in the base commit.',
    ]);
  });

  it('names the input when the config it names is missing from the base commit or outside the repository', async () => {
    const git = new MemoryGit('/repo');
    const base = git.commit({ 'README.md': 'x' });
    const ask = (file: string) =>
      resolveOptions({
        cwd: '/repo',
        config: { file, named: 'input "config"' },
        overrides: {},
        base: { git, commit: base, compareWith: { head: base } },
        notes: [],
      });
    await expect(ask('ci/fg.yml')).rejects.toThrow(
      `input "config": ci/fg.yml does not exist in the base commit ${base.slice(0, 7)}`,
    );
    await expect(ask('../elsewhere.yml')).rejects.toThrow(
      'input "config": "../elsewhere.yml" is outside the repository /repo',
    );
  });
});
