import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { FindingLocation, FindingPathStep } from './types.js';

/**
 * Turns symbolic locations into line numbers, parsing each file with a position-aware parser only when
 * it has findings. Lines are counted in the text as stored: a BOM adds no line, CRLF is one break.
 */
export class Locator {
  private readonly cache = new Map<string, { root: Node | undefined; lineStarts: number[] } | null>();

  constructor(private readonly textOf: (file: string, entry: string | null) => string | undefined) {}

  locate(loc: FindingLocation): void {
    if (!loc.path || loc.line !== null) return;
    const doc = this.document(loc.file, loc.entry);
    if (!doc?.root) return;
    const value = findNodeAtLocation(doc.root, loc.path as Array<string | number>);
    if (!value) return;
    // Span the whole `"name": { … }` member, not only its value.
    const member = value.parent?.type === 'property' ? value.parent : value;
    loc.line = lineOf(doc.lineStarts, member.offset);
    loc.endLine = lineOf(doc.lineStarts, member.offset + Math.max(member.length - 1, 0));
  }

  /** The first line of each step of a secret's path. */
  locatePath(steps: FindingPathStep[]): void {
    for (const step of steps) {
      if (step.line !== null || step.jsonPath === null) continue;
      const loc: FindingLocation = { ...step, path: step.jsonPath, line: null, endLine: null };
      this.locate(loc);
      step.line = loc.line;
    }
  }

  private document(
    file: string,
    entry: string | null,
  ): { root: Node | undefined; lineStarts: number[] } | null {
    const key = `${file}\u0000${entry ?? ''}`;
    if (!this.cache.has(key)) {
      const text = this.textOf(file, entry);
      let doc: { root: Node | undefined; lineStarts: number[] } | null = null;
      if (text !== undefined) {
        try {
          doc = { root: parseTree(text, [], { allowTrailingComma: true }), lineStarts: lineStarts(text) };
        } catch {
          // A document too deep for the parser keeps its findings without lines.
          doc = null;
        }
      }
      this.cache.set(key, doc);
    }
    return this.cache.get(key) ?? null;
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
