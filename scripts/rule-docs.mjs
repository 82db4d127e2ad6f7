// Writes src/report/rule-docs.json from docs/rules/FGnnn.md: each rule's documentation page travels inside
// the bundle (SARIF `help.markdown`, the "what to do" sentence of text reports) without reading files at run
// time. test/report/rule-docs.test.ts fails when the JSON is older than the pages: run `npm run rule-docs`.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** id → { markdown, todo }: the page, and its `**What to do:**` sentence as plain text, or null when it has none. */
export function ruleDocs(dir = path.join(root, 'docs', 'rules')) {
  const out = {};
  for (const name of readdirSync(dir).sort()) {
    const m = /^(FG\d{3})\.md$/.exec(name);
    if (!m) continue;
    const markdown = readFileSync(path.join(dir, name), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n';
    out[m[1]] = { markdown, todo: whatToDo(markdown) };
  }
  return out;
}

/**
 * The page's `**What to do:** …` paragraph (it may wrap over several lines) as one line of plain text for
 * terminals: bold dropped, an *emphasised* UI label in double quotes, `code` kept. Null when the page has none (the catalogue test fails).
 */
export function whatToDo(markdown) {
  const m = /^\*\*What to do:\*\*[ \t]+(\S[^\n]*(?:\n(?![ \t]*\n)[^\n]+)*)/m.exec(markdown);
  if (!m) return null;
  return m[1]
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*/g, (_, bold, em) => bold ?? `"${em}"`)
    .trim();
}

export const RULE_DOCS_JSON = path.join(root, 'src', 'report', 'rule-docs.json');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(RULE_DOCS_JSON, JSON.stringify(ruleDocs(), null, 2) + '\n');
}
