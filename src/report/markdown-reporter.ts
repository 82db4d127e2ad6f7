import { isPresent } from '../findings/channel-filters.js';
import type { ProposedSuppression } from '../findings/suppression-types.js';
import type { Finding, Report, Status } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { escapeHtmlComment, escapeMarkdown } from './escape.js';
import { ruleDocUrl } from './doc-links.js';
import { clip, countsPhrase, fileLabel, lineRange, suppressionPhrase } from './finding-text.js';
import { renderSecretAccessMap, secretAccessMap } from './secret-access-map.js';
import { secretPathSection } from './secret-path-section.js';

/**
 * GitHub rejects comment bodies over 65,536 characters (REST API: "body is too long"); 65,000 leaves room
 * for a publisher's own footer. Counted in UTF-16 units, which is never fewer than GitHub's characters.
 */
export const MARKDOWN_MAX_LENGTH = 65_000;

export interface MarkdownRenderOptions {
  /** Written first as a hidden `<!-- marker -->`, so a publisher can find its comment again. */
  marker?: string;
  /** Upper bound of the whole document; tables are cut with an "… and N more" line to stay under it. */
  maxLength?: number;
  /**
   * Adds the secret access map (`--format markdown`); the job summary leaves it out and renders its own,
   * and the summary comment has no room for it.
   */
  secretAccessMap?: boolean;
}

const SEVERITY_ICON: Record<Severity, string> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

/** Per-cell limits (code points, before escaping): one hostile name cannot fill the comment. */
const CELL_LIMIT = { name: 100, file: 160, message: 500 } as const;
/** Rule ids are ours, but only a well-formed one is turned into a link. */
const RULE_ID = /^FG\d{3}$/;
const TABLE_HEAD = ['| Severity | Rule | Flow | Action | Finding |', '| --- | --- | --- | --- | --- |'];

interface Section {
  status: Status;
  /** Lines before the table (heading, intro). */
  before: string[];
  /** Lines after the table (closing `</details>`). */
  after: string[];
  rows: string[];
}

/**
 * A pull-request comment: heading, counts, new findings first, then existing, then resolved (good news),
 * then the gate result. All flow-controlled text goes through escapeMarkdown; the document stays under
 * `maxLength` by cutting table rows (new findings are kept first).
 */
export function renderMarkdown(report: Report, options: MarkdownRenderOptions = {}): string {
  const maxLength = options.maxLength ?? MARKDOWN_MAX_LENGTH;
  const head: string[] = [];
  if (options.marker !== undefined) head.push(`<!-- ${escapeHtmlComment(options.marker)} -->`);
  head.push('## 🛡️ flowguard security review', '', `${countsPhrase(report)}.`, '');
  if (report.findings.length === 0) head.push('No findings.', '');
  head.push(...proposedSection(report.proposedSuppressions ?? []));

  const { gate, failOn, report: mode } = report.summary;
  const gateIcon = gate === 'failed' ? '❌' : '✅';
  const modeNote = report.compared && mode === 'all' ? ', report all' : '';
  const tail = [
    ...(options.secretAccessMap ? accessMapSection(report, Math.floor(maxLength / 4)) : []),
    ...secretPathSection(report, Math.floor(maxLength / 4)),
    `${gateIcon} **Gate ${gate}** (fail-on ${failOn}${modeNote})`,
  ];

  const sections = buildSections(report);
  const omitted = fitRows(sections, maxLength, [...head, ...tail].join('\n').length + 1);
  const body = sections.flatMap((section) => renderSection(section, omitted.get(section) ?? 0));
  return `${[...head, ...body, ...tail].join('\n')}\n`;
}

/** The map within its share of the size budget; a note instead when it does not fit. */
function accessMapSection(report: Report, budget: number): string[] {
  const map = renderSecretAccessMap(secretAccessMap(report));
  if (map.length <= budget) return map.split('\n');
  return [
    '### 🔐 Secret access map',
    '',
    'Too large for this report; see `--format json` (`secretAccess`).',
    '',
  ];
}

