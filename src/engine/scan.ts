import path from 'node:path';
import type { FlowguardConfig } from '../config/config-file.js';
import { readFile } from 'node:fs/promises';
import type { FailOn, Report, ReportMode } from '../findings/types.js';
import { BaselineError, parseBaseline, type BaselineEntry } from '../findings/baseline-file.js';
import { ConfigSuppressions } from '../findings/config-suppressions.js';
import { disabledRules } from '../findings/severity-overrides.js';
import { CliGit } from '../git/git-cli.js';
import type { Git } from '../git/git.js';
import { GitRevisionTree } from '../sources/git-revision-tree.js';
import { FsTree } from '../sources/fs-tree.js';
import { readPaths } from '../sources/read-paths.js';
import { readTree } from '../sources/read-tree.js';
import type { FlowSource, ReadOptions, ReadResult } from '../sources/types.js';
import type { ModelOptions } from '../model/build-flow.js';
import { analyse, type AnalyseOptions } from './analyse.js';
import { unreadChildPaths } from './child-flow-context.js';
import { buildRevision, joinRevisions, type Revision } from './revision.js';
import { SingleRevisionAnalysis } from './single-revision.js';

export interface ScanRequest {
  cwd: string;
  /** Paths to scan (default: the current directory); in git mode, the parts of the repository to review. */
  paths: string[];
  config: FlowguardConfig;
  failOn: FailOn;
  report?: ReportMode;
  /** Baseline file (absolute); in git mode it is read from the base revision. */
  baseline?: string;
  /** `YYYY-MM-DD` (UTC) for `expires`; default today. */
  today?: string;
  /** Lines for the user (stderr / workflow notices): e.g. a baseline the base revision does not have. */
  notes?: string[];
  /** The repository, in git mode (default: the git program in `cwd`). */
  git?: Git;
}

function readOptions(config: FlowguardConfig, only?: ReadonlySet<string>): ReadOptions {
  return {
    include: config.include,
    exclude: config.exclude,
    limits: config.limits,
    ...(only ? { only } : {}),
  };
}

function modelOptions(config: FlowguardConfig): ModelOptions {
  return {
    customSecretSources: config.secretSources,
    maxNestingDepth: config.limits?.maxNestingDepth,
    maxExpressionLength: config.limits?.maxExpressionLength,
  };
}

/** The tree paths a flow's pathKey can name (`file`, `file!entry`, `file#resource`; names may hold `!`/`#`). */
function treePathsOf(pathKeys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const key of pathKeys) {
    out.add(key);
    for (let i = 0; i < key.length; i++) if (key[i] === '!' || key[i] === '#') out.add(key.slice(0, i));
  }
  return out;
}

function revision(read: ReadResult, config: FlowguardConfig): Revision {
  return buildRevision(read, modelOptions(config));
}

function analyseOptions(req: ScanRequest, baseline?: ReadonlyMap<string, BaselineEntry>): AnalyseOptions {
  const today = req.today ?? new Date().toISOString().slice(0, 10);
  return {
    failOn: req.failOn,
    report: req.report,
    disabled: disabledRules(req.config.disable, req.config.severity),
    severity: req.config.severity,
    suppressions: {
      config: new ConfigSuppressions(req.config.ignore ?? [], today),
      ...(baseline ? { baseline } : {}),
    },
    rules: {
      allowedHosts: req.config.allowedHosts ?? [],
      privilegedConnectors: req.config.privilegedConnectors ?? [],
      connectorPolicies: req.config.connectorPolicies ?? [],
    },
  };
}

function finish(
  head: Revision,
  base: Revision | null,
  req: ScanRequest,
  baseline?: ReadonlyMap<string, BaselineEntry>,
): Report {
  const report = analyse(head, base, analyseOptions(req, baseline));
  if (base) report.baseFlows = base.flows.length;
  return report;
}

/** The baseline file from disk (tree scans, `diff`); a missing or malformed file is an error. */
async function diskBaseline(req: ScanRequest): Promise<ReadonlyMap<string, BaselineEntry> | undefined> {
  if (!req.baseline) return undefined;
  let text: string;
  try {
    text = await readFile(req.baseline, 'utf8');
  } catch (err) {
    throw new BaselineError(`cannot read baseline file ${req.baseline}: ${(err as Error).message}`);
  }
  return parseBaseline(text, req.baseline);
}

/**
 * In git mode the baseline comes from the base revision, as the configuration does in the action: a change
 * that adds or grows the baseline does not accept its own findings. Absent there, none applies (a note says so).
 */
async function revisionBaseline(
  req: ScanRequest,
  git: Git,
  top: string,
  baseCommit: string,
): Promise<ReadonlyMap<string, BaselineEntry> | undefined> {
  if (!req.baseline) return undefined;
  const rel = toRepoPath(top, path.resolve(req.cwd, req.baseline));
  const blob = await git.show(baseCommit, rel);
  if (blob === null) {
    req.notes?.push(
      `The baseline ${rel} is not in the base revision ${baseCommit.slice(0, 7)}: no baseline applied (a change cannot accept its own findings).`,
    );
    return undefined;
  }
  return parseBaseline(blob.toString('utf8'), `${rel} (base revision ${baseCommit.slice(0, 7)})`);
}

