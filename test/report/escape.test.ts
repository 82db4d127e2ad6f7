import { describe, expect, it } from '@jest/globals';
import {
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  sarifMarkdown,
  sarifText,
} from '../../src/report/escape.js';
import { BENIGN_UNICODE, HOSTILE_PAYLOADS } from './hostile-payloads.js';
import { inspectMarkdown, LINKER_TRIGGERS } from './markdown-inspect.js';

/** Raw characters no escaped output may contain (newlines are checked per channel). */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/u;
const cases = HOSTILE_PAYLOADS.map((p) => [p.name, p.payload] as const);

describe('escapeMarkdown', () => {
  it.each([
    ['![x](https://e.example/p.png)', '\\!\\[x\\]\\(https:&#8203;//e.example/p.png\\)'],
    ['<!-- flowguard-summary -->', '&lt;\\!-- flowguard-summary --&gt;'],
    ['@org/team', '@&#8203;org/team'],
    ['fixes #12', 'fixes \\#&#8203;12'],
    ['a | b', 'a \\| b'],
    ['line1\r\nline2\nline3', 'line1 line2 line3'],
    ['&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['- item', '\\- item'],
    ['1. one', '1\\. one'],
    ['www.evil.example', 'www&#8203;.evil.example'],
    ['a\u202Eb', 'a\\\\u202Eb'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each(cases)('neutralises %s', (_name, payload) => {
    const out = escapeMarkdown(payload);
    const { text, active } = inspectMarkdown(out);
    // Nothing Markdown or HTML would interpret: no tag, comment, link, image, code, emphasis or pipe.
    expect(active).toEqual([]);
    expect(out).not.toMatch(/[<>\r\n]|<!--/);
    expect(out).not.toMatch(UNSAFE);
    // What the reader sees is the payload itself (controls made visible), and nothing GitHub links.
    expect(text).not.toMatch(LINKER_TRIGGERS);
    expect(text.replaceAll('\u200b', '')).toBe(escapeTerminal(payload.replace(/\r\n?|\n|\t/g, ' ')));
  });

  it('keeps ordinary Unicode, including emoji joined by ZWJ', () => {
    expect(escapeMarkdown(BENIGN_UNICODE)).toBe(BENIGN_UNICODE);
  });
});

describe('escapeHtmlComment', () => {
  it.each(cases)('cannot close or forge a marker: %s', (_name, payload) => {
    const out = escapeHtmlComment(payload);
    expect(out).not.toMatch(/--|[<>]|^-|-$/);
    expect(out).not.toMatch(UNSAFE);
    if (!/\p{Cs}/u.test(payload)) expect(decodeURIComponent(out)).toBe(payload);
  });

  it.each([
    ['a--b', 'a%2D-b'],
    ['---', '%2D%2D%2D'],
    ['-->', '%2D-%3E'],
    ['fingerprint=3f9a', 'fingerprint=3f9a'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtmlComment(input)).toBe(expected);
  });
});

describe('workflow command escaping', () => {
  it('follows the Actions toolkit for %, CR and LF, and properties also for : and ,', () => {
    expect(escapeWorkflowCommandData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(escapeWorkflowCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it.each(cases)('keeps a command on one line: %s', (_name, payload) => {
    const data = escapeWorkflowCommandData(payload);
    const property = escapeWorkflowCommandProperty(payload);
    const command = `::warning file=${property},title=${property}::${data}`;
    expect(command.split('\n')).toHaveLength(1);
    expect(command).not.toMatch(UNSAFE);
    expect(property).not.toMatch(/[:,]/);
  });
});

describe('escapeTerminal and sarifText', () => {
  it.each(cases)('show controls as visible codes: %s', (_name, payload) => {
    for (const out of [escapeTerminal(payload), sarifText(payload)]) {
      expect(out).not.toMatch(UNSAFE);
      expect(out.split('\n')).toHaveLength(1);
    }
  });

  it.each([
    ['\u001b[2J', '\\x1B[2J'],
    ['\u009b31m', '\\x9B31m'],
    ['a\r\nb', 'a\\r\\nb'],
    ['x\u202Ey', 'x\\u202Ey'],
    ['tag\u{E0041}', 'tag\\u{E0041}'],
    ['bad\uD800', 'bad\\uD800'],
    // The Azure Pipelines agent runs `##vso[` wherever it appears in a line.
    ['a ##vso[task.setvariable variable=x]1', 'a ##vso\\x5Btask.setvariable variable=x]1'],
    ['##VSO[task.complete]', '##VSO\\x5Btask.complete]'],
  ])('%j → %j', (input, expected) => {
    expect(escapeTerminal(input)).toBe(expected);
  });

  it('keeps ordinary Unicode', () => {
    expect(escapeTerminal(BENIGN_UNICODE)).toBe(BENIGN_UNICODE);
    expect(sarifText(BENIGN_UNICODE)).toBe(BENIGN_UNICODE);
  });

  it('sarifMarkdown escapes as escapeMarkdown does', () => {
    expect(sarifMarkdown('[x](y) @a')).toBe(escapeMarkdown('[x](y) @a'));
  });
});

describe('escapeJsonOutput', () => {
  it.each(cases)('keeps the data and prints no invisible character: %s', (_name, payload) => {
    const out = escapeJsonOutput(JSON.stringify({ payload }));
    expect(out).not.toMatch(UNSAFE);
    expect(JSON.parse(out)).toEqual({ payload });
  });

  it('writes the `[` of `##vso[` as \\u005b: the same data, no Azure Pipelines logging command', () => {
    const payload = 'x ##vso[task.setvariable variable=a]b ##Vso[';
    const out = escapeJsonOutput(JSON.stringify({ payload }));
    expect(out).not.toMatch(/##vso\[/i);
    expect(JSON.parse(out)).toEqual({ payload });
  });
});
