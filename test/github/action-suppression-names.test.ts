import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FakeGitHub } from '../helpers/fake-github.js';
import { flowFile, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runOnPullRequest, type ActionRun } from './pr-repository.js';

/**
 * The bundled action on a pull request that renames an existing flow into the base config's `ignore` glob
 * (`flow: "Sandbox*"`) while opening its trigger: the base's entry must not accept the PR's own finding
 * (SPEC §4), and the run says why. Build first (`npm run build`) when src/ changed.
 */
const FLOW = 'solution/Workflows/Quote-0A1B2C3D-0000-4000-8000-0000000000C2.json';
const json = (o: unknown) => `${JSON.stringify(o, null, 2)}\n`;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function quote(name: string, auth: string): Json {
  const f: Json = flowFile({}, manualTrigger(auth));
  f.properties.displayName = name;
  return f;
}

const work = new GitRepo('fg-names-work-');
const github = new FakeGitHub();
let run: ActionRun;

beforeAll(async () => {
  work.write(FLOW, json(quote('Quote', 'Tenant')));
  work.write(
    '.flowguard.yml',
    'ignore:\n  - { rule: FG130, flow: "Sandbox*", reason: "sandbox flows only" }\n',
  );
  const base = work.commit('base');
  work.write(FLOW, json(quote('Sandbox Quote', 'All')));
  const head = work.commit('open the trigger, and call the flow a sandbox');
  const diff = work.git('diff', base, head, '--', FLOW);
  const files = [{ filename: FLOW, status: 'modified' as const, patch: diff.slice(diff.indexOf('@@')) }];
  ({ run } = await runOnPullRequest(work, base, head, github, files));
}, 60_000);

afterAll(() => github.close());

describe('the action on a pull request that renames a flow into a config ignore', () => {
  it('fails the gate on the new finding: the entry does not accept it', () => {
    expect(run.outputs.gate).toBe('failed');
    expect(run.outputs['new-findings']).toBe('1');
    expect(run.status).toBe(1);
    const comments = github.reviews.flatMap((r) => r.comments);
    expect(comments.some((c) => c.body.includes('FG130'))).toBe(true);
  });

  it('says why: a workflow warning and a note in the summary comment', () => {
    expect(run.stdout).toMatch(
      /::warning title=flowguard suppression::config ignore\[0\] \(FG130, flow Sandbox\*\) not applied to FG130 in flow "Sandbox Quote"/,
    );
    expect(github.issueComments).toHaveLength(1);
    const body = github.issueComments[0].body;
    expect(body).toContain('not applied to FG130');
    expect(body).toContain('the base revision calls the flow "Quote"');
    expect(body).not.toContain('suppressed');
  });
});
