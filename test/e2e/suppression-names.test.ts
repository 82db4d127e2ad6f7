import { describe, expect, it } from '@jest/globals';
import { flowFile, getSecret, listSecrets, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-dist.js';

/**
 * A config `ignore:` entry selects findings by the names a flow, its file and its actions have. In a
 * comparison the base's configuration applies, and a pull request must not be able to turn it onto its own
 * new finding by choosing names: renaming a flow into a `flow:` glob, moving its file under a `path:` glob,
 * renaming an action to the one an `action:` names (SPEC §4). Through dist/cli.js in real git repositories.
 */

const json = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
const GUID = '0a1b2c3d-0000-4000-8000-00000000000a';
const FLOW = `solutions/Sales/Workflows/Quote-${GUID.toUpperCase()}.json`;
const SANDBOX = `solutions/Sandbox/Workflows/Quote-${GUID.toUpperCase()}.json`;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Finding = {
  ruleId: string;
  file: string;
  action: string | null;
  status: string;
  suppressed: { by: string; reason: string } | null;
};
const findingsOf = (stdout: string) => JSON.parse(stdout).findings as Finding[];

/** A flow with an HTTP trigger (`All`: anyone may call it, FG130) and a display name. */
function quote(name: string, auth: 'All' | 'Tenant', actions: Json = {}): Json {
  const f: Json = flowFile(actions, manualTrigger(auth));
  f.properties.displayName = name;
  return f;
}

function scanBase(repo: GitRepo, base: string, ...more: string[]) {
  return runCli(['scan', '--base', base, '--head', 'HEAD', '--format', 'json', ...more], repo.dir);
}

const SANDBOX_IGNORE =
  'ignore:\n  - { rule: FG130, flow: "Sandbox*", reason: "sandbox flows are test-only" }\n';

describe("scan --base: renaming or moving into a config ignore does not accept the change's finding", () => {
  it('a flow renamed into a `flow:` glob', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(quote('Quote', 'Tenant')));
    repo.write('.flowguard.yml', SANDBOX_IGNORE);
    const base = repo.commit('base');
    repo.write(FLOW, json(quote('Sandbox Quote', 'All')));
    repo.commit('open the trigger, and call the flow a sandbox');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG130', status: 'new', suppressed: null }),
    ]);
    expect(r.status).toBe(1);
    // The user is told why the entry that seems to match did not apply.
    expect(r.stderr).toContain(
      'flowguard: warning: config ignore[0] (FG130, flow Sandbox*) not applied to FG130 in flow "Sandbox Quote", manual',
    );
    expect(r.stderr).toContain('the base revision calls the flow "Quote"');
    // Without --head (the working tree is the head) the same.
    expect(runCli(['scan', '--base', base], repo.dir).status).toBe(1);
    // A tree scan of the same head (a push after merging) judges the names it has: the entry applies.
    const tree = runCli(['scan', '.', '--format', 'json'], repo.dir);
    expect(tree.status).toBe(0);
    expect(findingsOf(tree.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG130', suppressed: expect.objectContaining({ by: 'config' }) }),
    ]);
    expect(tree.stderr).toBe('');
  });

  it('a flow file moved under a `path:` glob', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(quote('Quote', 'Tenant')));
    repo.write(
      '.flowguard.yml',
      'ignore:\n  - { rule: FG130, path: "solutions/Sandbox/**", reason: "sandbox solution" }\n',
    );
    const base = repo.commit('base');
    repo.remove(FLOW);
    repo.write(SANDBOX, json(quote('Quote', 'All')));
    repo.commit('move the flow into the sandbox solution, and open its trigger');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG130', file: SANDBOX, status: 'new', suppressed: null }),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`the base revision has the flow in ${FLOW}`);
    expect(runCli(['scan', '.'], repo.dir).status).toBe(0);
  });

  it('an action renamed to the name an `action:` glob names', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile({ List: listSecrets('OpenApiConnection') })));
    repo.write(
      '.flowguard.yml',
      'ignore:\n  - { rule: FG110, action: "List_names_for_rotation", reason: "rotation job" }\n',
    );
    const base = repo.commit('base');
    repo.write(FLOW, json(flowFile({ List_names_for_rotation: listSecrets('OpenApiConnection') })));
    repo.commit('rename the listing into the ignored name');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG110',
        action: 'List_names_for_rotation',
        status: 'new',
        suppressed: null,
      }),
      expect.objectContaining({ ruleId: 'FG110', action: 'List', status: 'resolved' }),
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the base revision calls the action "List"');
    expect(runCli(['scan', '.'], repo.dir).status).toBe(0);
  });
});

