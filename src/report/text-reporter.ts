import type { Finding, Report, Status } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { escapeTerminal } from './escape.js';
import {
  compareInFile,
  countsPhrase,
  fileLabel,
  gatePhrase,
  lineRange,
  suppressionPhrase,
} from './finding-text.js';

export interface TextRenderOptions {
  /** ANSI colours; the caller decides (stdout is a TTY, NO_COLOR/FORCE_COLOR), never this module. */
  color?: boolean;
}

const SGR = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  magenta: '\u001b[35m',
  cyan: '\u001b[36m',
} as const;

const SEVERITY_STYLE: Record<Severity, string> = {
  critical: SGR.bold + SGR.magenta,
  high: SGR.red,
  medium: SGR.yellow,
  low: SGR.cyan,
  info: SGR.blue,
};

const STATUS_STYLE: Record<Status, string> = { new: SGR.bold, existing: SGR.dim, resolved: SGR.green };

/** Width of the location column (`1234-5678`) and the two padded label columns. */
const LOCATION_WIDTH = 9;
const LABEL_WIDTH = 8;

/**
 * Plain-text report for terminals and logs: findings grouped by file (zip entries apart), most severe
 * first within a file, then one summary line. Everything that comes from a flow passes escapeTerminal.
 */
export function renderText(report: Report, options: TextRenderOptions = {}): string {
  const paint = (style: string, text: string): string =>
    options.color ? `${style}${text}${SGR.reset}` : text;
  const lines: string[] = [];

  for (const findings of groupByFile(report.findings)) {
    const label = fileLabel(findings[0]);
    lines.push(paint(SGR.bold, escapeTerminal(label)));
    for (const f of [...findings].sort(compareInFile)) {
      const location = (lineRange(f) ?? '-').padEnd(LOCATION_WIDTH);
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(LABEL_WIDTH));
      const status = paint(STATUS_STYLE[f.status], f.status.padEnd(LABEL_WIDTH));
      lines.push(`  ${location} ${severity}  ${status}  ${escapeTerminal(`${f.ruleId} ${f.rule}`)}`);
      const subject = f.action === null ? f.flow.name : `${f.flow.name} › ${f.action}`;
      lines.push(`  ${' '.repeat(LOCATION_WIDTH)} ${escapeTerminal(subject)}: ${escapeTerminal(f.message)}`);
      const suppressed = suppressionPhrase(f);
      if (suppressed)
        lines.push(`  ${' '.repeat(LOCATION_WIDTH)} ${paint(SGR.dim, escapeTerminal(suppressed))}`);
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push('No findings.', '');

  const gate = gatePhrase(report);
  const gateStyle = report.summary.gate === 'failed' ? SGR.bold + SGR.red : SGR.green;
  lines.push(`${countsPhrase(report)} — ${paint(gateStyle, gate)}`);
  return `${lines.join('\n')}\n`;
}

/** Groups by file and zip entry in first-seen order; the Report's order (new, most severe first) decides it. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.location.file}\u0000${f.location.entry ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}
