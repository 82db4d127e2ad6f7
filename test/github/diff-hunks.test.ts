import { describe, expect, it } from '@jest/globals';
import { parsePatch, PullRequestDiff } from '../../src/github/diff-hunks.js';

const sorted = (s: Set<number>): number[] => [...s].sort((a, b) => a - b);

describe('parsePatch', () => {
  it('numbers added lines in the head, deleted lines in the base, context lines in both', () => {
    const patch = ['@@ -10,4 +10,5 @@ "actions": {', ' a', '-b', '+B', '+B2', ' c', ' d'].join('\n');
    const h = parsePatch(patch);
    expect(sorted(h.added)).toEqual([11, 12]);
    expect(sorted(h.deleted)).toEqual([11]);
    expect(sorted(h.right)).toEqual([10, 11, 12, 13, 14]);
    expect(sorted(h.left)).toEqual([10, 11, 12, 13]);
  });

  it('reads several hunks and headers without counts (one line)', () => {
    const patch = ['@@ -1 +1 @@', '-x', '+y', '@@ -50,2 +50,0 @@', '-gone', '-gone too'].join('\n');
    const h = parsePatch(patch);
    expect(sorted(h.added)).toEqual([1]);
    expect(sorted(h.deleted)).toEqual([1, 50, 51]);
    expect(sorted(h.right)).toEqual([1]);
  });

  it('ignores "no newline" markers, trailing empty lines and text past the hunk counts', () => {
    const patch = [
      '@@ -1,2 +1,2 @@',
      ' a',
      '-b',
      '\\ No newline at end of file',
      '+b',
      '\\ No newline at end of file',
      '',
      '+not in any hunk',
    ].join('\n');
    const h = parsePatch(patch);
    expect(sorted(h.added)).toEqual([2]);
    expect(sorted(h.deleted)).toEqual([2]);
    expect(sorted(h.right)).toEqual([1, 2]);
  });

  it('treats an empty line inside a hunk as context, and keeps CRLF content lines', () => {
    const patch = '@@ -1,3 +1,3 @@\r\n a\r\n\n-b\r\n+c\r\n';
    const h = parsePatch(patch);
    expect(sorted(h.right)).toEqual([1, 2, 3]);
    expect(sorted(h.deleted)).toEqual([3]);
  });

  it('has no lines for an empty patch', () => {
    expect(parsePatch('').right.size).toBe(0);
  });
});

describe('PullRequestDiff', () => {
  const diff = new PullRequestDiff([
    {
      filename: 'new/name.json',
      previous_filename: 'old/name.json',
      status: 'renamed',
      patch: '@@ -3,1 +3,1 @@\n-x\n+y',
    },
    { filename: 'added.json', status: 'added', patch: '@@ -0,0 +1,2 @@\n+a\n+b' },
    { filename: 'huge.json', status: 'modified' },
  ]);

  it('finds a renamed file by its base path and comments under its head path', () => {
    expect(diff.base('old/name.json')?.path).toBe('new/name.json');
    expect(diff.head('new/name.json')?.basePath).toBe('old/name.json');
  });

  it('has no base side for an added file, and nothing commentable without a patch', () => {
    expect(diff.base('added.json')).toBeUndefined();
    expect(diff.head('huge.json')?.right.size).toBe(0);
    expect(diff.size).toBe(3);
  });
});
