import { expect } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

/**
 * Compares output with `test/report/golden/<name>` byte for byte. After an intended change, regenerate
 * with `UPDATE_GOLDEN=1 NODE_OPTIONS=--experimental-vm-modules npx jest test/report` and review the diff.
 */
export function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Golden file ${path} is missing: run the tests once with UPDATE_GOLDEN=1 and review it.`);
  }
  expect(actual).toBe(expected);
}
