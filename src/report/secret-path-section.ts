import type { Report } from '../findings/types.js';
import { escapeMarkdown } from './escape.js';
import { clip } from './finding-text.js';
import { mermaidPath } from './mermaid-path.js';
import { pathChain } from './secret-path-text.js';

/** Diagrams in one Markdown document: the most severe paths; the rest are in the table and SARIF. */
const MAX_DIAGRAMS = 3;
/** Longest chain heading, in characters, before escaping. */
const CHAIN_LIMIT = 300;

/**
 * "How the secret travels": for the first findings (new before existing, as sorted) that carry a secret's
 * path, the chain as text and as a Mermaid flowchart (GitHub renders ```` ```mermaid ```` blocks). Kept
 * within `budget` characters: a diagram that does not fit is left out, never cut.
 */
export function secretPathSection(report: Report, budget: number): string[] {
  const withPath = report.findings.filter(
    (f) => f.path && f.path.length > 0 && f.status !== 'resolved' && !f.suppressed,
  );
  const out: string[] = [];
  let used = 0;
  for (const f of withPath.slice(0, MAX_DIAGRAMS)) {
    const block = [
      `**${escapeMarkdown(f.ruleId)}** ${escapeMarkdown(clip(pathChain(f.path!), CHAIN_LIMIT))}`,
      '',
      ...mermaidPath(f),
      '',
    ];
    const size = block.join('\n').length + 1;
    if (used + size > budget) break;
    used += size;
    out.push(...block);
  }
  if (out.length === 0) return [];
  const more = withPath.length - out.filter((l) => l === '```mermaid').length;
  return [
    '### How the secret travels',
    '',
    ...out,
    ...(more > 0
      ? [`…and ${more} more secret path${more === 1 ? '' : 's'} (in the JSON and SARIF reports).`, '']
      : []),
  ];
}
