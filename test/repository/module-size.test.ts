import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// ARCHITECTURE.md: small modules named for their job. A module past this many lines holds two jobs.
const MAX_LINES = 300;
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}

describe('module size', () => {
  const files = sources(SRC);

  it('finds the sources', () => expect(files.length).toBeGreaterThan(100));

  it(`keeps every module under src/ at ${MAX_LINES} lines or fewer`, () => {
    const long = files
      .map((f) => ({ file: path.relative(SRC, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
