import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FailOn, ReportMode } from '../findings/types.js';
import type { Git } from '../git/git.js';
import { ConfigError, findConfigFile, loadConfig, type FlowguardConfig } from './config-file.js';
import { configAtRevision, type RevisionConfig } from './revision-config.js';

/** The gate when neither a flag or input nor the config file sets `failOn` (SPEC §5). */
export const DEFAULT_FAIL_ON: FailOn = 'high';

/** What a face was given — command-line flags or action inputs. They win over the config file. */
export interface OptionOverrides {
  failOn?: FailOn;
  report?: ReportMode;
  /** Replaces the config's `include` when not empty. */
  include?: readonly string[];
  /** Added to the config's `exclude`. */
  exclude?: readonly string[];
  /** Baseline file, relative to `cwd`; wins over the config's `baseline`. */
  baseline?: string;
}

export interface OptionRequest {
  cwd: string;
  /** The config file the user named, relative to `cwd`, and the flag or input that named it (for errors). */
  config?: { file: string; named: string };
  overrides: OptionOverrides;
  /**
   * The review of a change: the configuration comes from its base commit (`.flowguard.yml` at the
   * repository root, or the named file), so the change cannot switch off, re-grade or suppress its own
   * findings. A note says when the working tree (CLI) or the head commit (pull request) has another one.
   */
  base?: { git: Git; commit: string; compareWith: 'working-tree' | { head: string } };
  notes: string[];
}

export interface ResolvedOptions {
  /** The config file's settings with the overrides applied. */
  config: FlowguardConfig;
  failOn: FailOn;
  report?: ReportMode;
  /** Absolute baseline file: the override, else the config's `baseline`, relative to the config file. */
  baseline?: string;
}

/** The one place both faces turn a config file and their flags or inputs into the options of a run. */
export async function resolveOptions(req: OptionRequest): Promise<ResolvedOptions> {
  const found = req.base ? await fromBase(req, req.base) : await fromTree(req);
  const o = req.overrides;
  const config: FlowguardConfig = {
    ...found.config,
    include: o.include?.length ? [...o.include] : found.config.include,
    exclude: [...(found.config.exclude ?? []), ...(o.exclude ?? [])],
    report: o.report ?? found.config.report,
  };
  const baseline = o.baseline
    ? path.resolve(req.cwd, o.baseline)
    : config.baseline
      ? path.resolve(found.file ? path.dirname(found.file) : req.cwd, config.baseline)
      : undefined;
  return {
    config,
    failOn: o.failOn ?? config.failOn ?? DEFAULT_FAIL_ON,
    report: config.report,
    ...(baseline ? { baseline } : {}),
  };
}

interface FoundConfig {
  config: FlowguardConfig;
  /** Absolute path of the file read, if any. */
  file?: string;
}

/** The named file, else `.flowguard.yml` / `.flowguard.yaml` in `cwd`, read from disk. */
async function fromTree(req: OptionRequest): Promise<FoundConfig> {
  const name = req.config?.file ?? findConfigFile(req.cwd);
  if (!name) return { config: {} };
  const file = path.resolve(req.cwd, name);
  return { config: await loadConfig(file), file };
}

async function fromBase(req: OptionRequest, base: NonNullable<OptionRequest['base']>): Promise<FoundConfig> {
  const { git, commit, compareWith } = base;
  const top = await git.toplevel();
  let rel: string | undefined;
  if (req.config) {
    rel = path.relative(top, path.resolve(req.cwd, req.config.file)).split(path.sep).join('/');
    if (rel.startsWith('..'))
      throw new Error(`${req.config.named}: "${req.config.file}" is outside the repository ${top}`);
  }
  const label = compareWith === 'working-tree' ? 'base revision' : 'base commit';
  const atBase = await configAtRevision(git, commit, rel, label);
  const note =
    compareWith === 'working-tree'
      ? await workingTreeNote(top, commit, rel, atBase)
      : await pullRequestNote(git, compareWith.head, rel, atBase);
  if (note) req.notes.push(note);
  if (atBase.file === null && req.config)
    throw new Error(`${req.config.named}: ${rel} does not exist in the ${label} ${commit.slice(0, 7)}`);
  return { config: atBase.config, ...(atBase.file ? { file: path.join(top, atBase.file) } : {}) };
}

/** `scan --base` in a working tree whose own config file differs from the base's: the user should know. */
async function workingTreeNote(
  top: string,
  commit: string,
  rel: string | undefined,
  atBase: RevisionConfig,
): Promise<string | null> {
  let local: string | undefined;
  try {
    local = rel ?? findConfigFile(top);
  } catch (err) {
    // Both .flowguard.yml and .flowguard.yaml in the working tree: the base's config is the one that counts.
    if (!(err instanceof ConfigError)) throw err;
    return `${err.message}; flowguard used the base revision ${commit.slice(0, 7)}'s configuration.`;
  }
  const localText = local ? await readFile(path.join(top, local)).catch(() => null) : null;
  return localText !== null && (atBase.content === null || !atBase.content.equals(localText))
    ? `${local} differs from the base revision ${commit.slice(0, 7)}: flowguard used the base's configuration${atBase.file ? '' : ' (none)'}.`
    : null;
}

/** A pull request that adds, removes or edits the config file: its version was not used. */
async function pullRequestNote(
  git: Git,
  head: string,
  rel: string | undefined,
  atBase: RevisionConfig,
): Promise<string | null> {
  const atHead = await configAtRevision(git, head, rel).catch(() => null);
  const changed =
    atHead === null ||
    atHead.file !== atBase.file ||
    (atHead.content !== null && (atBase.content === null || !atBase.content.equals(atHead.content)));
  const file = atHead?.file ?? atBase.file;
  return changed && file
    ? `This pull request changes ${file}; flowguard used the version in the base commit.`
    : null;
}
