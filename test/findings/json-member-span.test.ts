import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { memberSpan, type Span } from '../../src/findings/json-member-span.js';
import { FsTree } from '../../src/sources/fs-tree.js';
import { readTree } from '../../src/sources/read-tree.js';
import { CORPUS } from '../sources/source-test-kit.js';

type Path = Array<string | number>;

/** What the locator used before: jsonc-parser's tree, the property member around a value. */
function reference(text: string, path: Path): Span | null {
  const root = parseTree(text, [], { allowTrailingComma: true });
  const value = root && findNodeAtLocation(root, path);
  if (!value) return null;
  const member = value.parent?.type === 'property' ? value.parent : value;
  return { start: member.offset, end: member.offset + member.length };
}

/** Every path of a parsed value (objects' keys, arrays' indices), and a missing key/index beside each. */
function pathsOf(doc: unknown, limit = 3000): Path[] {
  const out: Path[] = [[]];
  const stack: Array<{ v: unknown; p: Path }> = [{ v: doc, p: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { v, p } = stack.pop()!;
    if (Array.isArray(v)) {
      out.push([...p, v.length], [...p, 'x']);
      v.forEach((c, i) => {
        out.push([...p, i]);
        stack.push({ v: c, p: [...p, i] });
      });
    } else if (v !== null && typeof v === 'object') {
      out.push([...p, '\u0000missing'], [...p, 0]);
      for (const [k, c] of Object.entries(v)) {
        out.push([...p, k]);
        stack.push({ v: c, p: [...p, k] });
      }
    } else out.push([...p, 'x'], [...p, 0]);
  }
  return out;
}

const same = (text: string, path: Path) =>
  expect([path, memberSpan(text, path)]).toEqual([path, reference(text, path)]);

describe('memberSpan (the locator without a parse tree)', () => {
  it('finds what jsonc-parser finds, for every path of every flow file of the test corpus', async () => {
    const read = await readTree(new FsTree(CORPUS));
    const texts = [...new Set(read.flows.map((f) => f.source.text))];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      const doc: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
      for (const path of pathsOf(doc, 400)) same(text, path);
    }
  });

  it('finds what jsonc-parser finds in any JSON, however formatted, BOM and CRLF included', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 5 }),
        fc.constantFrom(undefined, 0, 2, '\t', ' \r\n'),
        fc.boolean(),
        (value, indent, bom) => {
          let text = JSON.stringify(value, null, indent as string | number | undefined);
          if (typeof indent === 'string' && indent.includes('\r')) text = text.replace(/\n/g, '\r\n');
          // A document with a BOM is an object or an array here (jsonc-parser drops a BOM-prefixed scalar).
          if (bom && value !== null && typeof value === 'object') text = `\uFEFF${text}`;
          for (const path of pathsOf(value, 200)) same(text, path);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes the first of duplicate keys, and matches keys written with escapes', () => {
    const text =
      '{"a": {"b": 1}, "a": {"b": [true, "x\\"y", {"c": null}]}, "\\u0062\\/k": -1.5e3, "q\\"": "\\\\"}';
    for (const path of [
      ['a'],
      ['a', 'b'],
      ['a', 'b', 2, 'c'],
      ['b/k'],
      ['q"'],
      ['b\\/k'],
      ['a', 'b', 1],
    ] as Path[])
      same(text, path);
    expect(memberSpan(text, ['a', 'b'])).not.toBeNull();
    expect(memberSpan(text, ['b/k'])).not.toBeNull();
  });

  it('gives null, without throwing, for a text cut short or not JSON', () => {
    for (const text of [
      '',
      '{',
      '{"a"',
      '{"a":',
      '{"a": [1, ',
      '[1, 2',
      '"abc',
      'nul',
      '{"a" 1}',
      '{"a": 1 "b": 2}',
    ])
      for (const path of [['a'], [1], ['a', 0], []] as Path[])
        expect(() => memberSpan(text, path)).not.toThrow();
    expect(memberSpan('{"a": [1, ', ['a', 1])).toBeNull();
  });

  it('goes any depth (a value nested 100,000 deep)', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}"x"${']'.repeat(depth)}`;
    expect(memberSpan(text, new Array<number>(depth).fill(0))).toEqual({ start: depth, end: depth + 3 });
  });
});
