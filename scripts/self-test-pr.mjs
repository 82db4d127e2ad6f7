// Builds the pull requests the self-test workflow reviews with `uses: ./`, and points the action at them.
//
//   node scripts/self-test-pr.mjs setup         three commits in a scratch repository, fetched into the workspace
//   node scripts/self-test-pr.mjs event NAME    the event payload now describes the pull request base...NAME
//   node scripts/self-test-pr.mjs restore       the runner's own event payload back
//
// Why this shape: the action reviews what the event names (pull_request.base.sha / head.sha, or the merge
// group's), and the runner does not let a step override GITHUB_EVENT_PATH or GITHUB_WORKSPACE. The file the
// variable names can be rewritten, though, and the action reads commits from the workspace's object store
// when they are there. So the commits are made here — base: examples/attack/base; attack: examples/attack/head
// on top of it; benign: the base with a harmless change — fetched into the workspace, and the payload is
// rewritten to name them. The action then does exactly what it does on a real pull request: merge base from
// local history, both revisions read from git, findings classified new / existing, the gate.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';

const env = process.env;
const workspace = env.GITHUB_WORKSPACE || process.cwd();
const eventPath = env.GITHUB_EVENT_PATH;
const scratch = path.join(env.RUNNER_TEMP || '/tmp', 'flowguard-self-test');
const saved = path.join(scratch, 'event.original.json');
const REF = 'refs/flowguard-self-test';

function git(cwd, ...args) {
  return execFileSync(
    'git',
    [
      '-c',
      'user.name=flowguard self-test',
      '-c',
      'user.email=self-test@invalid',
      '-c',
      'commit.gpgsign=false',
      ...args,
    ],
    { cwd, encoding: 'utf8' },
  ).trim();
}

function flowFile(dir) {
  const folder = path.join(dir, 'solution', 'Workflows');
  return path.join(
    folder,
    readdirSync(folder).find((f) => f.endsWith('.json')),
  );
}

function setup() {
  const repo = path.join(scratch, 'repo');
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  cpSync(path.join(workspace, 'examples/attack/base'), path.join(repo, 'solution'), { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');

  // The attack: secure outputs switched off, the vault listed and every secret read.
  cpSync(path.join(workspace, 'examples/attack/head'), path.join(repo, 'solution'), { recursive: true });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'attack');
  const attack = git(repo, 'rev-parse', 'HEAD');

  // A benign change on the base: a Compose step that notes the run, nothing secret near it.
  git(repo, 'checkout', '-q', '-b', 'benign', base);
  const file = flowFile(repo);
  const text = readFileSync(file, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const flow = JSON.parse(text.slice(bom.length));
  flow.properties.definition.actions.Note_the_run = {
    runAfter: {},
    type: 'Compose',
    inputs: 'Partner order sync started',
  };
  writeFileSync(file, `${bom}${JSON.stringify(flow, null, 2)}\n`);
  git(repo, 'commit', '-q', '-am', 'benign: note the run');
  const benign = git(repo, 'rev-parse', 'HEAD');

  // Into the workspace's object store, with history, so the action needs neither a fetch nor the API.
  git(workspace, 'fetch', '-q', '--no-tags', repo, `+refs/heads/*:${REF}/*`);
  const out = `base=${base}\nattack=${attack}\nbenign=${benign}\n`;
  if (env.GITHUB_OUTPUT) writeFileSync(env.GITHUB_OUTPUT, out, { flag: 'a' });
  process.stdout.write(out);
}

function event(name) {
  if (!eventPath) throw new Error('GITHUB_EVENT_PATH is not set');
  const base = git(workspace, 'rev-parse', `${REF}/main~1`);
  const head = git(workspace, 'rev-parse', name === 'attack' ? `${REF}/main` : `${REF}/benign`);
  if (!existsSync(saved)) copyFileSync(eventPath, saved);
  const payload = JSON.parse(readFileSync(saved, 'utf8'));
  const repository = { full_name: env.GITHUB_REPOSITORY };
  // pull_request / pull_request_target read pull_request; merge_group reads merge_group. Both are set so
  // the job is the same PR-shaped review under either event.
  payload.pull_request = {
    ...payload.pull_request,
    number: payload.pull_request?.number ?? 1,
    base: { ...payload.pull_request?.base, sha: base, repo: repository },
    head: { ...payload.pull_request?.head, sha: head, repo: repository },
  };
  payload.merge_group = { ...payload.merge_group, base_sha: base, head_sha: head };
  writeFileSync(eventPath, JSON.stringify(payload));
  process.stdout.write(`event: ${name} — base ${base}, head ${head}\n`);
}

function restore() {
  if (eventPath && existsSync(saved)) copyFileSync(saved, eventPath);
}

const [command, arg] = process.argv.slice(2);
if (command === 'setup') setup();
else if (command === 'event' && (arg === 'attack' || arg === 'benign')) event(arg);
else if (command === 'restore') restore();
else {
  process.stderr.write('usage: self-test-pr.mjs setup | event attack|benign | restore\n');
  process.exit(2);
}
