import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flowFile, getSecret, http, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-dist.js';

/**
 * Ways a change (or a config) could weaken the review of that same change, each through dist/cli.js in a
 * real git repository (SPEC §4 "Nothing a change adds accepts that change's findings", §5 "never a silent
 * pass").
 */

const json = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
const GUID = '0a1b2c3d-0000-4000-8000-00000000000a';
const FLOW = `solutions/Sales/Workflows/Quote-${GUID.toUpperCase()}.json`;
type Finding = { ruleId: string; file: string; status: string; suppressed: { by: string } | null };
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as Finding[];

const calling = (credential: string, extra: Record<string, unknown> = {}) =>
  flowFile(
    {
      Call: http({
        uri: 'https://api.example.net/orders',
        headers: { Authorization: `Bearer ${credential}` },
      }),
    },
    manualTrigger('Tenant'),
    extra,
  );

describe('scan --base --config FILE', () => {
  it('reads the named file from the base revision: the change cannot switch off what reviews it', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile({}, manualTrigger('Tenant'))));
    repo.write('.flowguard.yml', 'failOn: high\n');
    repo.write('ci/flowguard.yml', 'failOn: high\n');
    const base = repo.commit('base');
    repo.write(FLOW, json(flowFile({}, manualTrigger('All'))));
    repo.write('.flowguard.yml', 'failOn: none\ndisable: [FG130]\n');
    repo.write('ci/flowguard.yml', 'severity: { FG130: off }\n');
    repo.commit('open the trigger, and switch off the rule that sees it');
    for (const config of ['.flowguard.yml', 'ci/flowguard.yml']) {
      for (const head of [['--head', 'HEAD'], []]) {
        const r = runCli(['scan', '--base', base, ...head, '--config', config, '--format', 'json'], repo.dir);
        expect({ config, head, status: r.status }).toEqual({ config, head, status: 1 });
        expect(findingsOf(r.stdout)).toEqual([expect.objectContaining({ ruleId: 'FG130', status: 'new' })]);
      }
    }
    // The change adds a .flowguard.yaml beside the .yml: the base's config still decides, and a note says so.
    repo.write('.flowguard.yaml', 'failOn: none\n');
    const both = runCli(['scan', '--base', base, '--format', 'json'], repo.dir);
    expect(both.status).toBe(1);
    expect(both.stderr).toMatch(/both \.flowguard\.yml and \.flowguard\.yaml exist .*used the base revision/);
    const missing = runCli(['scan', '--base', base, '--config', 'ci/new.yml'], repo.dir);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      `--config: ci/new.yml does not exist in the base revision ${base.slice(0, 7)}`,
    );
  });
});

describe('a baseline accepts in a comparison only what the base already has', () => {
  it('a copy of a baselined flow (same GUID) added by the change is not accepted by the entry of the original', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(calling('test-token-0000-accepted-in-the-baseline')));
    repo.write('.flowguard.yml', 'baseline: .flowguard-baseline.json\n');
    expect(runCli(['baseline', '.'], repo.dir).status).toBe(0);
    const base = repo.commit('base, with its credential accepted');
    expect(runCli(['scan', '.'], repo.dir).status).toBe(0);

    // The same flow again (same GUID, same action and header) in another solution folder, with another secret.
    const copy = FLOW.replace('solutions/Sales', 'solutions/Copy');
    repo.write(copy, json(calling('9f8e7d6c5b4a39281706f5e4d3c2b1a0-live')));
    repo.commit('add a copy of the flow');
    const r = runCli(['scan', '--base', base, '--head', 'HEAD', '--format', 'json'], repo.dir);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG150', file: copy, status: 'new', suppressed: null }),
    ]);
    expect(r.status).toBe(1);
    // The tree scan of the same head agrees: both copies are reported.
    expect(runCli(['scan', '.'], repo.dir).status).toBe(1);
  });

  it('a finding the change re-adds after it was fixed is new, and the stale entry does not accept it', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(calling('test-token-0000-accepted-in-the-baseline')));
    repo.write('.flowguard.yml', 'baseline: .flowguard-baseline.json\nreport: all\n');
    expect(runCli(['baseline', '.'], repo.dir).status).toBe(0);
    repo.commit('accept the credential');
    repo.write(FLOW, json(flowFile({ Call: http({ uri: 'https://api.example.net/orders' }) })));
    const fixed = repo.commit('fixed; the baseline entry stays');
    repo.write(FLOW, json(calling('9f8e7d6c5b4a39281706f5e4d3c2b1a0-live')));
    const reAdded = repo.commit('a credential again, in the same header');
    const r = runCli(['scan', '--base', fixed, '--head', reAdded, '--format', 'json'], repo.dir);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG150', status: 'new', suppressed: null }),
    ]);
    expect(r.status).toBe(1);
    // What the base already has stays accepted: an unrelated edit to the flow.
    repo.write(FLOW, json(calling('9f8e7d6c5b4a39281706f5e4d3c2b1a0-live', { contentVersion: '1.0.0.1' })));
    repo.commit('an unrelated edit');
    const later = runCli(['scan', '--base', reAdded, '--head', 'HEAD', '--format', 'json'], repo.dir);
    expect(findingsOf(later.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG150',
        status: 'existing',
        suppressed: expect.objectContaining({ by: 'baseline' }),
      }),
    ]);
    expect(later.status).toBe(0);
  });
});

describe('FG001 cannot be switched off', () => {
  it.each([['disable: [FG001]\n'], ['disable: [fg001]\n'], ['severity: { FG001: off }\n']])(
    '%j is exit 2, so a file flowguard cannot read never passes unseen',
    (config) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'fg-weak-'));
      writeFileSync(path.join(dir, '.flowguard.yml'), config);
      writeFileSync(path.join(dir, 'f.json'), json(flowFile({})));
      const r = runCli(['scan', '.'], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/\.flowguard\.yml: .*FG001 cannot be switched off/);
      expect(r.stderr).toContain('ignore');
    },
  );

  it('a base config that tried is an error for the change too, not a pass over a file broken by the change', () => {
    const repo = new GitRepo();
    repo.write(
      FLOW,
      json(flowFile({ Get: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) })),
    );
    repo.write('.flowguard.yml', 'disable: [FG001]\n');
    const base = repo.commit('base');
    repo.write(FLOW, `${json(flowFile({ Get: getSecret('OpenApiConnection', 'api-key') }))}// reviewed?\n`);
    repo.commit('secure outputs off, and the file no longer parses');
    const r = runCli(['scan', '--base', base, '--head', 'HEAD'], repo.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/FG001 cannot be switched off/);
  });
});
