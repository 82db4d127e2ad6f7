import { describe, expect, it } from '@jest/globals';
import { Locator } from '../../src/findings/locate.js';
import type { FindingLocation } from '../../src/findings/types.js';

const flow = {
  properties: {
    definition: {
      triggers: { manual: { type: 'Request', kind: 'Http', inputs: {} } },
      actions: {
        Scope: { type: 'Scope', actions: { Get_secret: { type: 'OpenApiConnection', inputs: {} } } },
      },
    },
  },
};
const path = ['properties', 'definition', 'actions', 'Scope', 'actions', 'Get_secret'];

function locate(text: string, p: Array<string | number> = path): FindingLocation {
  const loc: FindingLocation = { file: 'f.json', entry: null, path: p, line: null, endLine: null };
  new Locator(() => text).locate(loc);
  return loc;
}

describe('Locator', () => {
  const pretty = JSON.stringify(flow, null, 2);
  const expectedStart = pretty.split('\n').findIndex((l) => l.includes('"Get_secret"')) + 1;

  it('spans the whole "name": { … } member in an LF file', () => {
    expect(locate(pretty)).toMatchObject({ line: expectedStart, endLine: expectedStart + 3 });
  });

  it('counts lines as stored in a BOM + CRLF file', () => {
    const text = '\uFEFF' + pretty.replace(/\n/g, '\r\n');
    expect(locate(text)).toMatchObject({ line: expectedStart, endLine: expectedStart + 3 });
  });

  it('gives line 1 for everything in a minified one-line file', () => {
    expect(locate(JSON.stringify(flow))).toMatchObject({ line: 1, endLine: 1 });
  });

  it('leaves lines null when the path is not in the file', () => {
    expect(locate(pretty, ['properties', 'definition', 'actions', 'Missing'])).toMatchObject({
      line: null,
      endLine: null,
    });
  });

  it('parses each file once, only when asked', () => {
    let reads = 0;
    const locator = new Locator(() => (reads++, pretty));
    const a: FindingLocation = { file: 'f.json', entry: null, path, line: null, endLine: null };
    const b: FindingLocation = { ...a, path: ['properties', 'definition', 'triggers', 'manual'] };
    locator.locate(a);
    locator.locate(b);
    expect(reads).toBe(1);
    expect(b.line).toBe(pretty.split('\n').findIndex((l) => l.includes('"manual"')) + 1);
  });
});
