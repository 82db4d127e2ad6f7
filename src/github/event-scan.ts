import { existsSync } from 'node:fs';
import path from 'node:path';
import micromatch from 'micromatch';
import { findConfigFile, loadConfig, type FlowguardConfig } from '../config/config-file.js';
import { nothingAnalysed } from '../engine/nothing-analysed.js';
import { configAtRevision } from '../engine/revision-config.js';
import type { Report } from '../findings/types.js';
import { FsTree } from '../sources/fs-tree.js';
import { Git } from '../sources/git-revision-source.js';
import type { ActionInputs } from './action-inputs.js';
import type { ReviewTarget } from './event-context.js';
import { mergeBaseOf, type MergeBaseLookup } from './merge-base.js';

export interface EventScan {
  report: Report;
  config: FlowguardConfig;
  /** Things the reader should know about how the scan ran (shown in the summary comment and log). */
  notes: string[];
}

/**
 * Runs the engine for the event: a pull request or merge group compares base and head straight from the
 * git object store, fetching either commit the shallow checkout lacks; anything else scans the working tree.
 */
export async function scanForEvent(
  target: ReviewTarget,
  inputs: ActionInputs,
  workspace: string,
  log: (m: string) => void,
  mergeBaseLookup: MergeBaseLookup | null = null,
  warn: (m: string) => void = log,
): Promise<EventScan> {
  const engine = await import('../engine/scan.js');
  const notes: string[] = [];
  if (target.kind === 'tree') {
    const config = merge(await workspaceConfig(inputs, workspace), inputs);
    await warnUnmatched(workspace, inputs, config, warn);
    const report = await engine.scanPaths({
      cwd: workspace,
      paths: inputs.paths,
      config,
      failOn: failOn(config, inputs),
      report: config.report,
      notes,
      ...(config.baseline ? { baseline: path.resolve(workspace, config.baseline) } : {}),
    });
    const empty = nothingAnalysed(report, { command: 'scan', paths: inputs.paths }, config);
    if (empty) throw new Error(empty);
    return { report, config, notes };
  }
  const git = new Git(workspace);
  for (const sha of [target.baseSha, target.headSha]) {
    if (await git.hasCommit(sha)) continue;
    log(`Fetching ${sha} (git fetch --depth=1 origin ${sha}): the checkout does not contain it`);
    await git.fetchCommit(sha);
  }
  const base =
    target.kind === 'pull-request'
      ? await reviewBase(git, target.baseSha, target.headSha, mergeBaseLookup, log, notes)
      : target.baseSha;
  const config = merge(await baseConfig(git, base, target.headSha, inputs, workspace, notes), inputs);
  await warnUnmatched(workspace, inputs, config, warn);
  const top = await git.toplevel();
  const report = await engine.scanRevisions({
    cwd: workspace,
    paths: inputs.paths,
    config,
    failOn: failOn(config, inputs),
    report: config.report,
    base,
    head: target.headSha,
    notes,
    // Read from the base commit by the engine, like the config: a PR cannot accept its own findings.
    ...(config.baseline ? { baseline: path.resolve(top, config.baseline) } : {}),
  });
  return { report, config, notes };
}

/** The merge base of the PR's base and head (see merge-base.ts), fetched when missing; else the base tip. */
async function reviewBase(
  git: Git,
  baseSha: string,
  headSha: string,
  lookup: MergeBaseLookup | null,
  log: (m: string) => void,
  notes: string[],
): Promise<string> {
  const mergeBase = await mergeBaseOf(git, baseSha, headSha, lookup);
  if (!mergeBase) {
    notes.push(
      `The merge base of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)} could not be found: compared with the base branch tip.`,
    );
    return baseSha;
  }
  if (mergeBase !== baseSha && !(await git.hasCommit(mergeBase))) {
    log(`Fetching the merge base ${mergeBase} (git fetch --depth=1 origin ${mergeBase})`);
    await git.fetchCommit(mergeBase);
  }
  return mergeBase;
}

function failOn(config: FlowguardConfig, inputs: ActionInputs) {
  return inputs.failOn ?? config.failOn ?? 'high';
}

/** Inputs win over the config file, as flags do in the CLI; excludes add up. */
function merge(config: FlowguardConfig, inputs: ActionInputs): FlowguardConfig {
  return {
    ...config,
    report: inputs.report ?? config.report,
    exclude: [...(config.exclude ?? []), ...inputs.exclude],
  };
}

async function workspaceConfig(inputs: ActionInputs, workspace: string): Promise<FlowguardConfig> {
  const file = inputs.config ?? findConfigFile(workspace);
  return file ? loadConfig(path.resolve(workspace, file)) : {};
}

/**
 * On a pull request the config comes from the base commit: the PR's own copy is written by its author,
 * who could otherwise switch off the rules that would catch the change (`disable: [FG101]`), re-grade
 * them (`severity`) or accept their findings (`ignore`, `baseline`).
 */
async function baseConfig(
  git: Git,
  base: string,
  head: string,
  inputs: ActionInputs,
  workspace: string,
  notes: string[],
): Promise<FlowguardConfig> {
  const top = await git.toplevel();
  let rel: string | undefined;
  if (inputs.config) {
    rel = path.relative(top, path.resolve(workspace, inputs.config)).split(path.sep).join('/');
    if (rel.startsWith('..'))
      throw new Error(`input "config": "${inputs.config}" is outside the repository ${top}`);
  }
  const [atBase, atHead] = await Promise.all([
    configAtRevision(git, base, rel, 'base commit'),
    configAtRevision(git, head, rel).catch(() => null),
  ]);
  const changed =
    atHead === null ||
    atHead.file !== atBase.file ||
    (atHead.content !== null && (atBase.content === null || !atBase.content.equals(atHead.content)));
  if (changed && (atHead?.file ?? atBase.file)) {
    notes.push(
      `This pull request changes ${atHead?.file ?? atBase.file}; flowguard used the version in the base commit.`,
    );
  }
  if (atBase.file === null && inputs.config)
    throw new Error(`input "config": ${rel} does not exist in the base commit ${base.slice(0, 7)}`);
  return atBase.config;
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
