import type { Finding, Report, Status } from '../findings/types.js';
import { severityRank } from '../rules/severity.js';

/** Wording shared by the human-readable reporters (text, Markdown), before any escaping. */

export const STATUS_ORDER: readonly Status[] = ['new', 'existing', 'resolved'];

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * `3 new, 1 existing, 1 resolved findings in 12 flows (2 changed)`; without a base every finding is new
 * (SPEC §4), so a scan says `3 findings in 12 flows`. A change that touches no flow says so: `(no flow changed)`.
 */
export function countsPhrase(report: Report): string {
  const { findings, flows, changedFlows } = report.summary;
  const suppressed = report.summary.suppressed ? `, ${report.summary.suppressed} suppressed` : '';
  if (!report.compared) return `${plural(findings.new, 'finding')} in ${plural(flows, 'flow')}${suppressed}`;
  return (
    `${findings.new} new, ${findings.existing} existing, ${findings.resolved} resolved ` +
    `finding${findings.new + findings.existing + findings.resolved === 1 ? '' : 's'} ` +
    `in ${plural(flows, 'flow')} (${changedFlows === 0 ? 'no flow changed' : `${changedFlows} changed`})${suppressed}`
  );
}

/** `suppressed (config, until 2027-03-31): reason` — why an accepted finding does not count. */
export function suppressionPhrase(f: Finding): string | null {
  const s = f.suppressed;
  if (!s) return null;
  return `suppressed (${s.by}${s.expires ? `, until ${s.expires}` : ''}): ${s.reason}`;
}

/** `gate failed (fail-on high)`, plus the report mode when it is not the default. */
export function gatePhrase(report: Report): string {
  const { gate, failOn, report: mode } = report.summary;
  return `gate ${gate} (fail-on ${failOn}${report.compared && mode === 'all' ? ', report all' : ''})`;
}

/** Shortens to at most `max` code points, marking the cut; keeps reports bounded whatever a name holds. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** `41`, `41-58`, or null when no line applies. */
export function lineRange(f: Finding): string | null {
  const { line, endLine } = f.location;
  if (line === null) return null;
  return endLine !== null && endLine !== line ? `${line}-${endLine}` : `${line}`;
}

/** The file a finding is in, with the zip entry when there is one (raw; escape for the output). */
export function fileLabel(f: Finding): string {
  return f.location.entry === null ? f.location.file : `${f.location.file} › ${f.location.entry}`;
}

/**
 * Order inside one file: findings still present first, most severe first, new before existing, then by
 * line; resolved ones (good news) after them, so a fixed critical never tops a new high.
 */
export function compareInFile(a: Finding, b: Finding): number {
  const resolved = Number(a.status === 'resolved') - Number(b.status === 'resolved');
  if (resolved !== 0) return resolved;
  const severity = severityRank(b.severity) - severityRank(a.severity);
  if (severity !== 0) return severity;
  const status = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (status !== 0) return status;
  return (a.location.line ?? 0) - (b.location.line ?? 0);
}
