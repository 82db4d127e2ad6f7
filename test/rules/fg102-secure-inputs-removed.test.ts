import { fg102 } from '../../src/rules/fg102-secure-inputs-removed.js';
import { flowFile, getSecret, http, SHAPES, type Shape } from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase } from '../helpers/rule-tester.js';

const both = (shape: Shape, secure: boolean) =>
  flowFile({ Get_secret: getSecret(shape, 'api-key', { secureOutputs: secure, secureInputs: secure }) });

ruleTester(fg102, {
  valid: [
    {
      name: 'secure inputs kept',
      base: both('OpenApiConnection', true),
      flow: both('OpenApiConnection', true),
    },
    {
      name: 'secure inputs added',
      base: both('OpenApiConnection', false),
      flow: both('OpenApiConnection', true),
    },
    { name: 'flow without base', flow: both('OpenApiConnection', false) },
  ],
  invalid: [
    ...SHAPES.map((shape): InvalidCase => ({
      name: `${shape}: secure inputs removed from Get secret`,
      base: both(shape, true),
      flow: both(shape, false),
      findings: [{ action: 'Get_secret', severity: 'medium', message: ['no longer has secure inputs'] }],
    })),
    {
      name: 'HTTP action loses secure inputs',
      base: flowFile({ Call: http({ uri: 'https://example.com', body: 'x' }, { secureInputs: true }) }),
      flow: flowFile({ Call: http({ uri: 'https://example.com', body: 'x' }) }),
      findings: [{ action: 'Call', severity: 'medium' }],
    },
  ],
});
