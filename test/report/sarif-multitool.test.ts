import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { runCli } from '../helpers/run-dist.js';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * Microsoft's SARIF Multitool (`validate`, rule kinds Sarif, Gh and Ado) on the golden SARIF and on SARIF the
 * bundle writes for `scan`, `scan --base` and `diff` (files, folders, zips; relative and absolute arguments):
 * no error and no warning. The Ado kind describes what GitHub Advanced Security for Azure DevOps ingests,
 * which only happens inside Azure Pipelines: those runs get the pipeline's predefined variables.
 */
const require = createRequire(import.meta.url);
const MULTITOOL = path.join(
  path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')),
  'Sarif.Multitool',
);
const AZURE_PIPELINES = {
  TF_BUILD: 'True',
  SYSTEM_DEFINITIONID: '12',
  SYSTEM_PHASEID: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  SYSTEM_PHASENAME: 'Job',
  BUILD_DEFINITIONNAME: 'Flow review',
  SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
  SYSTEM_TEAMPROJECT: 'Power Platform',
  BUILD_SOURCEBRANCH: 'refs/pull/7/merge',
  BUILD_BUILDID: '99',
};
const FIXTURE = path.resolve('test/fixtures/secret-path');

interface Problem {
  ruleId: string;
  level: string;
  file: string;
  text: string;
}

