import { expect, it } from '@jest/globals';
import { compareOnTree } from '../model/credential-prefilter-kit.js';
import { requireFullCorpus } from './full-corpus.js';

it('the credential scan prefilter finds what the full scan finds on every flow of the full corpus', async () => {
  const { flows, literals } = await compareOnTree(requireFullCorpus());
  expect(flows).toBeGreaterThan(400);
  // The corpus holds literal credentials: the comparison covers findings, not only empty lists.
  expect(literals).toBeGreaterThan(0);
});
