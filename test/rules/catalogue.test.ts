import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { RULES } from '../../src/rules/index.js';
// @ts-expect-error: a plain .mjs script without types, the generator of src/report/rule-docs.json
import { whatToDo as whatToDoUntyped } from '../../scripts/rule-docs.mjs';

/** The generator's reading of a page's `**What to do:**` sentence: the text report prints exactly this. */
const whatToDo = whatToDoUntyped as (markdown: string) => string | null;

const spec = readFileSync('docs/SPEC.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const specRows = [...spec.matchAll(/^\| (FG\d{3}) \| ([a-z-]+) \|/gm)].map((m) => ({ id: m[1], name: m[2] }));
const REQUIRED_SECTIONS = [
  '## What it detects',
  '## Why it matters',
  '## How to fix',
  '## Example',
  '### Bad',
  '### Good',
  '## Known false positives',
];

describe('rule catalogue: index, files, docs, tests, SPEC and README agree', () => {
  it('the index is sorted by id without duplicates', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every SPEC §3 rule is implemented under its name, and every rule is in SPEC §3', () => {
    expect(RULES.map((r) => ({ id: r.meta.id, name: r.meta.name }))).toEqual(specRows);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))(
    '%s has its file, docs page, test table and README row',
    (id, rule) => {
      const base = `${id.toLowerCase()}-${rule.meta.name}`;
      expect(existsSync(`src/rules/${base}.ts`)).toBe(true);
      expect(existsSync(`test/rules/${base}.test.ts`)).toBe(true);
      const doc = readFileSync(`docs/rules/${id}.md`, 'utf8');
      expect(doc.startsWith(`# ${id} ${rule.meta.name}\n`)).toBe(true);
      for (const section of REQUIRED_SECTIONS) expect(doc).toContain(section);
      expect(doc).toMatch(/Severity:/);
      // The text report's last line for a finding: one plain sentence, before the page's first section.
      const todo = whatToDo(doc);
      expect({ id, todo }).toEqual({ id, todo: expect.stringMatching(/^[A-Z][^\n]{20,300}\.$/) });
      expect(todo).not.toMatch(/\.\s+[A-Z]|\]\(|\*/);
      expect(doc.indexOf('**What to do:**')).toBeLessThan(doc.indexOf('## What it detects'));
      expect(readme).toContain(`[${id}](docs/rules/${id}.md) | ${rule.meta.name} |`);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    },
  );

  it('notices a docs page without its what-to-do sentence, and reads one wrapped over lines', () => {
    const page = readFileSync('docs/rules/FG101.md', 'utf8');
    expect(whatToDo(page.replace(/^\*\*What to do:\*\*.*\n/m, ''))).toBeNull();
    expect(whatToDo(page.replace('**What to do:**', 'What to do:'))).toBeNull();
    expect(
      whatToDo('# FG999 x\n\n**What to do:** Turn *Secure inputs*\non, see `a`.\n\n## What it detects\n'),
    ).toBe('Turn "Secure inputs" on, see `a`.');
  });

  it('has no orphan rule files or docs pages', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const f of readdirSync('src/rules').filter((f) => /^fg\d{3}-/.test(f)))
      expect(ids).toContain(f.slice(0, 5).toUpperCase());
    for (const f of readdirSync('docs/rules')) expect(ids).toContain(f.replace(/\.md$/, ''));
  });
});