function buildSections(report: Report): Section[] {
  const byStatus = (status: Status): string[] =>
    report.findings.filter((f) => f.status === status && !f.suppressed).map(renderRow);
  const sections: Section[] = [];
  const fresh = byStatus('new');
  if (fresh.length > 0) {
    const title = report.compared ? 'New findings' : 'Findings';
    sections.push({ status: 'new', before: [`### ${title} (${fresh.length})`, ''], after: [], rows: fresh });
  }
  const existing = byStatus('existing');
  if (existing.length > 0) {
    // With `--report new` existing findings are not gated (SPEC §4): shown, but folded away.
    const folded = report.summary.report === 'new';
    const title = `Existing findings (${existing.length}): also present in the base`;
    sections.push({
      status: 'existing',
      before: folded ? [`<details><summary>${title}</summary>`, ''] : [`### ${title}`, ''],
      after: folded ? ['</details>', ''] : [],
      rows: existing,
    });
  }
  const suppressed = report.findings.filter((f) => f.suppressed && isPresent(f));
  if (suppressed.length > 0) {
    // Accepted with a reason: listed for the record, folded, never gating.
    sections.push({
      status: 'existing',
      before: [
        `<details><summary>Suppressed findings (${suppressed.length}): accepted with a reason</summary>`,
        '',
      ],
      after: ['</details>', ''],
      rows: suppressed.map((f) => renderRow({ ...f, message: `${f.message} — ${suppressionPhrase(f)}` })),
    });
  }
  const resolved = byStatus('resolved');
  if (resolved.length > 0) {
    sections.push({
      status: 'resolved',
      before: [`### ✅ Resolved (${resolved.length})`, '', 'Fixed by this change:', ''],
      after: [],
      rows: resolved,
    });
  }
  return sections;
}

function moreLine(n: number): string[] {
  return n > 0 ? [`… and ${n} more not shown here.`, ''] : [];
}

function renderSection(section: Section, omitted: number): string[] {
  const shown = section.rows.slice(0, section.rows.length - omitted);
  // A table ends at a blank line; the "… and N more" paragraph must not become a table row.
  const table = shown.length > 0 || omitted === 0 ? [...TABLE_HEAD, ...shown, ''] : [];
  return [...section.before, ...table, ...moreLine(omitted), ...section.after];
}

/**
 * Decides how many rows of each section fit: the frame of every section (with a worst-case "… and N
 * more" line) is reserved first, then rows are taken in order until the first one that does not fit.
 */
function fitRows(sections: Section[], maxLength: number, fixed: number): Map<Section, number> {
  let budget = maxLength - fixed;
  for (const section of sections) {
    budget -= renderSection({ ...section, rows: [] }, 0).join('\n').length + 1;
    budget -= moreLine(section.rows.length).join('\n').length + 1;
  }
  const omitted = new Map<Section, number>();
  let full = false;
  for (const section of sections) {
    let cut = 0;
    for (const row of section.rows) {
      if (!full && row.length + 1 <= budget) budget -= row.length + 1;
      else {
        full = true;
        cut += 1;
      }
    }
    omitted.set(section, cut);
  }
  return omitted;
}

function renderRow(f: Finding): string {
  const rule = RULE_ID.test(f.ruleId)
    ? `[${f.ruleId}](${ruleDocUrl(f.ruleId)}) ${escapeMarkdown(f.rule)}`
    : escapeMarkdown(`${f.ruleId} ${f.rule}`);
  const lines = lineRange(f);
  const where = escapeMarkdown(clip(fileLabel(f), CELL_LIMIT.file)) + (lines === null ? '' : `:${lines}`);
  const flow = `${escapeMarkdown(clip(f.flow.name, CELL_LIMIT.name))}<br><sub>${where}</sub>`;
  const action = f.action === null ? '—' : escapeMarkdown(clip(f.action, CELL_LIMIT.name));
  const message = escapeMarkdown(clip(f.message, CELL_LIMIT.message));
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${rule} | ${flow} | ${action} | ${message} |`;
}

const PROPOSED_LIMIT = 50;

/**
 * Inline suppressions the change adds: not applied to it (SPEC §4), listed at the top so the reviewer
 * decides on each reason, the way they would on a code change.
 */
function proposedSection(proposed: readonly ProposedSuppression[]): string[] {
  if (proposed.length === 0) return [];
  const lines = [
    `### ⚠️ Suppressions proposed by this pull request (${proposed.length})`,
    '',
    'Not applied to this pull request: an inline `flowguard-ignore` counts once it is in the base branch. Review each reason before you approve.',
    '',
    '| Rule | Flow | Action | Reason |',
    '| --- | --- | --- | --- |',
  ];
  for (const p of proposed.slice(0, PROPOSED_LIMIT)) {
    const rule = RULE_ID.test(p.rule) ? `[${p.rule}](${ruleDocUrl(p.rule)})` : escapeMarkdown(p.rule);
    const flow = `${escapeMarkdown(clip(p.flow, CELL_LIMIT.name))}<br><sub>${escapeMarkdown(clip(p.file, CELL_LIMIT.file))}</sub>`;
    lines.push(
      `| ${rule} | ${flow} | ${escapeMarkdown(clip(p.action, CELL_LIMIT.name))} | ${escapeMarkdown(clip(p.reason, CELL_LIMIT.message))} |`,
    );
  }
  lines.push('');
  if (proposed.length > PROPOSED_LIMIT) lines.push(...moreLine(proposed.length - PROPOSED_LIMIT));
  return lines;
}
