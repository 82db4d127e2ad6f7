/**
 * The import directions of flowguard (ARCHITECTURE.md), checked by `npm run lint`. Data moves through the
 * stages left to right; a module may import only what stands before it:
 *
 *   json, git (leaves) ← sources ← model ← diff ← rules ← findings ← report
 *   config, engine (the faces' helpers) and github (publishers) above them; cli and action on top.
 *
 * Each rule's comment says why the arrow it forbids would hurt.
 */

/** The pipeline, in the order data moves. */
const STAGES = ['sources', 'model', 'diff', 'rules', 'findings', 'report'];
/** What stands above every stage. */
const ABOVE_STAGES = ['config', 'engine', 'github', 'action', 'cli'];

const folders = (names) => `^src/(${names.join('|')})/`;
/** The faces' entry files (src/cli.ts, src/action.ts) belong to their folders' floor. */
const face = (name) => `^src/(${name}/|${name}\\.ts$)`;

const stageRules = STAGES.map((stage, i) => ({
  name: `${stage}-runs-one-way`,
  comment:
    `${stage}/ is stage ${i + 1} of the pipeline (${STAGES.join(' → ')}): it may use the stages before it, ` +
    'never one after it nor config, engine, publishers or faces. An arrow back up would make the earlier ' +
    'stage know about later ones: a new rule, format or face would then change code it should not touch.',
  severity: 'error',
  from: { path: `^src/${stage}/` },
  to: { path: folders([...STAGES.slice(i + 1), ...ABOVE_STAGES]) },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment:
        'Modules that import each other cannot be understood, tested or moved one at a time, and ESM ' +
        'evaluates one of them half-initialised.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing fails at run time in the bundle.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'json-is-a-leaf',
      comment:
        'src/json/ (own-property reads, JsonPath) is used by sources, model and findings alike: it may ' +
        'import nothing of flowguard, or it would tie those stages together.',
      severity: 'error',
      from: { path: '^src/json/' },
      to: { path: '^src/', pathNot: '^src/json/' },
    },
    {
      name: 'git-is-a-leaf',
      comment:
        'src/git/ is the door to the git program: it knows git, not flows, so it imports nothing of ' +
        'flowguard and the readers, config, engine and action can all stand on it.',
      severity: 'error',
      from: { path: '^src/git/' },
      to: { path: '^src/', pathNot: '^src/git/' },
    },
    ...stageRules,
    {
      name: 'analysis-reads-no-git',
      comment:
        'The model, diff, rules, findings, reporters and publishers work on what the readers produced; ' +
        'only the readers (sources), config discovery, the engine and the faces reach git.',
      severity: 'error',
      from: { path: folders(['model', 'diff', 'rules', 'findings', 'report', 'github']) },
      to: { path: '^src/git/' },
    },
    {
      name: 'config-below-engine',
      comment:
        'config/ (the config file, and the options both faces resolve) is used by the engine and the faces; ' +
        'it must not reach up into the engine, reporters, publishers or faces it serves.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: folders(['engine', 'report', 'github', 'action', 'cli']) },
    },
    {
      name: 'engine-renders-nothing',
      comment:
        'The engine turns options into a Report; rendering and publishing it is the faces’ business, so ' +
        'the engine imports no reporter, publisher or face.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: folders(['report', 'github', 'action', 'cli']) },
    },
    {
      name: 'publishers-read-the-report',
      comment:
        'GitHub publishers get a finished Report: they never read files or git, parse flows, run the ' +
        'engine or resolve config, so the same report reaches every channel unchanged.',
      severity: 'error',
      from: { path: '^src/github/' },
      to: { path: folders(['sources', 'model', 'diff', 'engine', 'config', 'git', 'action', 'cli']) },
    },
    {
      name: 'cli-is-no-action',
      comment: 'The command line neither imports the action face nor talks to GitHub.',
      severity: 'error',
      from: { path: face('cli') },
      to: { path: `${face('action')}|^src/github/` },
    },
    {
      name: 'action-is-no-cli',
      comment:
        'The action face shares what it has in common with the CLI through config/ and engine/, not cli/.',
      severity: 'error',
      from: { path: face('action') },
      to: { path: face('cli') },
    },
    {
      name: 'octokit-only-in-github',
      comment:
        'Only src/github/ talks to the GitHub API (one client with retries and throttling, limits in one ' +
        'file); everything else is testable without it.',
      severity: 'error',
      from: { pathNot: '^src/github/' },
      to: { path: 'node_modules/(@octokit/|@actions/github/)' },
    },
    {
      name: 'actions-toolkit-only-in-the-action',
      comment:
        '@actions/core (inputs, annotations, job summary) belongs to the action face and its publishers; ' +
        'the engine and the CLI must run outside GitHub Actions.',
      severity: 'error',
      from: { pathNot: `${face('action')}|^src/github/` },
      to: { path: 'node_modules/@actions/core/' },
    },
    {
      name: 'child-process-only-in-git',
      comment:
        'Running programs is git’s room alone: src/git/ builds every git command line (no shell, no option ' +
        'injection from a revision name), and tests swap it for MemoryGit.',
      severity: 'error',
      from: { pathNot: '^src/git/' },
      to: { path: '^(node:)?child_process$', dependencyTypes: ['core'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // ESM-only packages (the Octokit plugins) export only an `import` condition.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
