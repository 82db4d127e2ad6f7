import type { Finding, Report, Status } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { ruleDocUrl } from './doc-links.js';
import { escapeTerminal } from './escape.js';
import { clip, compareInFile, countsPhrase, gatePhrase, suppressionPhrase } from './finding-text.js';
import { ruleTodo } from './rule-docs.js';
import { pathChain } from './secret-path-text.js';

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

const INDENT = '    ';
/** Longest `Path:` chain, in characters before escaping: a hostile action name must not make it unbounded. */
const CHAIN_LIMIT = 300;
/** Only a well-formed rule id becomes a docs link. */
const RULE_ID = /^FG\d{3}$/;

/**
 * Plain-text report for terminals, logs and editors: findings grouped by file (zip entries apart), most
 * severe first within a file, then one summary line. Each finding starts with `FILE:LINE: SEVERITY RULE-ID
 * name` — the form terminals and editors turn into a link to the line — then the message with the flow,
 * action and line span, the secret's path where there is one, and what to do with the versioned docs link.
 * A flow inside a zip names the zip (the file an editor can open) and gives the entry and its lines in the
 * message. Everything that comes from a flow passes escapeTerminal.
 */
export function renderText(report: Report, options: TextRenderOptions = {}): string {
  const paint = (style: string, text: string): string =>
    options.color ? `${style}${text}${SGR.reset}` : text;
  const lines: string[] = [];

  for (const findings of groupByFile(report.findings)) {
    for (const f of [...findings].sort(compareInFile)) {
      const { file, entry, line } = f.location;
      const where = entry === null && line !== null ? `${file}:${line}:` : `${file}:`;
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity);
      const status = report.compared ? ` ${paint(STATUS_STYLE[f.status], `(${f.status})`)}` : '';
      lines.push(
        `${paint(SGR.bold, escapeTerminal(where))} ${severity} ${escapeTerminal(`${f.ruleId} ${f.rule}`)}${status}`,
      );
      const subject = f.action === null ? f.flow.name : `${f.flow.name} › ${f.action}`;
      const context = placeInMessage(f);
      lines.push(
        `${INDENT}${escapeTerminal(subject)}${context ? ` (${escapeTerminal(context)})` : ''}: ${escapeTerminal(f.message)}`,
      );
      if (f.path?.length)
        lines.push(`${INDENT}Path: ${escapeTerminal(clip(pathChain(f.path), CHAIN_LIMIT))}`);
      const suppressed = suppressionPhrase(f);
      if (suppressed) lines.push(`${INDENT}${paint(SGR.dim, escapeTerminal(suppressed))}`);
      const todo = todoLine(f);
      if (todo) lines.push(`${INDENT}${paint(SGR.dim, todo)}`);
    }
    lines.push('');
  }
  if (report.findings.length === 0) lines.push('No findings.', '');

  const gate = gatePhrase(report);
  const gateStyle = report.summary.gate === 'failed' ? SGR.bold + SGR.red : SGR.green;
  lines.push(`${countsPhrase(report)} — ${paint(gateStyle, gate)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * What the first line cannot say: the zip entry and its lines (`zip entry Workflows/a.json, lines 12-30`),
 * or the span of a finding over several lines (`lines 41-58`); empty for one line or none.
 */
function placeInMessage(f: Finding): string {
  const { entry, line, endLine } = f.location;
  const span =
    line === null ? '' : endLine !== null && endLine !== line ? `lines ${line}-${endLine}` : `line ${line}`;
  if (entry !== null) return `zip entry ${entry}${span ? `, ${span}` : ''}`;
  return span.startsWith('lines ') ? span : '';
}

/**
 * `What to do: <the rule's docs sentence> <versioned docs link>`. A resolved finding needs nothing done and
 * an unknown rule has no sentence: they get `Docs: <link>` alone.
 */
function todoLine(f: Finding): string | null {
  if (!RULE_ID.test(f.ruleId)) return null;
  const link = escapeTerminal(ruleDocUrl(f.ruleId));
  const todo = f.status === 'resolved' ? null : ruleTodo(f.ruleId);
  return todo ? `What to do: ${escapeTerminal(todo)} ${link}` : `Docs: ${link}`;
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
