import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { FakeGitHub, type FakeFile } from '../helpers/fake-github.js';
import { flowFile, getSecret, listSecrets, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { hasCommit, runOnPullRequest, type ActionRun } from './pr-repository.js';

/**
 * The bundled action on a pull request against the local GitHub stand-in: one finding whose inline
 * suppression the base already had (accepted: no inline comment, listed as suppressed) and one whose
 * suppression the PR itself adds (not applied: commented inline, gate failed, listed as proposed).
 * Build first (`npm run build`) when src/ changed.
 */
const FLOW = 'solution/Workflows/Intake-0A1B2C3D-0000-4000-8000-0000000000C1.json';
const ACCEPTED = 'flowguard-ignore FG130: called only through APIM, which checks the caller';
const PROPOSED = 'flowguard-ignore FG110: the rotation job needs the names';
const json = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;

function trigger(auth: string): Record<string, unknown> {
  const t = manualTrigger(auth);
  (t.manual as Record<string, unknown>).description = ACCEPTED;
  return t;
}

const work = new GitRepo('fg-supp-work-');
const github = new FakeGitHub();
let base = '';
let head = '';
let run: ActionRun;

function files(): FakeFile[] {
  const diff = work.git('diff', base, head, '--', FLOW);
  return [{ filename: FLOW, status: 'modified', patch: diff.slice(diff.indexOf('@@')) }];
}

beforeAll(async () => {
  const secured = { Get: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) };
  work.write(FLOW, json(flowFile(secured, trigger('Tenant'))));
  base = work.commit('base: restricted trigger, its accepted note already there');
  const list = {
    ...listSecrets('OpenApiConnection', { runAfter: { Get: ['Succeeded'] } }),
    description: PROPOSED,
  };
  work.write(FLOW, json(flowFile({ ...secured, List: list }, trigger('All'))));
  head = work.commit('open the trigger; list the vault and ignore that in the same PR');
  const pr = await runOnPullRequest(work, base, head, github, files());
  run = pr.run;
  expect(hasCommit(pr.workspace, base) && hasCommit(pr.workspace, head)).toBe(true);
}, 60_000);

afterAll(() => github.close());

describe('the action and suppressions on a pull request', () => {
  it('fails the gate on the finding whose suppression the PR adds, not on the accepted one', () => {
    expect(run.outputs.gate).toBe('failed');
    expect(run.outputs['new-findings']).toBe('1');
    expect(run.status).toBe(1);
  });

  it('comments inline on the unsuppressed finding only', () => {
    const comments = github.reviews.flatMap((r) => r.comments);
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.some((c) => c.body.includes('FG110'))).toBe(true);
    expect(comments.some((c) => c.body.includes('FG130'))).toBe(false);
  });

  it('the summary comment lists the suppressed finding and the suppression proposed by this pull request', () => {
    expect(github.issueComments).toHaveLength(1);
    const body = github.issueComments[0].body;
    expect(body).toContain('1 suppressed');
    expect(body).toContain('Suppressed findings (1): accepted with a reason');
    expect(body).toContain('suppressed \\(inline\\): called only through APIM, which checks the caller');
    expect(body).toContain('Suppressions proposed by this pull request (1)');
    expect(body).toContain('the rotation job needs the names');
  });

  it('no annotation for the accepted finding; the SARIF file marks it in source', () => {
    expect(run.stdout).not.toMatch(/::error [^\n]*FG130/);
    expect(run.stdout).toMatch(/::error [^\n]*FG110/);
    const sarif = JSON.parse(execFileSync('cat', [run.sarifFile], { encoding: 'utf8' }));
    const fg130 = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'FG130');
    expect(fg130.suppressions).toEqual([
      { kind: 'inSource', justification: 'called only through APIM, which checks the caller' },
    ]);
  });
});
