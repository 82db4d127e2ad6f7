import type { FlowguardConfig } from '../config/config-file.js';
import type { Report } from '../findings/types.js';

/**
 * Why a run analysed nothing, or null. A tree scan or a diff that finds no cloud flow is an error, not a
 * pass: a wrong path or an `include` that matches nothing would otherwise turn the gate green forever.
 * A reviewed change that touches no flow is a pass ("no flow changed"), since there is nothing to review.
 */
export function nothingAnalysed(
  report: Report,
  cmd: { command: 'scan' | 'diff' | 'baseline'; paths: readonly string[]; base?: string },
  config: Pick<FlowguardConfig, 'include' | 'exclude'>,
): string | null {
  if (report.summary.flows > 0 || (cmd.command === 'scan' && cmd.base)) return null;
  if (cmd.command === 'diff' && report.findings.some((f) => f.status === 'resolved')) return null;
  // A diff whose OLD side holds flows names only the empty NEW side: removing every flow is more often a
  // wrong folder than a change to review, so it stays an error, but the message must not deny OLD's flows.
  const oldHasFlows = cmd.command === 'diff' && (report.baseFlows ?? 0) > 0;
  const where = oldHasFlows ? cmd.paths[1] : cmd.paths.length ? cmd.paths.join(', ') : '.';
  const filters = [
    config.include?.length ? `include: ${config.include.join(', ')}` : '',
    config.exclude?.length ? `exclude: ${config.exclude.join(', ')}` : '',
  ].filter(Boolean);
  const unreadable = report.findings.filter((f) => f.ruleId === 'FG001').length;
  // Files were found but none could be read: their FG001 findings are the report, and they fail the
  // gate — unless a threshold above high lets them pass, which must not make "nothing analysed" a pass
  // (`--fail-on none` asks for a report that never fails, and gets one).
  if (unreadable > 0 && (report.summary.gate === 'failed' || report.summary.failOn === 'none')) return null;
  return (
    `no flow found under ${where}${filters.length ? ` (${filters.join('; ')})` : ''}` +
    (unreadable ? `: ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read` : '') +
    ' — nothing was analysed, so the gate cannot pass' +
    (oldHasFlows
      ? ` (${cmd.paths[0]} holds ${report.baseFlows} flow${report.baseFlows === 1 ? '' : 's'})`
      : '')
  );
}

/**
 * The report a run that analysed nothing still writes (its FG001 findings, a SARIF file a later step
 * uploads): its gate says `failed`, so no channel reads "gate passed" from a run that exits 2.
 */
export function unpassed(report: Report): Report {
  return report.summary.gate === 'failed'
    ? report
    : { ...report, summary: { ...report.summary, gate: 'failed' } };
}