/** Runs `validate` on the files and returns every error and warning it reports. */
function validate(files: string[], kinds: string): Problem[] {
  const out = path.join(work, `validation-${kinds.replace(/;/g, '-')}.sarif`);
  const r = spawnSync(
    MULTITOOL,
    ['validate', '--rule-kind', kinds, ...files, '-o', out, '--log', 'ForceOverwrite'],
    { encoding: 'utf8', env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' } },
  );
  if (r.error) throw r.error;
  if (!existsSync(out))
    throw new Error(`the multitool wrote no log (exit ${r.status}):\n${r.stdout}${r.stderr}`);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  const run = log.runs[0];
  const problems: Problem[] = (run.results ?? [])
    .filter((x: { level?: string }) => (x.level ?? 'warning') !== 'note' && x.level !== 'none')
    .map(
      (x: {
        ruleId: string;
        level?: string;
        message: { text?: string };
        locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
      }) => ({
        ruleId: x.ruleId,
        level: x.level ?? 'warning',
        file: path.basename(
          decodeURIComponent(x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
        ),
        text: x.message.text ?? '',
      }),
    );
  // Tool failures (ERR999…) are notifications, not results: they must not pass silently.
  for (const inv of run.invocations ?? [])
    for (const n of inv.toolExecutionNotifications ?? [])
      problems.push({
        ruleId: n.descriptor?.id ?? 'notification',
        level: n.level ?? 'error',
        file: '',
        text: n.message?.text,
      });
  return problems;
}

let work: string;
beforeAll(() => {
  // npm may skip the package's postinstall `chmod`: set the run bit here.
  chmodSync(MULTITOOL, 0o755);
  work = mkdtempSync(path.join(tmpdir(), 'fg-multitool-'));
});

describe('SARIF Multitool validate (Sarif, Gh, Ado)', () => {
  it('accepts the golden SARIF once it carries the Azure Pipelines run details, and every bundle output', async () => {
    const files = { github: [] as string[], azure: [] as string[] };
    const save = (name: string, text: string, kind: 'github' | 'azure') => {
      const file = path.join(work, name);
      writeFileSync(file, text);
      files[kind].push(file);
    };
    const golden = JSON.parse(readFileSync('test/report/golden/report.sarif', 'utf8'));
    golden.runs[0].automationDetails = {
      id: 'azuredevops/pipeline/build/contoso/p/12/3f2504e0-4f89-11d3-9a0c-0305e82c3301/main/1',
      properties: {
        'azuredevops/pipeline/build/buildDefinitionId': '12',
        'azuredevops/pipeline/build/buildDefinitionName': 'Flow review',
        'azuredevops/pipeline/build/phaseId': '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        'azuredevops/pipeline/build/phaseName': 'Job',
      },
    };
    save('golden-azure.sarif', JSON.stringify(golden, null, 2), 'azure');
    save('golden-github.sarif', readFileSync('test/report/golden/report.sarif', 'utf8'), 'github');

    // A repository with the flow in base and head commits, plus a zip of each side.
    const git = new GitRepo('fg-multitool-repo-');
    const repo = git.dir;
    cpSync(path.join(FIXTURE, 'base'), path.join(repo, 'flows'), { recursive: true });
    git.commit('base');
    cpSync(path.join(FIXTURE, 'head'), path.join(repo, 'flows'), { recursive: true });
    git.commit('head');
    for (const side of ['base', 'head']) {
      // A solution zip: solution.xml and customizations.xml at the root, the flow under Workflows/.
      const zip = new JSZip();
      zip.file('solution.xml', readFileSync('examples/attack/head/Other/Solution.xml'));
      zip.file('customizations.xml', readFileSync('examples/attack/head/Other/Customizations.xml'));
      zip.file(
        'Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json',
        readFileSync(path.join(FIXTURE, side, 'sync-partner-orders.json')),
      );
      writeFileSync(path.join(repo, `${side}.zip`), await zip.generateAsync({ type: 'nodebuffer' }));
    }
    const runs: Array<[string, string[]]> = [
      ['scan-relative', ['scan', 'flows']],
      ['scan-absolute', ['scan', path.join(repo, 'flows')]],
      ['scan-base', ['scan', '--base', 'HEAD~1', '--head', 'HEAD']],
      [
        'diff-files',
        ['diff', path.join(FIXTURE, 'base/sync-partner-orders.json'), 'flows/sync-partner-orders.json'],
      ],
      ['diff-folders', ['diff', path.join(FIXTURE, 'base'), 'flows']],
      ['diff-zips', ['diff', 'base.zip', path.join(repo, 'head.zip')]],
    ];
    for (const [name, args] of runs) {
      for (const [env, suffix] of [
        [{}, 'github'],
        [AZURE_PIPELINES, 'azure'],
      ] as const) {
        const r = runCli([...args, '--format', 'sarif', '--fail-on', 'none'], repo, env);
        expect({ name, status: r.status, stderr: r.stderr }).toEqual({
          name,
          status: 0,
          stderr: expect.any(String),
        });
        const log = JSON.parse(r.stdout);
        // The runs have something to check: FG121 with its code flow.
        expect({
          name,
          codeFlows: log.runs[0].results.some((x: { codeFlows?: unknown }) => x.codeFlows),
        }).toEqual({ name, codeFlows: true });
        save(`${name}-${suffix}.sarif`, r.stdout, suffix);
      }
    }
    // A run that analysed nothing (exit 2): its failed invocation and notification are valid SARIF too.
    mkdirSync(path.join(repo, 'empty'));
    const empty = runCli(['scan', 'empty', '--format', 'sarif', '--fail-on', 'none'], repo);
    expect(empty.status).toBe(2);
    expect(JSON.parse(empty.stdout).runs[0].invocations[0].executionSuccessful).toBe(false);
    save('nothing-analysed-github.sarif', empty.stdout, 'github');
    // A control the validator must reject, so a run that checks nothing cannot pass: an absolute file
    // path as the URI (SARIF1004), no region (SARIF2017), no run details for GHAzDO (GHAzDO1014).
    const control = JSON.parse(readFileSync(files.github[0], 'utf8'));
    control.runs[0].results[0].locations[0].physicalLocation = {
      artifactLocation: { uri: '/abs/Flow.json' },
    };
    save('control.sarif', JSON.stringify(control), 'azure');

    // In Azure Pipelines (and the golden log given its run details): all three kinds, nothing to report.
    const azure = validate(files.azure, 'Sarif;Gh;Ado');
    expect(azure.filter((p) => p.file !== 'control.sarif')).toEqual([]);
    const caught = new Set(azure.map((p) => p.ruleId));
    expect(caught).toEqual(new Set(['SARIF1004', 'SARIF2017', 'GHAzDO1014']));
    // Elsewhere there is no pipeline to name: SARIF's and GitHub's rules, nothing to report.
    expect(validate(files.github, 'Sarif;Gh')).toEqual([]);
  }, 180000);
});
