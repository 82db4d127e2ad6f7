import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * The repository's own GitHub workflows, parsed: every third-party action pinned to a full commit SHA with
 * its version in a comment (as zizmor and OpenSSF Scorecard ask), the same pin everywhere (README included),
 * least-privilege permissions, checkouts that keep no credentials, and `merge_group` on every workflow meant
 * as a required check — without it a merge queue waits forever for the check.
 */
const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
type Step = { uses?: string; with?: Record<string, unknown> };
type Job = { steps?: Step[]; uses?: string; permissions?: unknown };
type Workflow = {
  on: Record<string, unknown>;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
};
const workflows = files.map((file) => {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  return { file, text, wf: parse(text) as Workflow };
});
/** Workflows branch protection / rulesets require. */
const REQUIRED_CHECKS = ['ci.yml', 'self-test.yml'];
const PINNED = /^([\w.-]+\/[\w.-]+(?:\/[\w./-]+)?)@([0-9a-f]{40})$/;
/** The line of a `uses:` must carry the release as a comment: `# v6.0.2`. */
const VERSION_COMMENT = /#\s*v\d+(?:\.\d+){0,2}\b/;

function usesLines(text: string): { ref: string; line: string }[] {
  return text
    .split('\n')
    .map((line) => ({ line, m: /^\s*(?:-\s+)?uses:\s*([^\s#]+)/.exec(line) }))
    .filter((x): x is { line: string; m: RegExpExecArray } => x.m !== null)
    .map(({ line, m }) => ({ ref: m[1], line }));
}

it('there are the CI, self-test and release workflows', () => {
  expect(files.sort()).toEqual(['ci.yml', 'release.yml', 'self-test.yml']);
});

describe.each(workflows)('$file', ({ file, text, wf }) => {
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);

  it('pins every third-party action to a full commit SHA, with the version in a comment', () => {
    const refs = usesLines(text);
    expect(refs.length).toBe(steps.filter((s) => s.uses).length);
    for (const { ref, line } of refs) {
      if (ref === './') continue; // this repository's own action, at the commit under test
      expect({ ref, pinned: PINNED.test(ref) }).toEqual({ ref, pinned: true });
      expect({ line, comment: VERSION_COMMENT.test(line) }).toEqual({ line, comment: true });
    }
  });

  it('declares top-level permissions, read-only or none; writes only per job, never write-all', () => {
    expect(wf.permissions).toBeDefined();
    expect(wf.permissions === 'write-all' || wf.permissions === 'read-all').toBe(false);
    const top = wf.permissions as Record<string, string>;
    expect(Object.values(top).filter((v) => v !== 'read')).toEqual([]);
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions === 'write-all').toBe(false);
      // The only write any job of this repository needs: the release's contents.
      const writes = Object.entries((job.permissions ?? {}) as Record<string, string>).filter(
        ([, v]) => v === 'write',
      );
      expect(writes.map(([k]) => `${file}:${k}`)).toEqual(
        file === 'release.yml' ? ['release.yml:contents'] : [],
      );
    }
  });

  it('checks out without persisting the token', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
  });

  it('has a concurrency group', () => expect(wf.concurrency).toBeDefined());

  if (REQUIRED_CHECKS.includes(file)) {
    it('runs on pull requests and in the merge queue (merge_group)', () => {
      expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'merge_group']));
    });
  }
});

it('uses one pin per action across the workflows and the README examples', () => {
  const readme = readFileSync('README.md', 'utf8');
  const pins = new Map<string, Set<string>>();
  for (const { ref } of [...workflows.flatMap((w) => usesLines(w.text)), ...usesLines(readme)]) {
    const m = PINNED.exec(ref);
    if (!m) continue;
    const action = m[1].split('/').slice(0, 2).join('/');
    pins.set(action, (pins.get(action) ?? new Set()).add(m[2]));
  }
  for (const [action, shas] of pins)
    expect({ action, shas: [...shas] }).toEqual({ action, shas: [...shas].slice(0, 1) });
  expect(pins.has('actions/checkout')).toBe(true);
});

it('the README pins every GitHub-owned action it shows and gives merge_group to every required-check workflow', () => {
  const readme = readFileSync('README.md', 'utf8');
  for (const { ref, line } of usesLines(readme)) {
    if (/^(actions|github)\//.test(ref)) {
      expect({ ref, pinned: PINNED.test(ref) }).toEqual({ ref, pinned: true });
      expect({ line, comment: VERSION_COMMENT.test(line) }).toEqual({ line, comment: true });
    }
  }
  // Each YAML example that runs flowguard on pull requests is meant as a required check.
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
  const gated = blocks.filter(
    (b) => /uses: flowguard\/flowguard@/.test(b) && /^\s*pull_request(_target)?:/m.test(b),
  );
  expect(gated.length).toBeGreaterThan(1);
  for (const b of gated) expect(b).toMatch(/^\s*merge_group:/m);
});
