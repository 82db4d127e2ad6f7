import { memberSpan } from './json-member-span.js';
import type { FindingLocation, FindingPathStep } from './types.js';

/**
 * Turns symbolic locations into line numbers, scanning the text of each file that has findings up to
 * each location (json-member-span.ts: no parse tree). Lines are counted in the text as stored: a BOM
 * adds no line, CRLF is one break.
 */
export class Locator {
  private readonly cache = new Map<string, { text: string; lineStarts: number[] } | null>();

  constructor(private readonly textOf: (file: string, entry: string | null) => string | undefined) {}

  locate(loc: FindingLocation): void {
    if (!loc.path || loc.line !== null) return;
    const doc = this.document(loc.file, loc.entry);
    if (!doc) return;
    // The whole `"name": { … }` member, not only its value.
    const span = memberSpan(doc.text, loc.path as Array<string | number>);
    if (!span) return;
    loc.line = lineOf(doc.lineStarts, span.start);
    loc.endLine = lineOf(doc.lineStarts, Math.max(span.end - 1, span.start));
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

  private document(file: string, entry: string | null): { text: string; lineStarts: number[] } | null {
    const key = `${file}\u0000${entry ?? ''}`;
    let doc = this.cache.get(key);
    if (doc === undefined) {
      const text = this.textOf(file, entry);
      doc = text === undefined ? null : { text, lineStarts: lineStarts(text) };
      this.cache.set(key, doc);
    }
    return doc;
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
