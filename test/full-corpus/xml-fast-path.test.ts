import { expect, it } from '@jest/globals';
import { corpusDocuments, expectSame, takesFastPath } from '../sources/xml-fast-path-kit.js';
import { requireFullCorpus } from './full-corpus.js';

it('the XML fast path takes every metadata document of the full corpus, with the same result', async () => {
  const docs = await corpusDocuments(requireFullCorpus());
  expect(docs.length).toBeGreaterThan(400);
  for (const d of docs) {
    expect([d.name, takesFastPath(d.kind, d.text)]).toEqual([d.name, true]);
    expectSame(d.kind, d.text);
  }
});
