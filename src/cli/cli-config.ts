import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findConfigFile, loadConfig, type FlowguardConfig } from '../config/config-file.js';
import type { CliCommand } from './cli-args.js';

export interface ResolvedConfig {
  config: FlowguardConfig;
  /** Absolute path of the baseline file (`--baseline`, else config `baseline:` beside the config file). */
  baseline?: string;
}

/**
 * The configuration a command runs with. `--config FILE` is read from disk as given. Otherwise
 * `.flowguard.yml` / `.flowguard.yaml`: from the current folder, or — for `scan --base`, the gate of a
 * change — from the base revision at the repository root, as the GitHub Action does, so that a change
 * cannot switch off, re-grade or suppress its own findings (a note says when the working tree differs).
 */
export async function resolveConfig(cmd: CliCommand, cwd: string, notes: string[]): Promise<ResolvedConfig> {
  let config: FlowguardConfig = {};
  let configFile: string | undefined;
  if (cmd.config) {
    configFile = path.resolve(cwd, cmd.config);
    config = await loadConfig(configFile);
  } else if (cmd.command === 'scan' && cmd.base) {
    const { Git } = await import('../sources/git-revision-source.js');
    const { configAtRevision } = await import('../engine/revision-config.js');
    const git = new Git(cwd);
    const [top, base] = await Promise.all([git.toplevel(), git.resolveCommit(cmd.base)]);
    const at = await configAtRevision(git, base, undefined, 'base revision');
    config = at.config;
    configFile = at.file ? path.join(top, at.file) : undefined;
    const local = findConfigFile(top);
    const localText = local ? await readFile(path.join(top, local)).catch(() => null) : null;
    if ((localText ?? null) !== null && (at.content === null || !at.content.equals(localText!)))
      notes.push(
        `${local} differs from the base revision ${base.slice(0, 7)}: flowguard used the base's configuration${at.file ? '' : ' (none)'}.`,
      );
  } else {
    const name = findConfigFile(cwd);
    if (name) {
      configFile = path.join(cwd, name);
      config = await loadConfig(configFile);
    }
  }
  const baseline = cmd.baseline
    ? path.resolve(cwd, cmd.baseline)
    : config.baseline
      ? path.resolve(configFile ? path.dirname(configFile) : cwd, config.baseline)
      : undefined;
  return { config, ...(baseline ? { baseline } : {}) };
}
