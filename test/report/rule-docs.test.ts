import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toSarifLog } from '../../src/report/sarif-reporter.js';
import { RULES } from '../../src/rules/index.js';
import { ruleDocMarkdown, ruleTodo } from '../../src/report/rule-docs.js';
// @ts-expect-error: a plain .mjs script without types, the generator of src/report/rule-docs.json
import { whatToDo } from '../../scripts/rule-docs.mjs';
import { fixtureReport } from './report-fixture.js';

/** The bundled documentation (src/report/rule-docs.json) is the pages in docs/rules/, current. */
describe('bundled rule documentation', () => {
  const dir = path.resolve('docs/rules');
  const pages = readdirSync(dir).filter((f) => /^FG\d{3}\.md$/.test(f));

  it('has every rule page as it is in docs/rules (else run `npm run rule-docs`)', () => {
    expect(pages.length).toBe(RULES.length);
    for (const page of pages) {
      const id = page.slice(0, 5);
      const text = readFileSync(path.join(dir, page), 'utf8').replace(/\r\n/g, '\n').trimEnd() + '\n';
      expect({ id, markdown: ruleDocMarkdown(id) }).toEqual({ id, markdown: text });
      expect({ id, todo: ruleTodo(id) }).toEqual({
        id,
        todo: (whatToDo as (md: string) => string | null)(text),
      });
    }
  });

  it('is the help.markdown of each rule in SARIF', () => {
    const log = toSarifLog(fixtureReport(), { rules: RULES.map((r) => r.meta) });
    for (const rule of log.runs[0].tool.driver.rules ?? []) {
      expect(rule.help?.markdown).toBe(ruleDocMarkdown(rule.id));
      expect(rule.help?.markdown).toMatch(
        /## What it detects[\s\S]*## Why it matters[\s\S]*## How to fix[\s\S]*## Example/,
      );
    }
  });
});
