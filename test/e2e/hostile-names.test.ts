import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostileTree } from '../helpers/hostile-flows.js';
import { runCli } from '../helpers/run-dist.js';
import { escapeTerminal } from '../../src/report/escape.js';
import { HOSTILE_PAYLOADS } from '../report/hostile-payloads.js';
import { inspectMarkdown, LINKER_TRIGGERS } from '../report/markdown-inspect.js';

/**
 * The shared hostile payloads as a flow author would plant them — in file names, trigger names, action
 * names, header names, URLs and secret names — through the bundled CLI in every format. The reporters'
 * own tests feed them a ready-made Report; here the names come out of the engine, into stdout and stderr
 * of the real process. Each output is compared with the same tree carrying plain names: no forged line,
 * no live markup, no control character reaches a terminal, and JSON keeps every name exactly.
 */

const UNSAFE_EXCEPT_NEWLINE = /[\0-\t\v-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const root = mkdtempSync(path.join(tmpdir(), 'fg-names-'));

function tree(name: string, names: readonly string[]): string {
  const dir = path.join(root, name);
  mkdirSync(path.join(dir, 'Workflows'), { recursive: true });
  for (const [rel, text] of Object.entries(hostileTree(names))) writeFileSync(path.join(dir, rel), text);
  return dir;
}

const outputs: Record<string, { hostile: string; benign: string }> = {};

beforeAll(() => {
  const hostile = tree(
    'hostile',
    HOSTILE_PAYLOADS.map((p) => p.payload),
  );
  const benign = tree(
    'benign',
    HOSTILE_PAYLOADS.map((_, i) => `benign name ${i}`),
  );
  for (const format of ['text', 'markdown', 'json', 'sarif']) {
    const run = (dir: string): string => {
      const r = runCli(['scan', dir, '--format', format, '--fail-on', 'none'], root);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return r.stdout;
    };
    outputs[format] = { hostile: run(hostile), benign: run(benign) };
  }
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`${HOSTILE_PAYLOADS.length} hostile payloads in file, trigger, action, header and secret names (bundled CLI)`, () => {
  it('text: nothing a terminal acts on, and not one forged line', () => {
    const { hostile, benign } = outputs.text;
    expect(hostile).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(hostile.split('\n')).toHaveLength(benign.split('\n').length);
    expect(hostile).toMatch(/^\d+ findings in 37 flows — gate passed \(fail-on none\)\n$/m);
    // Every line has one of our shapes: a finding's first line, an indented line under it, a blank line
    // or the summary. A name cannot start a line of its own, so it cannot forge a finding an editor links.
    const shape = (text: string): string[] =>
      text.split('\n').map((line) => {
        if (line === '') return 'blank';
        if (/^\d+ findings in 37 flows — gate passed \(fail-on none\)$/.test(line)) return 'summary';
        const head = /^\S.*?: (critical|high|medium|low|info) (FG\d{3}) ([a-z-]+)$/.exec(line);
        if (head) return `head ${head[1]} ${head[2]} ${head[3]}`;
        const todo = /^ {4}What to do: (.*) (https:\/\/\S+\/docs\/rules\/(FG\d{3})\.md)$/.exec(line);
        if (todo) return `todo ${todo[3]} ${todo[1]}`;
        if (/^ {4}Path: \S/.test(line)) return 'path';
        if (/^ {4}\S.*: \S/.test(line)) return 'message';
        return `unexpected: ${line.slice(0, 200)}`;
      });
    expect(shape(hostile)).toEqual(shape(benign));
    expect(shape(hostile).filter((s) => s === 'path').length).toBeGreaterThan(0);
    // One first line per finding of the JSON report, exactly FILE:LINE: SEVERITY RULE-ID name, the name
    // escaped: no forged or missing finding an editor's problem matcher would pick up.
    const json = JSON.parse(outputs.json.hostile) as {
      findings: Array<{ file: string; line: number | null; severity: string; ruleId: string; rule: string }>;
    };
    const heads = hostile.split('\n').filter((l) => /^\S/.test(l) && !l.includes(' — gate passed '));
    expect(heads.sort()).toEqual(
      json.findings
        .map(
          (f) =>
            `${escapeTerminal(f.line === null ? `${f.file}:` : `${f.file}:${f.line}:`)} ${f.severity} ${f.ruleId} ${f.rule}`,
        )
        .sort(),
    );
  });

  it('Markdown: only our own structure — every row five cells of inert text, no HTML, marker or ping', () => {
    const { hostile } = outputs.markdown;
    expect(hostile).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    expect(hostile.length).toBeLessThanOrEqual(65_000);
    expect(hostile).not.toMatch(/<!--/);
    const tags = new Set(hostile.match(/<\/?[A-Za-z][^>]*>/g) ?? []);
    expect([...tags].filter((t) => !['<br>', '<sub>', '</sub>'].includes(t))).toEqual([]);
    expect(hostile).not.toMatch(/@[A-Za-z0-9]/);
    // Escaped names are longer, so fewer rows fit than with plain names; every line is still one of ours.
    const OURS =
      /^(?:|## 🛡️ flowguard security review|\d+ findings in 37 flows\.|### Findings \(\d+\)|\| (?:Severity|---) .*|… and \d+ more not shown here\.|✅ \*\*Gate passed\*\* \(fail-on none\))$/u;
    // The "How the secret travels" section has its own grammar (checked below); the table part ends there.
    const [beforePaths, pathPart = ''] = hostile.split('### How the secret travels\n');
    // The secret access map sits between the findings and the paths; its rows are checked below.
    const [tablePart, mapPart = ''] = beforePaths.split('### 🔐 Secret access map\n');
    const rows = tablePart.split('\n').filter((line) => !OURS.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(
        /^\| (?:🔴 critical|🟠 high|🟡 medium) \| \[FG\d{3}\]\(https:\/\/[^)]+\) [a-z-]+ \| /u,
      );
      const cells = row.replace(/^.*?\) [a-z-]+ \| /u, '').replace(/<br><sub>|<\/sub>/g, '');
      const { text, active } = inspectMarkdown(cells);
      expect(active.filter((c) => c !== '|')).toEqual([]);
      expect(active.filter((c) => c === '|')).toHaveLength(3);
      expect(text).not.toMatch(LINKER_TRIGGERS);
    }
    // Access map: every row five cells, the flow and action cells inert text, the rest our own words.
    const mapRows = mapPart.split('\n').filter((l) => l.startsWith('| ') && !/^\| (?:Flow|---) /.test(l));
    expect(mapRows.length).toBeGreaterThan(0);
    for (const row of mapRows) {
      const m =
        /^\| (.*) \| (?:🔑 reads a secret|📋 lists the vault) \| (?:—|✅ yes|❌ no) \| (?:FG\d{3}(?:, FG\d{3})*)? \|$/u.exec(
          row,
        );
      expect(m).not.toBeNull();
      const { text, active } = inspectMarkdown(m![1]!.replace(/<br><sub>|<\/sub>/g, ''));
      expect(active.filter((c) => c !== '|')).toEqual([]);
      expect(active.filter((c) => c === '|')).toHaveLength(1);
      expect(text).not.toMatch(LINKER_TRIGGERS);
    }
    for (const line of mapPart.split('\n').filter((l) => !l.startsWith('| ')))
      expect(line).toMatch(
        /^(?:|… and \d+ more not shown here\.|Too large for this report; see `--format json` \(`secretAccess`\)\.)$/u,
      );
    // Path section: chain lines of inert text, and Mermaid blocks whose labels are entity-coded (no quote,
    // bracket, pipe, backtick or `%%` directive a name could use to break out of a node or the fence).
    let inMermaid = false;
    for (const line of pathPart.split('\n')) {
      if (line === '```mermaid' || line === '```') {
        inMermaid = line === '```mermaid';
        continue;
      }
      if (inMermaid) {
        expect(line).toMatch(
          /^(?:flowchart LR|  s\d+\["[^"`|%\]\[<>]*"\]|  d\(\["[^"`|%\]\[<>]*"\]\)|  s\d+ --> s\d+|  s\d+ -\.-> d|  classDef secret fill:#fde2e1,stroke:#c0392b|  class s0,s\d+ secret)$/,
        );
        continue;
      }
      if (line === '' || /^…and \d+ more secret paths? \(in the JSON and SARIF reports\)\.$/.test(line))
        continue;
      if (/^(?:✅ \*\*Gate passed\*\* \(fail-on none\))$/u.test(line)) continue;
      expect(line).toMatch(/^\*\*FG12[01]\*\* /);
      const { active } = inspectMarkdown(line.replace(/^\*\*FG12[01]\*\* /, ''));
      expect(active).toEqual([]);
    }
  });

  it('JSON: every name kept exactly, as data', () => {
    const parsed = JSON.parse(outputs.json.hostile) as {
      findings: Array<{ action: string | null; file: string }>;
    };
    const actions = new Set(parsed.findings.map((f) => f.action));
    for (const { payload } of HOSTILE_PAYLOADS) {
      expect(actions.has(payload) || actions.has(`Get ${payload}`)).toBe(true);
    }
    expect(outputs.json.hostile).not.toMatch(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u);
    // Flow by flow, the same rules fire as with plain names.
    const rulesByFlow = (json: string): Record<string, string> => {
      const out: Record<string, string[]> = {};
      for (const f of (JSON.parse(json) as { findings: Array<{ ruleId: string; flow: { id: string } }> })
        .findings) {
        (out[f.flow.id] ??= []).push(f.ruleId);
      }
      return Object.fromEntries(Object.entries(out).map(([id, r]) => [id, r.sort().join(' ')]));
    };
    expect(rulesByFlow(outputs.json.hostile)).toEqual(rulesByFlow(outputs.json.benign));
  });

  it('SARIF: valid, with the same results, and no raw control or invisible character', () => {
    const hostile = JSON.parse(outputs.sarif.hostile) as { runs: Array<{ results: unknown[] }> };
    expect(hostile.runs[0].results).toHaveLength(JSON.parse(outputs.sarif.benign).runs[0].results.length);
    expect(outputs.sarif.hostile).not.toMatch(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]/u);
  });

  it('stderr: an error that quotes a hostile name shows its control characters as codes', () => {
    const name = '\u001b[2J\u001b]8;;https://evil.example\u0007gate passed\u001b[0m';
    const r = runCli(['scan', name], root);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'flowguard: \\x1B[2J\\x1B]8;;https://evil.example\\x07gate passed\\x1B[0m: no such file or directory\n',
    );
  });
});
