import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type FlowguardConfig } from '../config/config-file.js';
import type { Report } from '../findings/types.js';
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
  const configFile =
    cmd.config ?? (existsSync(path.join(io.cwd, '.flowguard.yml')) ? '.flowguard.yml' : undefined);
  const fileConfig: FlowguardConfig = configFile ? await loadConfig(path.resolve(io.cwd, configFile)) : {};
  const config: FlowguardConfig = {
    ...fileConfig,
    include: cmd.include.length ? cmd.include : fileConfig.include,
    exclude: [...(fileConfig.exclude ?? []), ...cmd.exclude],
  };
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    config,
    failOn: cmd.failOn ?? config.failOn ?? 'high',
    report: cmd.report ?? config.report,
  };

  const engine = await import('../engine/scan.js');
  let report: Report;
  if (cmd.command === 'diff')
    report = await engine.diffTargets({ ...request, paths: [], old: cmd.paths[0], new: cmd.paths[1] });
  else if (cmd.base) report = await engine.scanRevisions({ ...request, base: cmd.base, head: cmd.head });
  else report = await engine.scanPaths(request);

  const { renderReport } = await import('../report/index.js');
  const { RULES } = await import('../rules/index.js');
  const color = cmd.color ?? (io.isTTY && !cmd.output && !process.env.NO_COLOR);
  const out = renderReport(report, cmd.format, { color, rules: RULES.map((r) => r.meta) });
  if (cmd.output) await writeFile(path.resolve(io.cwd, cmd.output), out);
  else io.stdout(out.endsWith('\n') ? out : `${out}\n`);
  return report.summary.gate === 'failed' ? 1 : 0;
}
