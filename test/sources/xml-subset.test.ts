import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CORPUS } from './source-test-kit.js';
import { corpusDocuments, expectSame, takesFastPath, type Kind } from './xml-fast-path-kit.js';

/**
 * The XML fast path (xml-subset.ts) against fast-xml-parser: for every document, the metadata read with
 * the fast path equals the metadata read without it — the same values, the same errors and lines. The
 * fast path may decline any document; it may never answer differently. (The full corpus: test/full-corpus.)
 */

const RUNS = Number(process.env.FLOWGUARD_FUZZ_RUNS ?? 300);

const WF = '{8e2b0157-0d3b-ed11-9db1-0022489e2374}';
const data = (body: string, attrs = ` WorkflowId="${WF}" Name="Flow"`): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<Workflow${attrs}>\n${body}\n</Workflow>\n`;
const cust = (body: string, root = 'ImportExportXml'): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<${root} xmlns:xsi="x">\n${body}\n</${root}>\n`;
const ref = (name: string, id: string): string =>
  `<connectionreference connectionreferencelogicalname="${name}"><connectorid>${id}</connectorid></connectionreference>`;

const CASES: Array<[string, Kind, string]> = [
  [
    'plain',
    'data',
    data('<JsonFileName>/Workflows/A.json</JsonFileName><Category>5</Category><StateCode>1</StateCode>'),
  ],
  [
    'CRLF and a BOM',
    'data',
    `\ufeff${data('<Category>5</Category>\r\n  <StateCode>0</StateCode>').replace(/\n/g, '\r\n')}`,
  ],
  ['repeated Category', 'data', data('<Category>5</Category><Category>6</Category>')],
  ['Category in two cases', 'data', data('<category>6</category><Category>5</Category>')],
  ['attribute on Category', 'data', data('<Category kind="x">5</Category>')],
  ['empty and self-closing', 'data', data('<Category></Category><StateCode/>')],
  [
    'entities',
    'data',
    data(
      '<JsonFileName>/Workflows/A&amp;B&#x41;.json</JsonFileName>',
      ` WorkflowId="${WF}" Name="A &amp; B &#233;"`,
    ),
  ],
  ['unknown entity', 'data', data('<Category>&nbsp;5</Category>')],
  ['text with CR inside', 'data', data('<JsonFileName>/Workflows/\r\nA.json</JsonFileName>')],
  ['newline in an attribute', 'data', data('', ` WorkflowId="${WF}" Name="A\nB"`)],
  ['mixed content', 'data', data('text<Category>5</Category>')],
  [
    'attribute names in two cases',
    'data',
    data('', ` workflowid="{00000000-0000-0000-0000-000000000001}" WorkflowId="${WF}"`),
  ],
  ['repeated attribute', 'data', data('', ` Name="a" Name="b"`)],
  ['comment', 'data', data('<!-- note --><Category>5</Category>')],
  ['CDATA', 'data', data('<Category><![CDATA[5]]></Category>')],
  ['DOCTYPE', 'data', `<!DOCTYPE Workflow [<!ENTITY a "b">]>${data('<Category>5</Category>')}`],
  ['two roots', 'data', `${data('')}<Workflow/>`],
  ['no Workflow root', 'data', '<Other><Category>5</Category></Other>'],
  ['text-only root', 'data', '<Workflow>5</Workflow>'],
  ['__proto__ element', 'data', data('<__proto__>1</__proto__>')],
  ['constructor element', 'data', data('<constructor>1</constructor><Category>5</Category>')],
  ['unclosed', 'data', data('<Category>5</Category').slice(0, -12)],
  ['mismatched close', 'data', data('<Category>5</category>')],
  ['space in a closing tag', 'data', data('<Category>5</Category >')],
  ['spaces around =', 'data', data('', ` WorkflowId = "${WF}"`)],
  ['single quotes', 'data', data('', ` WorkflowId='${WF}' Name='it"s'`)],
  ['> in text', 'data', data('<Category>5 > 4</Category>')],
  ['nested 120 deep', 'data', data(`${'<a>'.repeat(120)}${'</a>'.repeat(120)}`)],
  ['empty', 'data', ''],
  // Children of <Workflow> that the fast path checks but does not build (DATA_FIELDS).
  [
    'unread children with CR, mixed content, attributes and tabs',
    'data',
    data(
      '<Description>a\r\nb</Description><LocalizedNames>x<LocalizedName d="a\tb"/></LocalizedNames><Category>5</Category>',
    ),
  ],
  [
    'unread child nesting a read name',
    'data',
    data('<Other><Category>6</Category></Other><Category>5</Category>'),
  ],
  ['only unread children, no attributes', 'data', data('<Type>1</Type>', '')],
  ['broken unread child', 'data', data('<Type>1</Typ><Category>5</Category>')],
  ['__proto__ attribute on an unread child', 'data', data('<Type __proto__="1">1</Type>')],
  ['CR in an unread child inside a read one', 'data', data('<Category><x>a\rb</x></Category>')],
  [
    'customizations',
    'customizations',
    cust(
      `<Entities><Entity><Name>x</Name></Entity></Entities><Workflows><Workflow WorkflowId="${WF}" Name="F"><JsonFileName>/Workflows/F.json</JsonFileName><Category>5</Category></Workflow><Workflow>text only</Workflow></Workflows><connectionreferences>${ref('a', '/providers/Microsoft.PowerApps/apis/shared_keyvault')}${ref('b', 'x')}<connectionreference>text</connectionreference></connectionreferences>`,
    ),
  ],
  ['empty sections', 'customizations', cust('<Workflows/><connectionreferences>  </connectionreferences>')],
  ['text-only section', 'customizations', cust('<Workflows>abc</Workflows>')],
  [
    'section with attributes',
    'customizations',
    cust(`<Workflows a="1"><Workflow WorkflowId="${WF}"/></Workflows>`),
  ],
  [
    'sections repeated',
    'customizations',
    cust(`<Workflows><Workflow WorkflowId="${WF}"/></Workflows><Workflows><Workflow Name="2"/></Workflows>`),
  ],
  [
    'sections in two cases',
    'customizations',
    cust(`<workflows><Workflow Name="1"/></workflows><Workflows><Workflow Name="2"/></Workflows>`),
  ],
  [
    'section nesting its own name',
    'customizations',
    cust(`<Workflows><Workflows/><Workflow Name="1"/></Workflows>`),
  ],
  [
    'other root case',
    'customizations',
    cust(`<Workflows><Workflow Name="1"/></Workflows>`, 'importexportxml'),
  ],
  [
    'comment in a skipped section',
    'customizations',
    cust(`<Entities><!-- <Workflows> --></Entities><Workflows><Workflow Name="1"/></Workflows>`),
  ],
  ['broken skipped section', 'customizations', cust(`<Entities><a></b></Entities><Workflows/>`)],
  ['no sections', 'customizations', cust('')],
  ['not customizations', 'customizations', '<Other/>'],
];

