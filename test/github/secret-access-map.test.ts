import { describe, expect, it } from '@jest/globals';
import { analyse } from '../../src/engine/analyse.js';
import { buildRevision } from '../../src/engine/revision.js';
import { renderSecretAccessMap, secretAccessMap } from '../../src/report/secret-access-map.js';
import { flowFile, foreach, getSecret, listSecrets } from '../helpers/flow-builders.js';

const flow = flowFile({
  Well_secured: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }),
  List: listSecrets('OpenApiConnection'),
  Each: foreach("@body('List')?['value']", {
    Read_all: getSecret('OpenApiConnection', "@items('Each')?['name']"),
  }),
}) as { properties: Record<string, unknown> };
const file = 'Workflows/Vault-0A1B2C3D-0000-4000-8000-00000000000B.json';

describe('secret access map from the model', () => {
  const report = analyse(
    buildRevision({
      flows: [
        {
          source: { file, entry: null, layout: 'unpacked-solution', text: JSON.stringify(flow, null, 2) },
          containerPath: ['properties'],
          container: flow.properties,
          meta: { name: 'Vault reader' },
          solutionConnectionReferences: [],
          pathKey: file,
        },
      ],
      unreadable: [],
      filesRead: 1,
    }),
    null,
    { failOn: 'high', rules: { allowedHosts: [], privilegedConnectors: [] } },
  );

  it('lists every source and enumeration, a well-secured one without findings included', () => {
    expect(secretAccessMap(report)).toEqual([
      {
        flow: 'Vault reader',
        file,
        entries: [
          { action: 'Well_secured', kind: 'secret source', secureOutputs: true, rules: [] },
          { action: 'List', kind: 'enumeration', secureOutputs: null, rules: ['FG110'] },
          { action: 'Read_all', kind: 'secret source', secureOutputs: false, rules: ['FG103', 'FG111'] },
        ],
      },
    ]);
  });

  it('renders it as a table', () => {
    const md = renderSecretAccessMap(secretAccessMap(report));
    expect(md).toContain('| Vault reader');
    expect(md).toMatch(/Well\\?_secured \| 🔑 reads a secret \| ✅ yes \|  \|/);
  });
});
