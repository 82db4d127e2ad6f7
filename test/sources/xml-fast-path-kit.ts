import { expect } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  DATA_FIELDS,
  parseCustomizationsXml,
  parseDataXml,
  READ_SECTIONS,
} from '../../src/sources/solution-metadata.js';
import { withoutBom } from '../../src/sources/text-decoding.js';
import { DEFAULT_LIMITS } from '../../src/sources/types.js';
import { parseXmlSubset } from '../../src/sources/xml-subset.js';
import { openZip } from '../../src/sources/zip-reader.js';

/** The XML fast path against fast-xml-parser, shared by the unit suite (sample) and the full-corpus suite. */

export type Kind = 'data' | 'customizations';
const read = (kind: Kind, text: string, fast: boolean): unknown =>
  kind === 'data' ? parseDataXml(text, fast) : parseCustomizationsXml(text, fast);
export const takesFastPath = (kind: Kind, text: string): boolean =>
  parseXmlSubset(withoutBom(text), kind === 'data' ? DATA_FIELDS : READ_SECTIONS) !== undefined;

export function expectSame(kind: Kind, text: string): void {
  expect(read(kind, text, true)).toEqual(read(kind, text, false));
}

/** Every metadata document under `root`: data.xml files, customizations.xml files and zip entries. */
export async function corpusDocuments(
  root: string,
): Promise<Array<{ kind: Kind; name: string; text: string }>> {
  const out: Array<{ kind: Kind; name: string; text: string }> = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, d.name);
      if (d.isDirectory()) pending.push(abs);
      else if (/\.json\.data\.xml$/i.test(d.name))
        out.push({ kind: 'data', name: abs, text: readFileSync(abs, 'utf8') });
      else if (/^customizations\.xml$/i.test(d.name)) {
        out.push({ kind: 'customizations', name: abs, text: readFileSync(abs, 'utf8') });
      } else if (/\.zip$/i.test(d.name)) {
        const zip = openZip(readFileSync(abs), DEFAULT_LIMITS);
        const entry = zip.files.find((e) => e.name.toLowerCase() === 'customizations.xml');
        if (entry)
          out.push({ kind: 'customizations', name: abs, text: (await zip.read(entry)).toString('utf8') });
      }
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
