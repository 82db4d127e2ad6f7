import { compareCodeUnits } from '../json/code-unit-order.js';
import { jsonSyntaxError } from '../sources/json-document.js';
import { needsAction } from './channel-filters.js';
import { type Finding } from './types.js';
import { severityRank, isSeverity, type Severity } from '../rules/severity.js';

export const BASELINE_SCHEMA_VERSION = 1;
export const DEFAULT_BASELINE_FILE = '.flowguard-baseline.json';

/**
 * One accepted finding. No message (it may quote a masked credential), no line numbers (they move): the
 * fingerprint is the identity; rule, flow, action and file are there for the people who read the file.
 * `count` and `severity` keep a baseline from hiding what came later: a second occurrence of the same
 * fingerprint, or the same finding grown more severe (FG112 whose secret name now comes from the caller).
 */
export interface BaselineEntry {
  fingerprint: string;
  rule: string;
  flow: string;
  action: string | null;
  file: string;
  severity: Severity;
  count: number;
}

export interface BaselineFile {
  schemaVersion: 1;
  tool: string;
  findings: BaselineEntry[];
}

export class BaselineError extends Error {}

/** The baseline of a set of findings (unsuppressed, not resolved), sorted so the file diffs well. */
export function buildBaseline(findings: readonly Finding[], tool: string): BaselineFile {
  const entries = findings
    .filter(needsAction)
    .map((f) => ({
      fingerprint: f.fingerprint,
      rule: f.ruleId,
      flow: f.flow.name,
      action: f.action,
      file: f.location.entry ? `${f.location.file}!${f.location.entry}` : f.location.file,
      severity: f.severity,
      count: f.occurrences ?? 1,
    }))
    .sort(
      (a, b) =>
        compareCodeUnits(a.file, b.file) ||
        compareCodeUnits(a.rule, b.rule) ||
        compareCodeUnits(a.fingerprint, b.fingerprint),
    );
  return { schemaVersion: BASELINE_SCHEMA_VERSION, tool, findings: entries };
}

export function renderBaseline(b: BaselineFile): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** Reads a baseline file's text; anything malformed is an error naming the file and the entry. */
export function parseBaseline(text: string, where: string): Map<string, BaselineEntry> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // Our own words and a line number: V8's message quotes the file, which may not be a baseline at all.
    const { reason, line } = jsonSyntaxError(text);
    throw new BaselineError(`${where} is not a valid baseline: ${reason}${line ? ` (line ${line})` : ''}`);
  }
  const d = doc as Partial<BaselineFile> | null;
  if (
    typeof d !== 'object' ||
    d === null ||
    d.schemaVersion !== BASELINE_SCHEMA_VERSION ||
    !Array.isArray(d.findings)
  )
    throw new BaselineError(
      `${where}: not a flowguard baseline (schemaVersion ${BASELINE_SCHEMA_VERSION} with a "findings" list); create one with "flowguard baseline"`,
    );
  const out = new Map<string, BaselineEntry>();
  d.findings.forEach((e: Partial<BaselineEntry>, i) => {
    if (typeof e?.fingerprint !== 'string' || !/^[0-9a-f]{32}$/.test(e.fingerprint))
      throw new BaselineError(`${where}: findings[${i}] has no valid "fingerprint"`);
    const severity = typeof e.severity === 'string' && isSeverity(e.severity) ? e.severity : 'critical';
    const count = Number.isInteger(e.count) && (e.count as number) > 0 ? (e.count as number) : 1;
    out.set(e.fingerprint, {
      fingerprint: e.fingerprint,
      rule: String(e.rule ?? ''),
      flow: String(e.flow ?? ''),
      action: typeof e.action === 'string' ? e.action : null,
      file: String(e.file ?? ''),
      severity,
      count,
    });
  });
  return out;
}

/**
 * Whether the baseline accepts a finding seen `occurrences` times in this revision: same fingerprint, not
 * more often than recorded, and not more severe than recorded. Anything added since stays visible.
 */
export function baselineAccepts(entry: BaselineEntry | undefined, f: Finding, occurrences: number): boolean {
  return !!entry && occurrences <= entry.count && severityRank(f.severity) <= severityRank(entry.severity);
}