/** `flowguard scan [PATH ...]`: one revision, every finding new. */
export async function scanPaths(req: ScanRequest): Promise<Report> {
  const analysis = new SingleRevisionAnalysis(
    analyseOptions(req, await diskBaseline(req)),
    modelOptions(req.config),
    true,
  );
  const paths = req.paths.length ? req.paths : ['.'];
  const read = await readPaths(paths, req.cwd, {
    ...readOptions(req.config),
    onFlows: (flows, order) => analysis.add(flows, order),
  });
  // Held callers of children that turned out to return secrets (rare) are read again to be checked again:
  // first only their files, then, if a name defeats that, everything.
  const wanted = analysis.settle();
  if (wanted.size > 0) {
    const refill = { onFlows: (flows: FlowSource[]) => analysis.refill(flows) };
    await readPaths(paths, req.cwd, { ...readOptions(req.config, treePathsOf(wanted)), ...refill });
    if (analysis.settle().size > 0)
      await readPaths(paths, req.cwd, { ...readOptions(req.config), ...refill });
  }
  return analysis.finish(read);
}

/**
 * `flowguard scan --base REV [--head REV]`: both revisions straight from the git object store (the head
 * may be the working tree), reading only the files that changed between them.
 */
export async function scanRevisions(req: ScanRequest & { base: string; head?: string }): Promise<Report> {
  const git = req.git ?? new CliGit(req.cwd);
  const top = await git.toplevel();
  // Both revisions at once; a failure is still reported for the base first.
  const [base, head] = await Promise.allSettled([
    git.resolveCommit(req.base),
    req.head ? git.resolveCommit(req.head) : Promise.resolve(null),
  ]);
  if (base.status === 'rejected') throw base.reason;
  if (head.status === 'rejected') throw head.reason;
  const baseCommit = base.value;
  const headCommit = head.value;
  const scope = (req.paths.length ? req.paths : ['.']).map((p) => toRepoPath(top, path.resolve(req.cwd, p)));
  const inScope = (p: string): boolean => scope.some((s) => s === '' || p === s || p.startsWith(`${s}/`));
  // With two commits, one raw diff gives the changed paths and lets the base tree be listed from the
  // head's, and the head lists only the folders near the change (its folder list runs beside the diff).
  const changes = headCommit ? git.diffRaw(baseCommit, headCommit) : null;
  const changedSet = (async () => {
    const paths = changes ? (await changes).map((c) => c.path) : await git.diffNames(baseCommit, null);
    return new Set([...paths].filter(inScope));
  })();
  const headTree = headCommit ? new GitRevisionTree(git, headCommit).near(changedSet) : new FsTree(top);
  const changed = await changedSet;

  const options = readOptions(req.config, changed);
  const baseTree =
    headTree instanceof GitRevisionTree && changes
      ? headTree.before(baseCommit, await changes)
      : new GitRevisionTree(git, baseCommit);
  let baseRev: Revision;
  let headRev: Revision;
  try {
    const [baseRead, headRead] = await Promise.all([
      readTree(baseTree, options),
      readTree(headTree, options),
    ]);
    headRev = revision(headRead, req.config);
    baseRev = revision(baseRead, req.config);
    // The unchanged flows that changed ones call: read on both sides, so callers see what they return.
    const children = unreadChildPaths([...headRev.flows, ...baseRev.flows], await headTree.list());
    if (children.size > 0) {
      const only = readOptions(req.config, children);
      const [baseMore, headMore] = await Promise.all([readTree(baseTree, only), readTree(headTree, only)]);
      // The children's keys were missing from the flows read, so no identity is shared across the two parts.
      headRev = joinRevisions(headRev, revision(headMore, req.config));
      baseRev = joinRevisions(baseRev, revision(baseMore, req.config));
    }
  } finally {
    baseTree.close();
    if (headTree instanceof GitRevisionTree) headTree.close();
  }
  const baseline = await revisionBaseline(req, git, top, baseCommit);
  return finish(headRev, baseRev, req, baseline);
}

/** `flowguard diff OLD NEW`: two flow files, solution folders or zips, in any mix. */
export async function diffTargets(req: ScanRequest & { old: string; new: string }): Promise<Report> {
  const [oldRead, newRead] = await Promise.all([
    readPaths([req.old], req.cwd, readOptions(req.config)),
    readPaths([req.new], req.cwd, readOptions(req.config)),
  ]);
  const base = revision(oldRead, req.config);
  const head = revision(newRead, req.config);
  // Two single flows are the same flow, whatever their file names say.
  if (base.flows.length === 1 && head.flows.length === 1) {
    head.flows[0].key = base.flows[0].key;
  }
  return finish(head, base, req, await diskBaseline(req));
}

function toRepoPath(top: string, abs: string): string {
  const rel = path.relative(top, abs);
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new Error(`${abs} is outside the repository ${top}`);
  return rel.split(path.sep).join('/');
}
