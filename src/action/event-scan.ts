import { statSync } from 'node:fs';
import path from 'node:path';
import type { FlowguardConfig } from '../config/config-file.js';
import { resolveOptions, type OptionRequest } from '../config/resolve-options.js';
import type { Finding, Report } from '../findings/types.js';
import { CliGit } from '../git/git-cli.js';
import type { Git } from '../git/git.js';
import type { MergeBaseLookup } from '../github/merge-base-lookup.js';
import type { ActionInputs } from './action-inputs.js';
import type { ReviewTarget } from './event-context.js';
import { fetchMissing, reviewBase } from './merge-base.js';

export interface EventScan {
  report: Report;
  config: FlowguardConfig;
  /** Things the reader should know about how the scan ran (shown in the summary comment and log). */
  notes: string[];
}

/**
 * Runs the engine for the event: a pull request or merge group compares base and head straight from the
 * git object store, fetching either commit the shallow checkout lacks; anything else scans the working tree.
 * On a pull request the config comes from the base commit: the PR's own copy is written by its author,
 * who could otherwise switch off the rules that would catch the change (`disable: [FG101]`), re-grade
 * them (`severity`) or accept their findings (`ignore`, `baseline`).
 */
export async function scanForEvent(
  target: ReviewTarget,
  inputs: ActionInputs,
  workspace: string,
  log: (m: string) => void,
  mergeBaseLookup: MergeBaseLookup | null = null,
  git: Git = new CliGit(workspace),
): Promise<EventScan> {
  const engine = await import('../engine/scan.js');
  const notes: string[] = [];
  const options = (base?: OptionRequest['base']) =>
    resolveOptions({
      cwd: workspace,
      ...(inputs.config ? { config: { file: inputs.config, named: 'input "config"' } } : {}),
      overrides: { failOn: inputs.failOn, report: inputs.report, exclude: inputs.exclude },
      ...(base ? { base } : {}),
      notes,
    });
  if (target.kind === 'tree') {
    const { config, failOn, report: mode, baseline } = await options();
    const report = await engine.scanPaths({
      cwd: workspace,
      paths: inputs.paths,
      config,
      failOn,
      report: mode,
      notes,
      ...(baseline ? { baseline } : {}),
    });
    // TODO(lead): i9a makes every report name files relative to the repository root; once merged, this
    // rewrite goes (or becomes a path-root option of the engine).
    return { report: repositoryRelative(report, inputs.paths, workspace), config, notes };
  }
  await fetchMissing(git, [target.baseSha, target.headSha], log);
  const base =
    target.kind === 'pull-request'
      ? await reviewBase(git, target.baseSha, target.headSha, mergeBaseLookup, log, notes)
      : target.baseSha;
  const {
    config,
    failOn,
    report: mode,
    baseline,
  } = await options({
    git,
    commit: base,
    compareWith: { head: target.headSha },
  });
  const report = await engine.scanRevisions({
    cwd: workspace,
    paths: inputs.paths,
    config,
    failOn,
    report: mode,
    base,
    head: target.headSha,
    notes,
    git,
    // Read from the base commit by the engine, like the config: a PR cannot accept its own findings.
    ...(baseline ? { baseline } : {}),
  });
  return { report, config, notes };
}

/**
 * The engine names files relative to the scanned root; with a single folder in `paths` that is the
 * folder, while annotations, SARIF and links need paths from the repository root.
 */
function repositoryRelative(report: Report, paths: string[], workspace: string): Report {
  if (paths.length !== 1) return report;
  const root = path.resolve(workspace, paths[0]);
  const prefix = path.relative(workspace, root).split(path.sep).join('/');
  if (!prefix || prefix.startsWith('..') || !isDirectory(root)) return report;
  const fix = (f: Finding): Finding => ({
    ...f,
    location: { ...f.location, file: `${prefix}/${f.location.file}` },
    ...(f.baseLocation
      ? { baseLocation: { ...f.baseLocation, file: `${prefix}/${f.baseLocation.file}` } }
      : {}),
  });
  return { ...report, findings: report.findings.map(fix) };
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
