import type { Finding, Report } from '../findings/types.js';
import { clip } from './finding-text.js';
import { escapeMarkdown } from './escape.js';

/**
 * The "secret access map" of the job summary: for each flow with secret sources, which secret sources and
 * vault enumerations it has, whether their outputs are secured, and which rules fired on them. It comes
 * from the engine's model (`Report.secretAccess`); for a report without it (an older producer), it is
 * inferred from the findings: FG103 and critical FG101 name unsecured sources, FG111/FG112 sources, FG110
 * enumerations — which cannot list a well-secured source that has no finding.
 */
export interface AccessEntry {
  action: string;
  kind: 'secret source' | 'enumeration';
  /** null: the findings do not tell. */
  secureOutputs: boolean | null;
  /** Rule ids of the findings on this action, sorted. */
  rules: string[];
}

export interface FlowAccess {
  flow: string;
  file: string;
  entries: AccessEntry[];
}

const SOURCE_RULES = new Set(['FG101', 'FG103', 'FG111', 'FG112']);
const UNSECURED_RULES = new Set(['FG101', 'FG103']);
/** Rows of the rendered map; the rest is summarised in one line. Our choice, to keep the summary readable. */
const MAX_ROWS = 200;
const NAME_LIMIT = 100;

function isSourceFinding(f: Finding): boolean {
  // FG101 also fires on actions that are not secret sources; only a secret source makes it critical.
  return SOURCE_RULES.has(f.ruleId) && (f.ruleId !== 'FG101' || f.severity === 'critical');
}

/**
 * The map from the engine's model when the report carries it (every secret source and enumeration of the
 * flows analysed, with the rules that fired on each); otherwise inferred from the findings, below.
 */
export function secretAccessMap(report: Report, disabled: readonly string[] = []): FlowAccess[] {
  if (report.secretAccess) return fromModel(report);
  return fromFindings(report, disabled);
}

/** Rule ids of the unresolved findings on each action, keyed by `flowKey\0action`. */
export function rulesByAction(report: Report): Map<string, Set<string>> {
  const rulesOf = new Map<string, Set<string>>();
  for (const f of report.findings) {
    if (f.status === 'resolved' || f.action === null) continue;
    const key = `${f.flow.key}\u0000${f.action}`;
    rulesOf.set(key, (rulesOf.get(key) ?? new Set()).add(f.ruleId));
  }
  return rulesOf;
}

function fromModel(report: Report): FlowAccess[] {
  const rulesOf = rulesByAction(report);
  return (report.secretAccess ?? [])
    .map((a) => ({
      flow: a.flow,
      file: a.entry ? `${a.file} › ${a.entry}` : a.file,
      entries: a.entries.map((e) => ({
        action: e.action,
        kind: e.kind,
        secureOutputs: e.kind === 'secret source' ? e.secureOutputs : null,
        rules: [...(rulesOf.get(`${a.flowKey}\u0000${e.action}`) ?? [])].sort(),
      })),
    }))
    .sort((a, b) => a.flow.localeCompare(b.flow) || a.file.localeCompare(b.file));
}

/** `disabled`: rule ids switched off in the config, which make the secure-outputs inference unsafe. */
function fromFindings(report: Report, disabled: readonly string[]): FlowAccess[] {
  const canInferSecure = !disabled.includes('FG103') && !disabled.includes('FG101');
  const flows = new Map<string, FlowAccess & { byAction: Map<string, AccessEntry> }>();
  for (const f of report.findings) {
    if (f.status === 'resolved' || f.action === null) continue;
    const kind = f.ruleId === 'FG110' ? 'enumeration' : isSourceFinding(f) ? 'secret source' : null;
    if (kind === null) continue;
    let flow = flows.get(f.flow.key);
    if (!flow) {
      flow = { flow: f.flow.name, file: f.location.file, entries: [], byAction: new Map() };
      flows.set(f.flow.key, flow);
    }
    const key = `${kind}\u0000${f.action}`;
    let entry = flow.byAction.get(key);
    if (!entry) {
      entry = { action: f.action, kind, secureOutputs: null, rules: [] };
      flow.byAction.set(key, entry);
      flow.entries.push(entry);
    }
    if (!entry.rules.includes(f.ruleId)) entry.rules.push(f.ruleId);
  }
  for (const flow of flows.values()) {
    for (const e of flow.entries) {
      e.rules.sort();
      if (e.kind === 'secret source') {
        const unsecured = e.rules.some((r) => UNSECURED_RULES.has(r));
        e.secureOutputs = unsecured ? false : canInferSecure ? true : null;
      }
    }
  }
  return [...flows.values()]
    .map(({ flow, file, entries }) => ({ flow, file, entries }))
    .sort((a, b) => a.flow.localeCompare(b.flow) || a.file.localeCompare(b.file));
}

/** The map as a Markdown section; every flow-controlled name goes through escapeMarkdown. */
export function renderSecretAccessMap(map: readonly FlowAccess[]): string {
  const lines = ['### 🔐 Secret access map', ''];
  if (map.length === 0) {
    lines.push('No secret sources or vault enumerations in the flows of this run.', '');
    return lines.join('\n');
  }
  lines.push('| Flow | Action | Access | Secure outputs | Findings |', '| --- | --- | --- | --- | --- |');
  const rows = map.flatMap((f) => f.entries.map((e) => ({ f, e })));
  for (const { f, e } of rows.slice(0, MAX_ROWS)) {
    const flow = `${escapeMarkdown(clip(f.flow, NAME_LIMIT))}<br><sub>${escapeMarkdown(clip(f.file, 160))}</sub>`;
    const secure = e.secureOutputs === null ? '—' : e.secureOutputs ? '✅ yes' : '❌ no';
    const access = e.kind === 'enumeration' ? '📋 lists the vault' : '🔑 reads a secret';
    lines.push(
      `| ${flow} | ${escapeMarkdown(clip(e.action, NAME_LIMIT))} | ${access} | ${secure} | ${e.rules.join(', ')} |`,
    );
  }
  lines.push('');
  if (rows.length > MAX_ROWS) lines.push(`… and ${rows.length - MAX_ROWS} more not shown here.`, '');
  return lines.join('\n');
}
