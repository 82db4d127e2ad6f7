import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { flowFile, manualTrigger } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from './pr-repository.js';

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
const origin = mkdtempSync(path.join(tmpdir(), 'fg-names-origin-'));
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
  execFileSync('git', ['clone', '-q', '--bare', work.dir, origin]);
  execFileSync('git', ['-C', origin, 'config', 'uploadpack.allowAnySHA1InWant', 'true']);

  await github.start();
  github.pull.headSha = head;
  const diff = work.git('diff', base, head, '--', FLOW);
  github.pull.files = [{ filename: FLOW, status: 'modified', patch: diff.slice(diff.indexOf('@@')) }];
  const tree = work.git('rev-parse', `${head}^{tree}`).trim();
  const merge = work.git('commit-tree', tree, '-p', base, '-p', head, '-m', 'merge').trim();
  work.git('push', '-q', `file://${origin}`, `${merge}:refs/pull/1/merge`, `${head}:refs/pull/1/head`);
  const workspace = mkdtempSync(path.join(tmpdir(), 'fg-names-ws-'));
  const git = (...args: string[]) => execFileSync('git', ['-C', workspace, ...args], { encoding: 'utf8' });
  git('init', '-q');
  git('remote', 'add', 'origin', `file://${origin}`);
  git('fetch', '-q', '--depth=1', '--no-tags', 'origin', merge);
  git('checkout', '-q', '--detach', merge);
  const repository = {
    id: 1,
    name: 'flows',
    full_name: 'octo/flows',
    owner: { login: 'octo', type: 'Organization' },
  };
  const event = {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      head: { ref: 'f', sha: head, repo: repository },
      base: { ref: 'main', sha: base, repo: repository },
    },
    repository,
  };
  run = await runAction({ workspace, eventName: 'pull_request', event, apiUrl: github.url, sha: merge });
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