describe('scan --base: what the base already names keeps its suppression', () => {
  it('a flow that matched in the base and still matches (renamed within the glob) stays accepted', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(quote('Sandbox Quote', 'Tenant')));
    repo.write('.flowguard.yml', SANDBOX_IGNORE);
    const base = repo.commit('base');
    repo.write(FLOW, json(quote('Sandbox Quote v2', 'All')));
    repo.commit('open the sandbox trigger');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG130',
        status: 'new',
        suppressed: expect.objectContaining({ by: 'config', reason: 'sandbox flows are test-only' }),
      }),
    ]);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('warning');
  });

  it('a NEW flow whose name matches is accepted by its own names (a glob is a policy about names)', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(quote('Quote', 'Tenant')));
    repo.write('.flowguard.yml', SANDBOX_IGNORE);
    const base = repo.commit('base');
    const added = 'solutions/Sales/Workflows/Sandbox Intake-0A1B2C3D-0000-4000-8000-0000000000FF.json';
    repo.write(added, json(quote('Sandbox Intake', 'All')));
    repo.commit('add a sandbox flow with an open trigger');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({
        ruleId: 'FG130',
        file: added,
        status: 'new',
        suppressed: expect.objectContaining({ by: 'config' }),
      }),
    ]);
    expect(r.status).toBe(0);
  });

  it("a new action in a flow renamed into the glob is judged by the flow's base name", () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(quote('Quote', 'Tenant')));
    repo.write(
      '.flowguard.yml',
      'ignore:\n  - { rule: FG103, flow: "Sandbox*", reason: "sandbox vault holds test keys" }\n',
    );
    const base = repo.commit('base');
    repo.write(
      FLOW,
      json(quote('Sandbox Quote', 'Tenant', { Get: getSecret('OpenApiConnection', 'api-key') })),
    );
    repo.commit('read a secret, and call the flow a sandbox');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG103', action: 'Get', status: 'new', suppressed: null }),
    ]);
    expect(r.status).toBe(1);
  });
});

describe('scan --base: moving a flow into the paths a connector policy allows (FG141)', () => {
  const VAULT = `solutions/SecretsAccess/Workflows/Quote-${GUID.toUpperCase()}.json`;
  const POLICY = [
    'connectorPolicies:',
    '  - connector: shared_keyvault',
    '    allow: ["solutions/SecretsAccess/**"]',
    '    reason: "Key Vault only in the vault-access solution"',
  ].join('\n');
  const secured = () => ({ Get: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) });
  const noVault = (actions: Json = {}): Json => {
    const f: Json = flowFile(actions);
    delete f.properties.connectionReferences.shared_keyvault;
    delete f.properties.connectionReferences.keyvault;
    return f;
  };

  it('a Key Vault read the change adds to a flow it moves into the allowed paths is a new finding', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(noVault()));
    repo.write('.flowguard.yml', POLICY);
    const base = repo.commit('base: the Sales flow does not touch the vault');
    repo.remove(FLOW);
    repo.write(VAULT, json(flowFile(secured())));
    repo.commit('read a secret, and move the flow into the vault-access solution');

    const r = scanBase(repo, base);
    // (The flow also gains Key Vault connection references: FG140, medium.)
    const found = findingsOf(r.stdout).filter((f) => f.ruleId === 'FG141');
    expect(found).toEqual([
      expect.objectContaining({
        ruleId: 'FG141',
        file: VAULT,
        action: 'Get',
        status: 'new',
        suppressed: null,
      }),
    ]);
    expect((found[0] as Finding & { message: string }).message).toContain(
      `This change moves the flow there from ${FLOW}`,
    );
    expect(r.status).toBe(1);
    // Once merged, the flow's place is the allowed one.
    expect(runCli(['scan', '.', '--format', 'json'], repo.dir).stdout).not.toContain('FG141');
  });

  it('a flow that already used the vault and moves in keeps its finding as existing until merged', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(flowFile(secured())));
    repo.write('.flowguard.yml', `${POLICY}\nreport: all\nfailOn: none\n`);
    const base = repo.commit('base: the Sales flow reads the vault (FG141)');
    repo.remove(FLOW);
    repo.write(VAULT, json(flowFile(secured())));
    repo.commit('move the flow into the vault-access solution');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([
      expect.objectContaining({ ruleId: 'FG141', file: VAULT, action: 'Get', status: 'existing' }),
    ]);
    expect(r.status).toBe(0);
  });

  it('a flow the change adds inside the allowed paths is judged by its own place', () => {
    const repo = new GitRepo();
    repo.write(FLOW, json(noVault()));
    repo.write('.flowguard.yml', POLICY);
    const base = repo.commit('base');
    repo.write(VAULT.replace('00000000000A', '0000000000FF'), json(flowFile(secured())));
    repo.commit('a new vault-access flow');

    const r = scanBase(repo, base);
    expect(findingsOf(r.stdout)).toEqual([]);
    expect(r.status).toBe(0);
  });
});
