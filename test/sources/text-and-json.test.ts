import { describe, expect, test } from '@jest/globals';
import { parseJsonText } from '../../src/sources/json-document.js';
import { parseCustomizationsXml, parseDataXml } from '../../src/sources/solution-metadata.js';
import { decodeText, firstInvalidUtf8, lineOfOffset } from '../../src/sources/text-decoding.js';

describe('decodeText', () => {
  test('keeps a UTF-8 BOM and CRLF in the text as stored', () => {
    const d = decodeText(Buffer.from('\ufeff{\r\n"a": 1\r\n}', 'utf8'));
    expect(d).toEqual({ ok: true, text: '\ufeff{\r\n"a": 1\r\n}' });
  });

  test('reads UTF-16 with a byte-order mark (Windows PowerShell output)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":"é"}', 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text: '\ufeff{"a":"é"}' });
  });

  test('invalid UTF-8 is unreadable, with the line of the first bad byte', () => {
    const buf = Buffer.concat([Buffer.from('{\n"a":\r\n"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    expect(decodeText(buf)).toEqual({ ok: false, reason: 'not valid UTF-8 text', line: 3 });
  });

  test('the UTF-8 check follows RFC 3629 (overlongs and surrogates are invalid)', () => {
    expect(firstInvalidUtf8(Buffer.from('aé€😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0);
  });

  test('lines count LF, CRLF and a lone CR once each', () => {
    expect(lineOfOffset('a\nb\r\nc\rd', 7)).toBe(4);
  });
});

describe('parseJsonText', () => {
  test('parses with the BOM removed', () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  test('a syntax error gives the line as stored and never quotes the text', () => {
    const text = '\ufeff{\r\n  "password": "hunter2-secret"\r\n  "next": 1\r\n}';
    const r = parseJsonText(text);
    expect(r).toEqual({ ok: false, reason: "invalid JSON: ',' expected", line: 3 });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });

  test('an empty file and comments are named', () => {
    expect(parseJsonText('  \n')).toEqual({
      ok: false,
      reason: 'invalid JSON: the file is empty',
      line: null,
    });
    expect(parseJsonText('{\n// note\n"a": 1}')).toMatchObject({ ok: false, line: 2 });
  });

  test('keys such as __proto__ stay plain own data', () => {
    const r = parseJsonText('{"__proto__": {"polluted": true}}');
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('solution metadata XML', () => {
  test('data.xml gives id, name, category and state', () => {
    const r = parseDataXml(
      '\ufeff<?xml version="1.0"?><Workflow WorkflowId="{A147BE5D-4C3C-EF11-A316-000D3AC99841}" Name="Tom &amp; Jerry">' +
        '<JsonFileName>/Workflows/X.json</JsonFileName><Category>5</Category><StateCode>1</StateCode></Workflow>',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'a147be5d-4c3c-ef11-a316-000d3ac99841',
        name: 'Tom & Jerry',
        category: 5,
        stateCode: 1,
        jsonFile: 'workflows/x.json',
      },
    });
  });

  test('malformed XML is reported with its line', () => {
    expect(parseDataXml('<Workflow>\n<Category>5</Category>\n</Workflo>')).toMatchObject({
      ok: false,
      line: 3,
    });
    expect(parseDataXml('<Other/>')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no <Workflow>/),
    });
  });

  test('customizations.xml: only Workflows and connectionreferences are parsed, comments cannot fool the cut', () => {
    const r = parseCustomizationsXml(
      '<ImportExportXml><Entities><!-- </Entities><Workflows><Workflow WorkflowId="{11111111-1111-4111-8111-111111111111}"><Category>6</Category></Workflow></Workflows> -->' +
        '<Entity><Name>account</Name></Entity></Entities>' +
        '<Workflows><Workflow WorkflowId="{11111111-1111-4111-8111-111111111111}" Name="Real"><JsonFileName>\n  /Workflows/Real-11111111-1111-4111-8111-111111111111.json</JsonFileName><Category>5</Category></Workflow></Workflows>' +
        '<connectionreferences><connectionreference connectionreferencelogicalname="new_kv"><connectorid><![CDATA[/providers/Microsoft.PowerApps/apis/shared_keyvault]]></connectorid></connectionreference></connectionreferences>' +
        '</ImportExportXml>',
    );
    expect(r).toEqual({
      ok: true,
      value: {
        workflows: [
          {
            id: '11111111-1111-4111-8111-111111111111',
            name: 'Real',
            category: 5,
            jsonFile: 'workflows/real-11111111-1111-4111-8111-111111111111.json',
          },
        ],
        connectionReferences: [
          { logicalName: 'new_kv', connectorId: '/providers/Microsoft.PowerApps/apis/shared_keyvault' },
        ],
      },
    });
  });

  test('an element named __proto__ is refused, not merged into objects', () => {
    const r = parseCustomizationsXml(
      '<ImportExportXml><Workflows><__proto__><x>1</x></__proto__></Workflows></ImportExportXml>',
    );
    expect(r).toMatchObject({ ok: false });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