/**
 * The subset's edges, for an implementation that checks elements it does not build without making their
 * names (repeats, closing tags, values) or that reuses names across documents: the same answer as
 * fast-xml-parser, and whether the fast path takes the document, pinned — the subset is stricter than the
 * parser in places (`<` in an attribute, the depth limit), where only that column notices a change.
 */
const SUBSET_CASES: Array<[string, Kind, string, boolean]> = [
  ['unread child with a repeated attribute', 'data', data('<Type a="1" b="2" a="3">1</Type>'), false],
  [
    'unread child, attributes alike but not repeated',
    'data',
    data('<Type ab="1" ba="2" a="3" abc="4"/>'),
    true,
  ],
  ['unread child, a repeat among many', 'data', data('<Type a1="1" a2="2" a3="3" a4="4" a2="5"/>'), false],
  [
    'skipped section with a repeated attribute',
    'customizations',
    cust('<Entities><Entity x="1" y="2" x="3"/></Entities><Workflows/>'),
    false,
  ],
  [
    'closing tag differing in its last letter',
    'customizations',
    cust('<Entities><Entity></Entitx></Entities>'),
    false,
  ],
  ['closing tag one letter short', 'customizations', cust('<Entities><Entity></Entit></Entities>'), false],
  ['closing tag one letter long', 'customizations', cust('<Entities><Entity></Entityy></Entities>'), false],
  ['closing tag in another case', 'customizations', cust('<Entities><Entity></entity></Entities>'), false],
  ['closing tag of the parent', 'customizations', cust('<Entities><Entity></Entities></Entity>'), false],
  ['closing tag at the end of the text', 'data', `<Workflow><Type>1</Type`, false],
  ['references in unread attributes', 'data', data('<Type d="a &amp; b &#x41; &#233; &lt;">1</Type>'), true],
  ['bare & in an unread attribute', 'data', data('<Type d="a & b">1</Type>'), false],
  ['unknown entity in an unread attribute', 'data', data('<Type d="&nbsp;">1</Type>'), false],
  ['character reference out of range in an unread attribute', 'data', data('<Type d="&#0;">1</Type>'), false],
  ['reference cut by the closing quote', 'data', data(`<Type d="&#x41" e="1;">1</Type>`), false],
  ['< in an unread attribute', 'data', data('<Type d="a<b">1</Type>'), false],
  [
    '< in a single-quoted unread attribute',
    'customizations',
    cust(`<Entities><E d='a<b'/></Entities>`),
    false,
  ],
  ['> in an unread attribute', 'data', data('<Type d="a>b">1</Type>'), true],
  [
    'tabs, CR and LF in unread attributes',
    'customizations',
    cust('<Entities><Entity d="a\tb\nc\r\nd" e="\t"/></Entities><Workflows/>'),
    true,
  ],
  [
    'tab in a read attribute',
    'customizations',
    cust(`<Workflows><Workflow WorkflowId="${WF}" Name="a\tb"/></Workflows>`),
    false,
  ],
  ['CR in a read attribute', 'data', data('', ` WorkflowId="${WF}" Name="A\rB"`), false],
  [
    'names with . : and -',
    'data',
    data('<x-y.z:w a-b.c:d="1" _e="2"><a.b:c-d>1</a.b:c-d></x-y.z:w><Category>5</Category>'),
    true,
  ],
  [
    'read names with . : and -',
    'customizations',
    cust(
      `<Workflows><Workflow Name="1" a.b:c-d="2"><x-y.z:w>3</x-y.z:w><JsonFileName>f</JsonFileName></Workflow></Workflows>`,
    ),
    true,
  ],
  ['closing tag with - for .', 'data', data('<a.b>1</a-b>'), false],
  ['digit starting a name', 'data', data('<Type 1a="1">1</Type>'), false],
  [
    'unread children near the depth limit (62)',
    'data',
    data(`<Type>${'<a>'.repeat(60)}${'</a>'.repeat(60)}</Type>`),
    true,
  ],
  [
    'unread children at the depth limit (64)',
    'data',
    data(`<Type>${'<a>'.repeat(62)}${'</a>'.repeat(62)}</Type>`),
    true,
  ],
  [
    'unread children past the depth limit (65)',
    'data',
    data(`<Type>${'<a>'.repeat(63)}${'</a>'.repeat(63)}</Type>`),
    false,
  ],
  [
    'deep unread nesting, one closing tag wrong',
    'customizations',
    cust(`<Entities>${'<a>'.repeat(50)}${'</a>'.repeat(49)}</b></Entities>`),
    false,
  ],
  [
    'skipped section nesting its own name deeper',
    'customizations',
    cust('<Entities><x><Entities/></x></Entities><Workflows/>'),
    false,
  ],
  ['unsafe names in a skipped section', 'customizations', cust('<Entities><toString/></Entities>'), false],
  [
    'unsafe attribute in a skipped section',
    'customizations',
    cust('<Entities><E valueOf="1"/></Entities>'),
    false,
  ],
  ['__ attribute in a skipped section', 'customizations', cust('<Entities><E __x="1"/></Entities>'), false],
  [
    'names like unsafe ones',
    'data',
    data('<hasOwnPropertx valueOg="1" _="2" _a="3">1</hasOwnPropertx>'),
    true,
  ],
  [
    'a name as long as a section',
    'customizations',
    cust(`<Workflowz><Workflow Name="1"/></Workflowz><WORKFLOWS><Workflow Name="2"/></WORKFLOWS>`),
    true,
  ],
  [
    'names alike in length, read',
    'customizations',
    cust(
      `<Workflows><Workflow Name="1" Namf="2" NAME="3"><JsonFileName>a</JsonFileName><JsonFileNamf>b</JsonFileNamf><Category>5</Category><Categorx>6</Categorx></Workflow></Workflows>`,
    ),
    true,
  ],
  [
    'blank text after a read child (no-break space)',
    'customizations',
    cust(`<Workflows><Workflow Name="1"/>\u00a0\u2028 </Workflows>`),
    true,
  ],
  [
    'text after a read child',
    'customizations',
    cust(`<Workflows><Workflow Name="1"/> \u00a0x</Workflows>`),
    false,
  ],
  [
    'text before a read child',
    'customizations',
    cust(`<Workflows> x <Workflow Name="1"/></Workflows>`),
    false,
  ],
  ['text between read children', 'data', data('<Category>5</Category>\n x\n<StateCode>1</StateCode>'), false],
  ['text around an unread child of a read one', 'data', data('<Category>5<x/></Category>'), false],
  ['vertical tab as text', 'data', data('<Category>\u000b5</Category>'), true],
];

