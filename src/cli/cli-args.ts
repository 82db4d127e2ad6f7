import { parseArgs } from 'node:util';
import { parseFailOn, parseReportMode } from '../config/config-file.js';
import type { FailOn, ReportMode } from '../findings/types.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown' | 'azure-devops';

export interface CliCommand {
  command: 'scan' | 'diff' | 'help' | 'version' | 'rules' | 'baseline';
  paths: string[];
  base?: string;
  head?: string;
  format: Format;
  output?: string;
  failOn?: FailOn;
  report?: ReportMode;
  config?: string;
  /** Baseline file of accepted findings (`--baseline`). */
  baseline?: string;
  include: string[];
  exclude: string[];
  color?: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  flowguard scan [PATH ...]                  analyse the flows under PATH (default .)
  flowguard scan --base REV [--head REV]     analyse the changes between two git revisions (head: working tree)
  flowguard diff OLD NEW                     compare two flow files, solution folders or solution zips
  flowguard rules                            list the rules
  flowguard baseline [PATH ...] [--output FILE]   accept today's findings (default .flowguard-baseline.json)
Options:
  --format text|json|sarif|markdown|azure-devops   default text
  --output FILE                              write the report there instead of stdout
  --fail-on none|info|low|medium|high|critical   default high
  --report new|all                           default new with a base, all without
  --config FILE                              default .flowguard.yml (or .yaml) when present; with --base, from the base
  --baseline FILE                            accepted findings (flowguard baseline); with --base, from the base
  --include GLOB, --exclude GLOB             limit the files read (repeatable)
  --color, --no-color                        default: colour when stdout is a terminal
  -h, --help, -v, --version
Exit status: 0 gate passed, 1 gate failed, 2 usage error or failure to run.`;

const FORMATS = new Set(['text', 'json', 'sarif', 'markdown', 'azure-devops']);

export function parseCli(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        base: { type: 'string' },
        head: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        report: { type: 'string' },
        config: { type: 'string', short: 'c' },
        baseline: { type: 'string' },
        include: { type: 'string', multiple: true },
        exclude: { type: 'string', multiple: true },
        color: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const v = parsed.values;
  // An empty value (`--base "$UNSET"`) would silently mean "not given": a tree scan instead of a review.
  for (const [name, value] of Object.entries(v))
    if (value === '' || (Array.isArray(value) && value.includes('')))
      throw new UsageError(`--${name} needs a value`);
  const [first, ...rest] = parsed.positionals;
  const base: CliCommand = {
    command: 'scan',
    paths: rest,
    format: 'text',
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    ...(v.color !== undefined ? { color: v.color } : {}),
  };
  if (v.version) return { ...base, command: 'version' };
  if (v.help || first === undefined || first === 'help') return { ...base, command: 'help' };
  if (first !== 'scan' && first !== 'diff' && first !== 'rules' && first !== 'baseline')
    throw new UsageError(`unknown command "${first}"`);
  if (first === 'rules') {
    if (rest.length > 0) throw new UsageError('rules takes no arguments');
    const given = Object.keys(v).filter((k) => k !== 'color');
    if (given.length > 0) throw new UsageError(`--${given[0]} does not apply to rules`);
  }
  if (first === 'baseline')
    for (const name of ['format', 'fail-on', 'report'] as const)
      if (v[name] !== undefined)
        throw new UsageError(
          `--${name} does not apply to baseline: it records every finding in its own format (--output FILE)`,
        );
  const format = v.format ?? 'text';
  if (!FORMATS.has(format))
    throw new UsageError(`--format: "${format}" is not one of text, json, sarif, markdown, azure-devops`);
  const cmd: CliCommand = { ...base, command: first, format: format as Format };
  if (v.output !== undefined) cmd.output = v.output;
  if (v.config !== undefined) cmd.config = v.config;
  if (v.baseline !== undefined) {
    if (first === 'baseline')
      throw new UsageError('baseline writes a baseline: use --output FILE, not --baseline');
    cmd.baseline = v.baseline;
  }
  if (first === 'baseline' && (v.base || v.head))
    throw new UsageError('baseline scans the tree: --base and --head belong to scan');
  try {
    if (v['fail-on'] !== undefined) cmd.failOn = parseFailOn(v['fail-on'], '--fail-on');
    if (v.report !== undefined) cmd.report = parseReportMode(v.report, '--report');
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (first === 'diff') {
    if (rest.length !== 2) throw new UsageError('diff needs exactly two arguments: OLD NEW');
    if (v.base || v.head) throw new UsageError('--base and --head belong to scan, not diff');
  }
  if (first === 'scan') {
    if (v.head && !v.base) throw new UsageError('--head needs --base');
    if (v.base !== undefined) cmd.base = v.base;
    if (v.head !== undefined) cmd.head = v.head;
  }
  return cmd;
}
