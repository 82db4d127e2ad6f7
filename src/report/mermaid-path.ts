import type { Finding, FindingPathStep } from '../findings/types.js';
import { secureText } from './secret-path-text.js';

/** Longest action name in a node label, in characters (names are the flow author's, unbounded). */
const LABEL_NAME_LIMIT = 60;

/**
 * A Mermaid label: every character but letters, digits, space and `_.-` as a Mermaid entity code (`#35;`),
 * so no quote, bracket, pipe, backtick, `<`, line break or `%%` from a flow's names can end the label, add
 * nodes or links, open HTML, or close the Markdown fence around the diagram. Node ids are ours (`s0`…).
 */
export function mermaidLabel(text: string): string {
  let out = '';
  for (const ch of text) {
    out += /^[A-Za-z0-9 _.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}

function clipName(name: string): string {
  const chars = [...name];
  return chars.length > LABEL_NAME_LIMIT ? `${chars.slice(0, LABEL_NAME_LIMIT - 1).join('')}…` : name;
}

const ROLE_TITLE: Record<FindingPathStep['role'], string> = { source: 'source', hop: 'hop', sink: 'sink' };

/**
 * The secret's path as a Mermaid flowchart (left to right): source, hops, sink, and where the sink sends the
 * data; each node names its connector and operation and whether its inputs/outputs are secured.
 */
export function mermaidPath(f: Finding): string[] {
  const steps = f.path ?? [];
  if (steps.length === 0) return [];
  const lines = ['```mermaid', 'flowchart LR'];
  steps.forEach((s, i) => {
    const what = [s.connector, s.operation].filter(Boolean).join(' ');
    const secure = secureText(s);
    const label = [`${ROLE_TITLE[s.role]}: ${clipName(s.action)}`, clipName(what), secure].filter(Boolean);
    lines.push(`  s${i}["${label.map(mermaidLabel).join(' · ')}"]`);
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`);
  });
  const sink = steps[steps.length - 1];
  if (sink.destination) {
    lines.push(`  d(["${mermaidLabel(clipName(sink.destination))}"])`);
    lines.push(`  s${steps.length - 1} -.-> d`);
  }
  lines.push('  classDef secret fill:#fde2e1,stroke:#c0392b');
  lines.push(`  class s0,s${steps.length - 1} secret`);
  lines.push('```');
  return lines;
}
