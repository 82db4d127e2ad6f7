import { compareCodeUnits } from '../json/code-unit-order.js';
import type { Report } from '../findings/types.js';
import { clip } from './finding-text.js';
import { escapeMarkdown } from './escape.js';

/**
 * The "secret access map" of the job summary: for each flow with secret sources, which secret sources and
 * vault enumerations it has, whether their outputs are secured, and which rules fired on them. The engine
 * computes it from the model (`Report.secretAccess`, every source and enumeration of the flows analysed,
 * well-secured ones included); this only shapes it for the table.
 */
export interface AccessEntry {
  action: string;
  kind: 'secret source' | 'enumeration';
  /** null: not a secret source. */
  secureOutputs: boolean | null;
  /** Rule ids of the findings on this action, sorted. */
  rules: string[];
}

export interface FlowAccess {
  flow: string;
  file: string;
  entries: AccessEntry[];
}

/** Rows of the rendered map; the rest is summarised in one line. Our choice, to keep the summary readable. */
const MAX_ROWS = 200;
const NAME_LIMIT = 100;

export function secretAccessMap(report: Report): FlowAccess[] {
  return (report.secretAccess ?? [])
    .map((a) => ({
      flow: a.flow,
      file: a.entry ? `${a.file} › ${a.entry}` : a.file,
      entries: a.entries.map((e) => ({
        action: e.action,
        kind: e.kind,
        secureOutputs: e.kind === 'secret source' ? e.secureOutputs : null,
        rules: e.rules,
      })),
    }))
    .sort((a, b) => compareCodeUnits(a.flow, b.flow) || compareCodeUnits(a.file, b.file));
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
