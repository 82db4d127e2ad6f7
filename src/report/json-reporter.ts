import type { FailOn, Finding, Report, ReportMode, Status } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { escapeJsonOutput } from './escape.js';

/**
 * `--format json`, schemaVersion 1 (SPEC §5). Frozen: users parse this, so a field is never renamed,
 * retyped or removed under schemaVersion 1; additions go at the end of their object and into SPEC §5.
 * Key order follows the SPEC example (a test pins it).
 */
export interface JsonReportV1 {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly summary: JsonSummaryV1;
  readonly findings: readonly JsonFindingV1[];
  /** Addition: the secret access map of the head flows analysed (empty when none reads a vault). */
  readonly secretAccess: readonly JsonFlowAccessV1[];
}

export interface JsonFlowAccessV1 {
  readonly flow: string;
  readonly file: string;
  readonly entry: string | null;
  readonly entries: readonly {
    readonly action: string;
    readonly kind: 'secret source' | 'enumeration';
    readonly secureOutputs: boolean;
    readonly inLoop: boolean;
    /** Rule ids of the new/existing findings on this action, sorted. */
    readonly rules: readonly string[];
  }[];
}

export interface JsonSummaryV1 {
  readonly flows: number;
  readonly changedFlows: number;
  readonly findings: { readonly new: number; readonly existing: number; readonly resolved: number };
  readonly gate: 'passed' | 'failed';
  readonly failOn: FailOn;
  /** Additions to the SPEC example, allowed by the brief: how many files were read … */
  readonly filesRead: number;
  /** … which statuses were reported and gated (`--report`) … */
  readonly report: ReportMode;
  /** … and the highest severity among reported findings (null when none). */
  readonly maxSeverity: Severity | null;
  /** … and how many reported findings a suppression accepted (not in `findings`, never gating). */
  readonly suppressed: number;
}

export interface JsonFindingV1 {
  readonly ruleId: string;
  readonly rule: string;
  readonly severity: Severity;
  readonly status: Status;
  readonly message: string;
  /** Relative to the scanned root, `/`-separated; for a flow inside a zip, the zip. */
  readonly file: string;
  /** The path inside the zip, or null. */
  readonly entry: string | null;
  readonly line: number | null;
  readonly endLine: number | null;
  readonly flow: { readonly id: string | null; readonly name: string };
  /** The trigger or action, or null for flow-level findings. */
  readonly action: string | null;
  readonly fingerprint: string;
  /** Why the finding is accepted (config, inline, baseline), or null. */
  readonly suppressed: {
    readonly by: 'config' | 'inline' | 'baseline';
    readonly reason: string;
    readonly expires: string | null;
  } | null;
  /** FG120/FG121 (only findings that have one): the secret's path from its source to the sink. */
  readonly path?: readonly JsonPathStepV1[];
}

export interface JsonPathStepV1 {
  readonly action: string;
  readonly file: string;
  readonly entry: string | null;
  readonly line: number | null;
  readonly role: 'source' | 'hop' | 'sink';
  readonly connector: string;
  readonly operation: string;
  readonly secureInputs: boolean;
  readonly secureOutputs: boolean;
  /** Sink only: the literal host of an HTTP request, else the connector; null on other steps. */
  readonly destination: string | null;
}

/** Maps the engine's Report into the public schema; internal fields (JSON paths, flow keys) stay out. */
export function toJsonReportV1(report: Report): JsonReportV1 {
  const s = report.summary;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    summary: {
      flows: s.flows,
      changedFlows: s.changedFlows,
      findings: { new: s.findings.new, existing: s.findings.existing, resolved: s.findings.resolved },
      gate: s.gate,
      failOn: s.failOn,
      filesRead: s.filesRead,
      report: s.report,
      maxSeverity: s.maxSeverity,
      suppressed: s.suppressed ?? 0,
    },
    findings: report.findings.map(toJsonFinding),
    secretAccess: toJsonAccess(report),
  };
}

function toJsonAccess(report: Report): JsonFlowAccessV1[] {
  return (report.secretAccess ?? []).map((a) => ({
    flow: a.flow,
    file: a.file,
    entry: a.entry,
    entries: a.entries.map((e) => ({
      action: e.action,
      kind: e.kind,
      secureOutputs: e.secureOutputs,
      inLoop: e.inLoop,
      rules: e.rules,
    })),
  }));
}

function toJsonFinding(f: Finding): JsonFindingV1 {
  return {
    ruleId: f.ruleId,
    rule: f.rule,
    severity: f.severity,
    status: f.status,
    message: f.message,
    file: f.location.file,
    entry: f.location.entry,
    line: f.location.line,
    endLine: f.location.endLine,
    flow: { id: f.flow.id, name: f.flow.name },
    action: f.action,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed
      ? { by: f.suppressed.by, reason: f.suppressed.reason, expires: f.suppressed.expires }
      : null,
    ...(f.path
      ? {
          path: f.path.map((p) => ({
            action: p.action,
            file: p.file,
            entry: p.entry,
            line: p.line,
            role: p.role,
            connector: p.connector,
            operation: p.operation,
            secureInputs: p.secureInputs,
            secureOutputs: p.secureOutputs,
            destination: p.destination,
          })),
        }
      : {}),
  };
}

/**
 * The JSON text, two-space indented with a final newline. Strings are data and round-trip exactly (the
 * consumer escapes for its own output); escapeJsonOutput only spells invisible characters as `\u` escapes
 * so that printing the file cannot drive a terminal.
 */
export function renderJson(report: Report): string {
  return `${escapeJsonOutput(JSON.stringify(toJsonReportV1(report), null, 2))}\n`;
}