describe('XML fast path', () => {
  it.each(CASES)('%s: the same metadata as fast-xml-parser', (_name, kind, text) => expectSame(kind, text));

  it.each(SUBSET_CASES)('%s: the same metadata, taken by the fast path: %s', (_name, kind, text, takes) => {
    expectSame(kind, text);
    expect(takesFastPath(kind, text)).toBe(takes);
  });

  it('takes every metadata document of the corpus sample, with the same result', async () => {
    const docs = await corpusDocuments(CORPUS);
    expect(docs.length).toBeGreaterThan(35);
    for (const d of docs) {
      expect([d.name, takesFastPath(d.kind, d.text)]).toEqual([d.name, true]);
      expectSame(d.kind, d.text);
    }
  });

  it('answers like fast-xml-parser on mutated corpus documents, or declines', async () => {
    const docs = (await corpusDocuments(CORPUS)).filter((d) => d.text.length < 50_000);
    const edit = fc.record({
      at: fc.nat(),
      op: fc.constantFrom('delete', 'insert', 'replace'),
      ch: fc.constantFrom(...'<>/="\'&;# \r\n\tax?!-_:.[]\u00e9'),
    });
    fc.assert(
      fc.property(fc.nat(docs.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        const d = docs[which];
        let t = d.text;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          const rest = e.op === 'insert' ? t.slice(at) : t.slice(at + 1);
          t = t.slice(0, at) + (e.op === 'delete' ? '' : e.ch) + rest;
        }
        expectSame(d.kind, t);
      }),
      { numRuns: RUNS },
    );
  });
});
