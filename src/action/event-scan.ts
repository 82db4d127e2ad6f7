import { existsSync } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';
import type { FlowguardConfig } from '../config/config-file.js';
import { resolveOptions, type OptionRequest } from '../config/resolve-options.js';
import { nothingAnalysed } from '../engine/nothing-analysed.js';
import type { Report } from '../findings/types.js';
import { CliGit } from '../git/git-cli.js';
import type { Git } from '../git/git.js';
import type { MergeBaseLookup } from '../github/merge-base-lookup.js';
import { FsTree } from '../sources/fs-tree.js';
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
  warn: (m: string) => void = log,
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
    await warnUnmatched(workspace, inputs, config, warn);
    const report = await engine.scanPaths({
      cwd: workspace,
      paths: inputs.paths,
      config,
      failOn,
      report: mode,
      notes,
      ...(baseline ? { baseline } : {}),
    });
    const empty = nothingAnalysed(report, { command: 'scan', paths: inputs.paths }, config);
    if (empty) throw new Error(empty);
    return { report, config, notes };
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
  await warnUnmatched(workspace, inputs, config, warn);
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
 * `paths` or `include` that match no file of the repository review nothing, silently: say so. (A tree
 * scan that then finds no flow fails; on a pull request "no flow changed" would hide the mistake.)
 */
async function warnUnmatched(
  workspace: string,
  inputs: ActionInputs,
  config: FlowguardConfig,
  warn: (m: string) => void,
): Promise<void> {
  for (const p of inputs.paths)
    if (!existsSync(path.resolve(workspace, p)))
      warn(`input "paths": ${p} matches no file of the repository`);
  if (!config.include?.length) return;
  const files = await new FsTree(workspace).list();
  for (const glob of config.include)
    if (!files.some((f) => micromatch.isMatch(f, glob, { dot: true })))
      warn(`config "include": ${glob} matches no file of the repository`);
}
