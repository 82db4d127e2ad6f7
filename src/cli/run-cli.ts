import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveOptions, type OptionRequest } from '../config/resolve-options.js';
import type { Report } from '../findings/types.js';
import { nothingAnalysed, unpassed } from '../engine/nothing-analysed.js';
import { escapeTerminal } from '../report/escape.js';
import { VERSION } from '../version.js';
import { USAGE, type CliCommand } from './cli-args.js';

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
}

/** Runs a parsed command; returns the exit status (0 passed, 1 failed gate). Throws on failure to run. */
export async function runCli(cmd: CliCommand, io: CliIO): Promise<number> {
  if (cmd.command === 'version') return (io.stdout(`${VERSION}\n`), 0);
  if (cmd.command === 'help') return (io.stdout(`${USAGE}\n`), 0);
  if (cmd.command === 'rules') {
    const { RULES } = await import('../rules/index.js');
    for (const r of RULES)
      io.stdout(`${r.meta.id}  ${r.meta.name.padEnd(30)} ${r.meta.severity.padEnd(8)} ${r.meta.summary}\n`);
    return 0;
  }
  const notes: string[] = [];
  // `scan --base` (the gate of a change) takes the base revision's config, the default file or the one
  // `--config` names, as the GitHub Action does (SPEC §4): the change cannot switch off what reviews it.
  const review = cmd.command === 'scan' && cmd.base ? await baseRevision(cmd.base, io.cwd) : undefined;
  const resolved = await resolveOptions({
    cwd: io.cwd,
    ...(cmd.config ? { config: { file: cmd.config, named: '--config' } } : {}),
    overrides: {
      failOn: cmd.failOn,
      report: cmd.report,
      include: cmd.include,
      exclude: cmd.exclude,
      baseline: cmd.baseline,
    },
    ...(review ? { base: review } : {}),
    notes,
  });
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    config: resolved.config,
    failOn: resolved.failOn,
    report: resolved.report,
    notes,
    ...(review ? { git: review.git } : {}),
    // `flowguard baseline` records every finding: an older baseline must not hide any from the new one.
    ...(resolved.baseline && cmd.command !== 'baseline' ? { baseline: resolved.baseline } : {}),
  };

  if (review && cmd.base) {
    const { checkReviewPaths } = await import('./review-paths.js');
    await checkReviewPaths(review.git, io.cwd, cmd.paths, { base: cmd.base, head: cmd.head });
  }
  const engine = await import('../engine/scan.js');
  let report: Report;
  if (cmd.command === 'diff')
    report = await engine.diffTargets({ ...request, paths: [], old: cmd.paths[0], new: cmd.paths[1] });
  else if (cmd.base) report = await engine.scanRevisions({ ...request, base: cmd.base, head: cmd.head });
  else if (cmd.command === 'baseline')
    report = await engine.scanPaths({ ...request, failOn: 'none', report: 'all' });
  else report = await engine.scanPaths(request);
  writeNotes(io, notes, report);
  const empty = nothingAnalysed(
    report,
    { command: cmd.command, paths: cmd.paths, base: cmd.base },
    resolved.config,
  );
  if (cmd.command === 'baseline') {
    if (empty) throw new Error(empty);
    return writeBaseline(report, cmd, io);
  }

  const { renderReport } = await import('../report/index.js');
  const { RULES } = await import('../rules/index.js');
  const color = cmd.color ?? (io.isTTY && !cmd.output && !process.env.NO_COLOR);
  const { azurePipelinesAutomation } = await import('./azure-pipelines-run.js');
  const automationDetails = azurePipelinesAutomation(process.env) ?? undefined;
  const out = renderReport(empty ? unpassed(report) : report, cmd.format, {
    color,
    rules: RULES.map((r) => r.meta),
    secretAccessMap: true,
    ...(automationDetails ? { automationDetails } : {}),
    ...(empty ? { failure: empty } : {}),
  });
  if (cmd.output) await writeFile(path.resolve(io.cwd, cmd.output), out);
  else io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  // "Nothing was analysed" is never a pass (SPEC §5); the report above still lists unreadable files.
  if (empty) {
    io.stderr(`flowguard: ${escapeTerminal(empty)}\n`);
    return 2;
  }
  return report.summary.gate === 'failed' ? 1 : 0;
}

async function baseRevision(rev: string, cwd: string): Promise<NonNullable<OptionRequest['base']>> {
  const { CliGit } = await import('../git/git-cli.js');
  const git = new CliGit(cwd);
  const [, commit] = await Promise.all([git.toplevel(), git.resolveCommit(rev)]);
  return { git, commit, compareWith: 'working-tree' };
}

/** Setup problems and notes on stderr, never mixed into the report (which may be JSON or SARIF on stdout). */
function writeNotes(io: CliIO, notes: readonly string[], report: Report): void {
  const line = (kind: string, text: string) => io.stderr(`flowguard: ${kind}: ${escapeTerminal(text)}\n`);
  for (const n of notes) line('note', n);
  for (const w of report.warnings ?? []) line('warning', w);
  for (const p of report.proposedSuppressions ?? [])
    line(
      'note',
      `suppression proposed by this change, not applied to it: ${p.rule} in flow "${p.flow}", ${p.action} (${p.file}): ${p.reason}`,
    );
}

async function writeBaseline(report: Report, cmd: CliCommand, io: CliIO): Promise<number> {
  const { buildBaseline, renderBaseline, DEFAULT_BASELINE_FILE } =
    await import('../findings/baseline-file.js');
  const { TOOL_NAME } = await import('../version.js');
  const baseline = buildBaseline(report.findings, `${TOOL_NAME} ${VERSION}`);
  const file = path.resolve(io.cwd, cmd.output ?? DEFAULT_BASELINE_FILE);
  await writeFile(file, renderBaseline(baseline));
  io.stderr(
    `flowguard: ${baseline.findings.length} finding${baseline.findings.length === 1 ? '' : 's'} in ${report.summary.flows} flow${report.summary.flows === 1 ? '' : 's'} accepted in ${escapeTerminal(path.relative(io.cwd, file) || file)}\n`,
  );
  return 0;
}
