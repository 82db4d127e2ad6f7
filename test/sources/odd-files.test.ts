import { describe, expect, test } from '@jest/globals';
import { parseJsonText } from '../../src/sources/json-document.js';
import { readTree } from '../../src/sources/read-tree.js';
import { analyseFiles, memoryTree } from '../helpers/engine-channels.js';
import { customizationsXml, flowJson } from './source-test-kit.js';

/**
 * Odd files a pull request can hold, through the readers and the engine: each is an FG001 that says what
 * is wrong, or is read the way Power Platform reads it — never a crash. (Zip entry names, symlinks,
 * invalid UTF-8 and XML entities have their own tests beside the readers.)
 */

const G = '6f6f6f6f-1111-4222-8333-444455556666';
const FLOW = `Workflows/Odd-${G}.json`;
const KEYVAULT = '/providers/Microsoft.PowerApps/apis/shared_keyvault';

const findings = async (text: string): Promise<string[][]> =>
  (await analyseFiles({ [FLOW]: text })).findings.map((f) => [f.ruleId, f.message]);

describe('odd flow files', () => {
  test.each([
    ['an empty file', '', 'invalid JSON: the file is empty'],
    ['a byte-order mark and blanks only', '\ufeff \r\n', 'invalid JSON: the file is empty'],
    ['a JSON array', '[{"properties":{"definition":{}}}]', 'not a flow definition'],
    ['a JSON string', '"properties"', 'not a flow definition'],
    ['a number', '42', 'not a flow definition'],
    ['null', 'null', 'not a flow definition'],
    ['a definition that is a string', '{"properties":{"definition":"x"}}', 'not a flow definition'],
  ])('%s is FG001', async (_name, text, reason) => {
    expect(await findings(text)).toEqual([['FG001', expect.stringContaining(reason)]]);
  });

  test('triggers and actions of the wrong type are read as empty, not a crash', async () => {
    for (const odd of ['[]', '"x"', '1', 'null', '[{"type":"Http"}]']) {
      const text = `{"properties":{"definition":{"triggers":${odd},"actions":${odd},"parameters":${odd}},"connectionReferences":${odd}}}`;
      expect(await findings(text)).toEqual([]);
    }
  });

  test('duplicate keys: the last one counts, as when the platform imports the file', async () => {
    const getSecret = (runtime: string[]): string =>
      `{"type":"OpenApiConnection","inputs":{"host":{"apiId":"${KEYVAULT}","connectionName":"kv","operationId":"GetSecret"},"parameters":{"secretName":"a"}},` +
      runtime.map((r) => `"runtimeConfiguration":${r}`).join(',') +
      '}';
    const flow = (runtime: string[]): string =>
      `{"properties":{"definition":{"triggers":{},"actions":{"Get_secret":${getSecret(runtime)}}}}}`;
    const secure = '{"secureData":{"properties":["inputs","outputs"]}}';
    // A reviewer reading the diff sees secure outputs first; the second key removes them.
    expect((await analyseFiles({ [FLOW]: flow([secure, '{}']) })).findings.map((f) => f.ruleId)).toEqual([
      'FG103',
    ]);
    expect((await analyseFiles({ [FLOW]: flow(['{}', secure]) })).findings).toEqual([]);
  });

  test('a broken document nested 20,000 deep (regression: jsonc-parser overflowed locating the error)', () => {
    expect(parseJsonText(`{"a":${'['.repeat(20_000)}`)).toEqual({
      ok: false,
      reason: 'invalid JSON: nested too deeply to say where the error is',
      line: null,
    });
  });
});

describe('maxFlowBytes', () => {
  const big = flowJson('Compose').replace('"inputs":"x"', `"inputs":"${'x'.repeat(2000)}"`);

  test('a flow file over it is FG001, other JSON only when it could hold a definition; metadata is bounded by maxFileBytes', async () => {
    const files = {
      [FLOW]: big,
      'data/rows.json': `{"rows":"${'r'.repeat(5000)}"}`,
      [`Other/Customizations.xml`]: customizationsXml([
        { id: G, name: 'Odd', file: FLOW, category: 5 },
        ...Array.from({ length: 40 }, (_, i) => ({
          id: G,
          name: `Padding ${i}`,
          file: `x${i}.json`,
          category: 6,
        })),
      ]),
    };
    const r = await readTree(memoryTree(files), { limits: { maxFlowBytes: 1024 } });
    expect(r.unreadable).toEqual([
      {
        file: FLOW,
        entry: null,
        reason: 'the file is 2.2 KB, over the maxFlowBytes limit of 1.0 KB',
        line: null,
      },
    ]);
    // A sniffed file (an ARM template anywhere) padded past the limit is no way to pass unreviewed.
    const padded = { ...files, 'infra/logicapp.json': big };
    const sniffed = await readTree(memoryTree(padded), { limits: { maxFlowBytes: 1024 } });
    expect(sniffed.unreadable.map((u) => [u.file, u.reason])).toEqual([
      [FLOW, 'the file is 2.2 KB, over the maxFlowBytes limit of 1.0 KB'],
      ['infra/logicapp.json', 'the file is 2.2 KB, over the maxFlowBytes limit of 1.0 KB'],
    ]);
    const read = await readTree(memoryTree({ ...files, [FLOW]: flowJson() }), {
      limits: { maxFlowBytes: 1024 },
    });
    expect(read.unreadable).toEqual([]);
    expect(read.flows.map((f) => f.meta.name)).toEqual(['Odd']);
  });
});
