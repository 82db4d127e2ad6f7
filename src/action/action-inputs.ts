import path from 'node:path';
import { ConfigError, parseFailOn, parseReportMode } from '../config/config-file.js';
import type { FailOn, ReportMode } from '../findings/types.js';

/** Where review findings go: an inline review plus the summary comment, only the summary comment, or nowhere. */
export type CommentMode = 'review' | 'summary' | 'none';

/** The action's inputs (action.yml), checked and normalised. */
export interface ActionInputs {
  token: string;
  /** Parts of the repository to review, relative to the workspace; empty = everything. */
  paths: string[];
  exclude: string[];
  /** Unset: the config file's `failOn`, else `high`. */
  failOn?: FailOn;
  /** Unset: the config file's `report`, else `new` on a pull request and `all` on a tree scan. */
  report?: ReportMode;
  comment: CommentMode;
  annotations: boolean;
  /** Absolute path of the SARIF file to write. */
  sarifFile: string;
  /** Config file relative to the workspace; unset: `.flowguard.yml` when present. */
  config?: string;
}

/** An input with a value the action cannot use: names the input, the value and the expected form. */
export class InputError extends ConfigError {}

const COMMENT_MODES: readonly CommentMode[] = ['review', 'summary', 'none'];
// The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/**
 * Reads the inputs through `get` (core.getInput in the action) and checks them. `env` supplies the
 * workspace and RUNNER_TEMP for default paths.
 */
export function parseInputs(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv = process.env,
): ActionInputs {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const value = (name: string): string => get(name).trim();
  const failOn = value('fail-on');
  const report = value('report');
  const comment = value('comment') || 'review';
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new InputError(`input "comment": "${comment}" is not one of ${COMMENT_MODES.join(', ')}`);
  }
  const sarifFile = value('sarif-file');
  const config = value('config');
  const paths = list(get('paths'));
  for (const p of paths) insideWorkspace('paths', p, workspace);
  if (config) insideWorkspace('config', config, workspace);
  return {
    token: value('github-token'),
    paths,
    exclude: list(get('exclude')),
    ...(failOn ? { failOn: parseFailOn(failOn, 'input "fail-on"') } : {}),
    ...(report ? { report: parseReportMode(report, 'input "report"') } : {}),
    comment: comment as CommentMode,
    annotations: booleanInput('annotations', value('annotations'), true),
    // RUNNER_TEMP is emptied after each job: the file lives as long as the job's later steps need it.
    sarifFile: path.resolve(
      workspace,
      sarifFile || path.join(env.RUNNER_TEMP || workspace, 'flowguard.sarif'),
    ),
    ...(config ? { config } : {}),
  };
}

/** One entry per line (YAML block scalars); blank lines and surrounding spaces ignored. */
function list(raw: string): string[] {
  return raw
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `paths` and `config` name parts of the repository under review. One outside the workspace would scan or
 * read whatever the runner holds beside it (other checkouts, a config that sets `failOn: none`) and, on a
 * pull request, cannot be read from the base or head commit at all: a failed step, never a guess.
 */
function insideWorkspace(name: string, value: string, workspace: string): void {
  const rel = path.relative(workspace, path.resolve(workspace, value));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(`input "${name}": ${value} is outside the workspace ${workspace}`);
  }
}

function booleanInput(name: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new InputError(`input "${name}": "${raw}" is not a boolean (expected true or false)`);
}
