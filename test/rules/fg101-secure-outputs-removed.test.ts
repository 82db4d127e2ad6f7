import { fg101 } from '../../src/rules/fg101-secure-outputs-removed.js';
import { flowFile, getSecret, http, scope, SHAPES, type Shape } from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';

const secured = (shape: Shape) =>
  flowFile({ Get_secret: getSecret(shape, 'api-key', { secureOutputs: true }) });
const unsecured = (shape: Shape) => flowFile({ Get_secret: getSecret(shape, 'api-key') });

ruleTester(fg101, {
  valid: [
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: secure outputs kept`,
      base: secured(shape),
      flow: secured(shape),
    })),
    ...SHAPES.map((shape): RuleCase => ({
      name: `${shape}: never had secure outputs`,
      base: unsecured(shape),
      flow: unsecured(shape),
    })),
    {
      name: 'secure outputs added',
      base: unsecured('OpenApiConnection'),
      flow: secured('OpenApiConnection'),
    },
    {
      name: 'action newly added without secure outputs',
      base: flowFile({}),
      flow: unsecured('OpenApiConnection'),
    },
    {
      name: 'action moved into a Scope keeps its settings',
      base: secured('OpenApiConnection'),
      flow: flowFile({
        Scope: scope({ Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) }),
      }),
    },
  ],
  invalid: [
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: secure outputs removed from Get secret`,
      base: secured(shape),
      flow: unsecured(shape),
      findings: [{ action: 'Get_secret', severity: 'critical', message: ['"Get_secret" (Azure Key Vault '] }],
    })),
    {
      name: 'removed inside a Scope',
      base: flowFile({
        Scope: scope({ Get_secret: getSecret('OpenApiConnection', 'k', { secureOutputs: true }) }),
      }),
      flow: flowFile({ Scope: scope({ Get_secret: getSecret('OpenApiConnection', 'k') }) }),
      findings: [{ action: 'Get_secret', severity: 'critical' }],
    },
    {
      name: 'not a secret source: medium',
      base: flowFile({ Call: http({ uri: 'https://example.com' }, { secureOutputs: true }) }),
      flow: flowFile({ Call: http({ uri: 'https://example.com' }) }),
      findings: [{ action: 'Call', severity: 'medium' }],
    },
    {
      name: 'removed from a trigger',
      base: flowFile(
        {},
        {
          manual: {
            type: 'Request',
            kind: 'Http',
            inputs: { triggerAuthenticationType: 'Tenant' },
            runtimeConfiguration: { secureData: { properties: ['outputs'] } },
          },
        },
      ),
      flow: flowFile(
        {},
        { manual: { type: 'Request', kind: 'Http', inputs: { triggerAuthenticationType: 'Tenant' } } },
      ),
      findings: [{ action: 'manual', severity: 'medium' }],
    },
  ],
});
