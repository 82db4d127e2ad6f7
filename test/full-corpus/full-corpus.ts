import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The full real-flow corpus (≈460 cloud flows, 61 zips) lives outside the repository, in `../shared/corpus`
 * (override with FLOWGUARD_CORPUS). Its suites run with `npm run test:corpus`, never in `npm test`: a fresh
 * clone has no corpus beside it. When it is missing they fail loudly — a suite that skips proves nothing.
 */
export const FULL_CORPUS = path.resolve(process.env.FLOWGUARD_CORPUS ?? path.join('..', 'shared', 'corpus'));

export function requireFullCorpus(): string {
  if (!existsSync(path.join(FULL_CORPUS, 'MANIFEST.tsv')))
    throw new Error(
      `the full corpus is expected at ${FULL_CORPUS} (set FLOWGUARD_CORPUS to its folder); ` +
        '`npm test` runs without it on the sample in test/corpus/',
    );
  return FULL_CORPUS;
}
