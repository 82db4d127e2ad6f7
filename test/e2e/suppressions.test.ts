import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { flowFile, getSecret, listSecrets, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-dist.js';
import { sarifSchemaErrors } from '../github/sarif-schema.js';

/** Suppressions, baselines, severity overrides, connector policies and strict config, through dist/cli.js. */

const json = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
const GUID = '0a1b2c3d-0000-4000-8000-00000000000a';
const FLOW = `solutions/Sales/Workflows/Quote-${GUID.toUpperCase()}.json`;
const VAULT_FLOW = `solutions/SecretsAccess/Workflows/Vault-0A1B2C3D-0000-4000-8000-00000000000B.json`;

/** A flow with FG110 (List) and FG103 (Get, unsecured). */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const listing = (notes: Record<string, string> = {}): Json => {
  const f: Json = flowFile({
    List: listSecrets('OpenApiConnection'),
    Get: getSecret('OpenApiConnection', 'api-key'),
  });
  for (const [action, description] of Object.entries(notes))
    f.properties.definition.actions[action].description = description;
  return f;
};

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-supp-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
const findingsOf = (stdout: string) =>
  JSON.parse(stdout).findings as Array<{
    ruleId: string;
    action: string;
    suppressed: unknown;
    severity: string;
  }>;

describe('config ignore, severity and strict config (tree scans)', () => {
  it('an ignore entry suppresses: still reported with its reason, counted, not gating; SARIF marks it', () => {
    const dir = tree({
      [FLOW]: json(listing()),
      '.flowguard.yml': [
        'severity: { FG103: medium }',
        'ignore:',
        '  - rule: fg110',
        '    flow: "Quo*"',
        '    path: "solutions/Sales/**"',
        '    reason: "rotation job lists names only"',
        '    expires: 2999-12-31',
      ].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual(
      expect.objectContaining({
        gate: 'passed',
        suppressed: 1,
        findings: { new: 1, existing: 0, resolved: 0 },
      }),
    );
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG110',
        suppressed: { by: 'config', reason: 'rotation job lists names only', expires: '2999-12-31' },
      }),
      expect.objectContaining({ ruleId: 'FG103', severity: 'medium', suppressed: null }),
    ]);
    const text = runCli(['scan', '.'], dir);
    expect(text.stdout).toContain('suppressed (config, until 2999-12-31): rotation job lists names only');
    expect(text.stdout).toMatch(/1 finding in 1 flow, 1 suppressed — gate passed/);
    const md = runCli(['scan', '.', '--format', 'markdown'], dir).stdout;
    expect(md).toContain('Suppressed findings (1): accepted with a reason');
    const sarifFile = path.join(dir, 'out.sarif');
    expect(runCli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], dir).status).toBe(0);
    expect(sarifSchemaErrors(sarifFile)).toEqual([]);
    const results = JSON.parse(readFileSync(sarifFile, 'utf8')).runs[0].results;
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'FG110').suppressions).toEqual([
      { kind: 'external', justification: 'rotation job lists names only' },
    ]);
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'FG103').suppressions).toBeUndefined();
  });

  it('an expired entry no longer applies, and a warning names it', () => {
    const dir = tree({
      [FLOW]: json(listing()),
      '.flowguard.yml':
        'ignore:\n  - { rule: FG103, reason: ok }\n  - { rule: FG110, reason: "was ok", expires: 2020-01-01 }\n',
    });
    const r = runCli(['scan', '.'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('flowguard: warning: config ignore[1] (FG110) expired on 2020-01-01');
  });

  it('severity off disables a rule', () => {
    const dir = tree({ [FLOW]: json(listing()), '.flowguard.yml': 'severity: { FG110: off, fg103: low }\n' });
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    expect(r.status).toBe(0);
    expect(findingsOf(r.stdout).map((f) => [f.ruleId, f.severity])).toEqual([['FG103', 'low']]);
  });

  it.each([
    [
      'disable: [FG9999]\n',
      /\.flowguard\.yml: disable\[0\]: "FG9999" is not a rule id \(known: FG001, FG101, .*FG150\)/,
    ],
    ['ignore:\n  - { rule: FG110 }\n', /\.flowguard\.yml: ignore\[0\]: key "reason" is required/],
    ['ignore:\n  - { rule: FG110, reason: x, until: 2027-01-01 }\n', /ignore\[0\]: unknown key "until"/],
    [
      'ignore:\n  - { rule: FG110, reason: x, expires: 2027-13-01 }\n',
      /ignore\[0\]: key "expires": "2027-13-01" is not a date/,
    ],
  ])('a config mistake is exit 2 naming file, entry and key: %j', (config, message) => {
    const r = runCli(['scan', '.'], tree({ [FLOW]: json(listing()), '.flowguard.yml': config }));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('.flowguard.yaml is found too; both present is exit 2', () => {
    const dir = tree({ [FLOW]: json(listing()), '.flowguard.yaml': 'disable: [FG110, FG103]\n' });
    expect(runCli(['scan', '.'], dir).status).toBe(0);
    writeFileSync(path.join(dir, '.flowguard.yml'), 'failOn: none\n');
    const both = runCli(['scan', '.'], dir);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/both \.flowguard\.yml and \.flowguard\.yaml exist/);
  });
});

describe('baseline', () => {
  it('accept today, fail on what is added since (a new finding, or an accepted one grown more severe)', () => {
    const dir = tree({ [FLOW]: json(listing()) });
    const written = runCli(['baseline', '.'], dir);
    expect(written.status).toBe(0);
    expect(written.stderr).toMatch(/2 findings in 1 flow accepted in \.flowguard-baseline\.json/);
    const file = JSON.parse(readFileSync(path.join(dir, '.flowguard-baseline.json'), 'utf8'));
    expect(file.schemaVersion).toBe(1);
    expect(file.findings.map((e: { rule: string; action: string }) => [e.rule, e.action])).toEqual([
      ['FG103', 'Get'],
      ['FG110', 'List'],
    ]);
    expect(Object.keys(file.findings[0])).toEqual([
      'fingerprint',
      'rule',
      'flow',
      'action',
      'file',
      'severity',
      'count',
    ]);
    expect(JSON.stringify(file)).not.toMatch(/"line"|message/);

    const ok = runCli(['scan', '.', '--baseline', '.flowguard-baseline.json', '--format', 'json'], dir);
    expect(ok.status).toBe(0);
    expect(findingsOf(ok.stdout).map((f) => (f.suppressed as { by: string }).by)).toEqual([
      'baseline',
      'baseline',
    ]);

    // Added since: a second Get_secret without secure outputs, in the same flow.
    const grown = listing();
    grown.properties.definition.actions.Get2 = getSecret('OpenApiConnection', 'db');
    writeFileSync(path.join(dir, FLOW), json(grown));
    writeFileSync(path.join(dir, '.flowguard.yml'), 'baseline: .flowguard-baseline.json\n');
    const failed = runCli(['scan', '.', '--format', 'json'], dir);
    expect(failed.status).toBe(1);
    expect(
      findingsOf(failed.stdout)
        .filter((f) => !f.suppressed)
        .map((f) => f.action),
    ).toEqual(['Get2']);

    // The accepted FG110 made more severe by config is not what was accepted.
    writeFileSync(
      path.join(dir, '.flowguard.yml'),
      'baseline: .flowguard-baseline.json\nseverity: { FG110: critical }\n',
    );
    const regraded = findingsOf(runCli(['scan', '.', '--format', 'json', '--fail-on', 'none'], dir).stdout);
    expect(regraded.find((f) => f.ruleId === 'FG110')!.suppressed).toBeNull();
  });

  it('a missing or malformed baseline file is exit 2', () => {
    const dir = tree({ [FLOW]: json(listing()), 'bad.json': '{"x":1}' });
    expect(runCli(['scan', '.', '--baseline', 'nope.json'], dir)).toEqual(
      expect.objectContaining({
        status: 2,
        stderr: expect.stringMatching(/cannot read baseline file .*nope\.json/),
      }),
    );
    expect(runCli(['scan', '.', '--baseline', 'bad.json'], dir).stderr).toMatch(
      /bad\.json: not a flowguard baseline/,
    );
  });
});

describe('connector policy (FG141) through the CLI', () => {
  it('Key Vault outside the vault-access solution is a finding naming flow, action and reason', () => {
    const vault = flowFile({ Get: getSecret('ApiConnection', 'k', { secureOutputs: true }) });
    const dir = tree({
      [FLOW]: json(flowFile({ Get: getSecret('ServiceProvider', 'k', { secureOutputs: true }) })),
      [VAULT_FLOW]: json(vault),
      '.flowguard.yml': [
        'connectorPolicies:',
        '  - connector: shared_keyvault',
        '    allow: ["solutions/SecretsAccess/**"]',
        '    reason: "Key Vault only in the vault-access solution"',
      ].join('\n'),
    });
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    expect(r.status).toBe(1);
    const found = JSON.parse(r.stdout).findings;
    expect(
      found.map((f: { ruleId: string; file: string; action: string }) => [f.ruleId, f.file, f.action]),
    ).toEqual([['FG141', FLOW, 'Get']]);
    expect(found[0].message).toMatch(
      /"Get" .* in flow "Quote" uses Azure Key Vault, .*solutions\/SecretsAccess\/\*\* \(Key Vault only in the vault-access solution\)/,
    );
  });
});

describe('PR mode: a change cannot accept its own findings', () => {
  const openTrigger = (description?: string) => {
    const t = manualTrigger('All');
    if (description) (t.manual as Record<string, unknown>).description = description;
    return t;
  };
  const restricted = (description?: string) => {
    const t = manualTrigger('Tenant');
    if (description) (t.manual as Record<string, unknown>).description = description;
    return t;
  };
  const NOTE = 'flowguard-ignore FG130: called only through APIM, which checks the caller';

  it('an inline ignore the change adds does not apply, and is listed as proposed', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile({}, restricted())));
    const base = repo.commit('base');
    repo.write(FLOW, json(flowFile({}, openTrigger(NOTE))));
    repo.commit('open the trigger and ignore the finding');
    const r = runCli(['scan', '--base', base, '--head', 'HEAD', '--format', 'json'], repo.dir);
    expect(r.status).toBe(1);
    expect(findingsOf(r.stdout)).toEqual([expect.objectContaining({ ruleId: 'FG130', suppressed: null })]);
    expect(r.stderr).toContain(
      'suppression proposed by this change, not applied to it: FG130 in flow "Quote", manual',
    );
    const md = runCli(['scan', '--base', base, '--head', 'HEAD', '--format', 'markdown'], repo.dir).stdout;
    expect(md).toContain('Suppressions proposed by this pull request (1)');
    expect(md).toContain('called only through APIM');
    // The plain scan of the same head (a push to main after merging) applies it.
    expect(runCli(['scan', '.'], repo.dir).status).toBe(0);
  });

  it('an inline ignore present in the base applies to the change', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile({}, restricted(NOTE))));
    const base = repo.commit('base, with the accepted note');
    repo.write(FLOW, json(flowFile({}, openTrigger(NOTE))));
    const r = runCli(['scan', '--base', base, '--format', 'json'], repo.dir);
    expect(r.status).toBe(0);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG130',
        suppressed: { by: 'inline', reason: NOTE.split(': ')[1], expires: null },
      }),
    ]);
    expect(r.stderr).not.toContain('proposed');
  });

  it('diff OLD NEW follows the same rule (OLD is the base)', () => {
    const dir = tree({
      'old/f.json': json(flowFile({}, restricted())),
      'new/f.json': json(flowFile({}, openTrigger(NOTE))),
    });
    expect(runCli(['diff', 'old/f.json', 'new/f.json'], dir).status).toBe(1);
    writeFileSync(path.join(dir, 'old/f.json'), json(flowFile({}, restricted(NOTE))));
    expect(runCli(['diff', 'old/f.json', 'new/f.json'], dir).status).toBe(0);
  });

  it('config ignore entries and a baseline added by the change do not apply: read from the base', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile({}, restricted())));
    repo.write('.flowguard.yml', 'failOn: high\n');
    const base = repo.commit('base');
    repo.write(FLOW, json(flowFile({}, openTrigger())));
    repo.write('.flowguard.yml', 'failOn: high\nignore:\n  - { rule: FG130, reason: "trust me" }\n');
    repo.commit('open the trigger, ignore it in config');
    const r = runCli(['scan', '--base', base, '--head', 'HEAD'], repo.dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /\.flowguard\.yml differs from the base revision .*: flowguard used the base's configuration/,
    );

    repo.write('.flowguard.yml', 'failOn: high\nbaseline: .flowguard-baseline.json\n');
    expect(runCli(['baseline', '.'], repo.dir).status).toBe(0);
    repo.commit('accept everything in a baseline');
    const b = runCli(
      ['scan', '--base', base, '--head', 'HEAD', '--baseline', '.flowguard-baseline.json'],
      repo.dir,
    );
    expect(b.status).toBe(1);
    expect(b.stderr).toMatch(/The baseline \.flowguard-baseline\.json is not in the base revision/);
  });
});
