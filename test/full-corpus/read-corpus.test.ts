import { expect, test } from '@jest/globals';
import path from 'node:path';
import { buildFlow } from '../../src/model/build-flow.js';
import { guidFrom } from '../../src/sources/flow-guid.js';
import { readPaths } from '../../src/sources/read-paths.js';
import { requireFullCorpus } from './full-corpus.js';

/**
 * The whole corpus (≈350 unpacked flows, 61 solution zips) through the CLI entry point. Expected figures,
 * counted independently: 353 flow files (348 with data.xml, 5 described by a customizations.xml) and 106
 * Category 5 `Workflows/*.json` entries in the zips (1 desktop flow and 3 client macros are skipped).
 */
test('reads the whole corpus: 459 cloud flows, nothing unreadable', async () => {
  const corpus = path.relative(process.cwd(), requireFullCorpus());
  const r = await readPaths([corpus], process.cwd());

  expect(r.unreadable).toEqual([]);
  expect(r.flows).toHaveLength(459);
  expect(r.filesRead).toBe(459);
  const layouts: Record<string, number> = {};
  for (const f of r.flows) layouts[f.source.layout] = (layouts[f.source.layout] ?? 0) + 1;
  expect(layouts).toEqual({ 'unpacked-solution': 353, 'packed-solution': 106 });

  for (const f of r.flows) {
    // Every flow has solution metadata, and its GUID agrees with its file name.
    expect(f.meta.category).toBe(5);
    expect(f.meta.id).toBe(guidFrom((f.source.entry ?? f.source.file).split('/').pop()));
    expect(() => buildFlow(f)).not.toThrow();
  }
});
