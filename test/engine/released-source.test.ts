import { describe, expect, it } from '@jest/globals';
import { release, restore } from '../../src/engine/released-source.js';
import { extractFlows } from '../../src/sources/flow-document.js';
import type { FlowSource, Layout } from '../../src/sources/types.js';
import { flowFile, getSecret } from '../helpers/flow-builders.js';

/** The flows a reader finds in `doc` written as text (with a BOM and CRLF, as exports may be). */
function flowsOf(doc: unknown, layout: Layout = 'single-file'): FlowSource[] {
  const text = `\uFEFF${JSON.stringify(doc, null, 2).replace(/\n/g, '\r\n')}`;
  const r = extractFlows({
    source: { file: 'f.json', entry: null, layout, text },
    meta: {},
    refs: [],
    requireDefinition: false,
  });
  if (!r.ok) throw new Error(r.reason);
  return r.flows;
}

const definition = {
  $schema:
    'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
  contentVersion: '1.0.0.0',
  triggers: { manual: { type: 'Request', kind: 'Http', inputs: {} } },
  actions: { Reply: { type: 'Response', inputs: { statusCode: 200 } } },
};

describe('a held flow released and restored is the flow the reader found', () => {
  const cases: Array<[string, unknown]> = [
    ['a flow file (properties.definition)', flowFile({ Get_secret: getSecret('OpenApiConnection', 'k') })],
    ['a workflow file (definition)', { definition, kind: 'Stateful' }],
    ['a bare definition file', definition],
    [
      'an ARM template, inline and through [parameters(…)]',
      {
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
        contentVersion: '1.0.0.0',
        parameters: { def: { type: 'object', defaultValue: definition } },
        resources: [
          { type: 'Microsoft.Logic/workflows', name: 'a', properties: { definition, state: 'Enabled' } },
          { type: 'Microsoft.Logic/workflows', name: 'b', properties: { definition: "[parameters('def')]" } },
        ],
      },
    ],
  ];
  it.each(cases)('%s', (_name, doc) => {
    const flows = flowsOf(doc);
    expect(flows.length).toBeGreaterThan(0);
    for (const src of flows) {
      const released = release(src);
      expect(released.container).not.toEqual(src.container);
      expect(released.source.text).toBe(src.source.text);
      expect(restore(released)).toEqual(src);
      // A source that was never released comes back as it is.
      expect(restore(src)).toBe(src);
    }
  });
});
