import { describe, expect, it } from '@jest/globals';
import { renderJson, renderMarkdown, renderText } from '../../src/report/index.js';
import { HOSTILE_PAYLOADS } from './hostile-payloads.js';
import { hostileReport } from './hostile-report.js';
import { inspectMarkdown, LINKER_TRIGGERS } from './markdown-inspect.js';

/**
 * Each payload sits in flow names, action names, file names, zip entries and messages at once; every
 * channel must print it inert. Structure is compared with the same report carrying a benign word.
 */
const cases = HOSTILE_PAYLOADS.map((p) => [p.name, p.payload] as const);
const UNSAFE_EXCEPT_NEWLINE = /[\0-\t\v-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const BENIGN = hostileReport('benign');

describe('text reporter with hostile names', () => {
  const benignLines = renderText(BENIGN).split('\n').length;

  it.each(cases)('%s', (_name, payload) => {
    const plain = renderText(hostileReport(payload));
    expect(plain).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    // No forged line (a fake "gate passed"), no overprinting.
    expect(plain.split('\n')).toHaveLength(benignLines);
    // With colour, the only escape sequences are our own SGR colours.
    const coloured = renderText(hostileReport(payload), { color: true });
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

describe('JSON reporter with hostile names', () => {
  it.each(cases)('%s', (_name, payload) => {
    const report = hostileReport(payload);
    const out = renderJson(report);
    expect(out).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    // JSON is data: every string round-trips exactly; consumers escape for their own output.
    const parsed = JSON.parse(out) as { findings: Array<{ flow: { name: string }; action: string | null }> };
    const expected = report.findings.map((f) => ({ name: f.flow.name, action: f.action }));
    expect(parsed.findings.map((f) => ({ name: f.flow.name, action: f.action }))).toEqual(expected);
  });
});

/** Our own markup in a table row, removed before checking that the rest is inert text. */
const OWN_ROW_MARKUP = [
  /\[FG\d{3}\]\(https:\/\/github\.com\/flowguard\/flowguard\/blob\/v\d+\.\d+\.\d+\/docs\/rules\/FG\d{3}\.md\)/g,
  /<br><sub>|<\/sub>/g,
];

function unescapedPipes(row: string): number {
  return inspectMarkdown(row).active.filter((c) => c === '|').length;
}

describe('Markdown reporter with hostile names', () => {
  const benign = renderMarkdown(BENIGN, { marker: 'flowguard-summary' });

  it.each(cases)('%s', (_name, payload) => {
    const out = renderMarkdown(hostileReport(payload), { marker: 'flowguard-summary' });
    expect(out.length).toBeLessThanOrEqual(65_000);
    expect(out).not.toMatch(UNSAFE_EXCEPT_NEWLINE);
    // Only our own marker is an HTML comment; no forged marker, no second one.
    expect(out.match(/<!--/g)).toEqual(['<!--']);
    expect(out.startsWith('<!-- flowguard-summary -->\n')).toBe(true);
    // Same lines as the benign report: no injected row, block or fence.
    expect(out.split('\n')).toHaveLength(benign.split('\n').length);
    // Only our own tags remain.
    const tags = out.match(/<\/?[A-Za-z][^>]*>/g) ?? [];
    expect(new Set(tags)).toEqual(
      new Set(['<br>', '<sub>', '</sub>', '<details>', '<summary>', '</summary>', '</details>']),
    );

    for (const row of out.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))) {
      if (row.startsWith('| Severity |')) continue;
      const stripped = OWN_ROW_MARKUP.reduce((s, re) => s.replace(re, ''), row);
      const { text, active } = inspectMarkdown(stripped);
      // Five cells: six pipes of ours, nothing else live (links, images, code, emphasis, HTML).
      expect(unescapedPipes(row)).toBe(6);
      expect(active.filter((c) => c !== '|')).toEqual([]);
      // No mention pings, no issue references, no autolinks.
      expect(text).not.toMatch(LINKER_TRIGGERS);
    }
  });
});
