import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-dist.js';
import { entry, writeZip } from '../helpers/zip-bombs.js';

/**
 * `--format text` from the bundled CLI is what a person reads in a terminal and what an editor's problem
 * matcher parses: each finding starts with `FILE:LINE: SEVERITY RULE-ID name`, and FILE:LINE is the very
 * line the JSON report (and the action in the file) gives. A flow in a zip names the zip an editor can open.
 */

const root = process.cwd();
const FLOW = 'Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json';
const FILE_HEAD = /^[^:\s][^:]*:\d+: (critical|high|medium|low|info) FG\d{3} [a-z-]+/;
const HEAD =
  /^(\S[^:]*?)(?::(\d+))?: (critical|high|medium|low|info) (FG\d{3}) ([a-z-]+)(?: \((new|existing|resolved)\))?$/;
const tmp = mkdtempSync(path.join(tmpdir(), 'fg-text-'));

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type JsonFinding = { ruleId: string; file: string; line: number | null; entry: string | null };

/** Each finding's first line and the lines after it up to the next finding or blank line. */
function findingsOf(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    if (HEAD.test(line)) out.push([line]);
    else if (line.startsWith('    ')) out.at(-1)!.push(line);
  }
  return out;
}

describe('--format text (bundled CLI)', () => {
  const args = ['diff', 'examples/attack/base', 'examples/attack/head', '--fail-on', 'none'];
  const text = runCli([...args, '--format', 'text'], root);
  const json = runCli([...args, '--format', 'json'], root);

  it('starts a file finding with FILE:LINE: SEVERITY RULE-ID name, at the line JSON gives', () => {
    expect(text.status).toBe(0);
    expect(text.stderr).toBe('');
    expect(text.stdout).not.toContain('\u001b'); // not a TTY: no colour
    const findings = findingsOf(text.stdout);
    const expected = (JSON.parse(json.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings).toHaveLength(expected.length);
    expect(findings.length).toBeGreaterThan(0);
    for (const [head] of findings) expect(head).toMatch(FILE_HEAD);
    const heads = findings.map(([h]) => HEAD.exec(h)!).map((m) => `${m[4]} ${m[1]}:${m[2]}`);
    expect(heads.sort()).toEqual(expected.map((f) => `${f.ruleId} ${f.file}:${f.line}`).sort());
    // The line an editor jumps to holds the action the finding is about.
    const source = readFileSync(path.join(root, 'examples/attack/head', FLOW), 'utf8').split('\n');
    const fg110 = findings.find(([h]) => h.includes(' FG110 '))!;
    const line = Number(HEAD.exec(fg110[0])![2]);
    expect(source[line - 1]).toContain('"List_secrets": {');
  });

  it("ends every finding with what to do and the rule's versioned docs link", () => {
    for (const lines of findingsOf(text.stdout)) {
      const id = HEAD.exec(lines[0])![4];
      expect(lines.at(-1)).toMatch(
        new RegExp(
          `^ {4}What to do: [A-Z].*\\. https://github\\.com/\\S+/blob/v\\d\\S*/docs/rules/${id}\\.md$`,
        ),
      );
    }
  });

  it('names the zip, and gives the entry and its lines in the message', () => {
    const dir = path.join(root, 'examples/attack/head');
    const zip = path.join(tmp, 'SyncPartnerOrders_1_0_0_1.zip');
    writeFileSync(
      zip,
      writeZip(
        // A packed solution: solution.xml and customizations.xml at the zip root, the flow under Workflows/.
        [
          [FLOW, FLOW],
          ['solution.xml', 'Other/Solution.xml'],
          ['customizations.xml', 'Other/Customizations.xml'],
        ].map(([name, from]) => entry(name, readFileSync(path.join(dir, from)))),
      ),
    );
    const r = runCli(['scan', 'SyncPartnerOrders_1_0_0_1.zip', '--format', 'text', '--fail-on', 'none'], tmp);
    expect(r.stderr).toBe('');
    const findings = findingsOf(r.stdout);
    expect(findings.length).toBeGreaterThan(0);
    for (const [head, message] of findings) {
      expect(head).toMatch(
        /^SyncPartnerOrders_1_0_0_1\.zip: (critical|high|medium|low|info) FG\d{3} [a-z-]+$/,
      );
      expect(message).toMatch(
        new RegExp(
          `^ {4}Sync ?Partner ?Orders? › \\S+ \\(zip entry ${FLOW.replace(/[.]/g, '\\.')}, lines? \\d+(-\\d+)?\\): `,
          'i',
        ),
      );
    }
  });
});
