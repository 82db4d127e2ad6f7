import { defineRule } from './rule.js';

export const fg150 = defineRule({
  meta: {
    id: 'FG150',
    name: 'hardcoded-credential',
    summary: 'A literal credential written into the flow definition.',
    severity: 'critical',
    scope: 'flow',
    messages: {
      inAction:
        '{{node}} has a literal credential in {{where}} ({{value}}): anyone who can open or export the flow (co-owners, solution exports, source control) can read and use it.',
      secureParameter:
        'Secure parameter "{{parameter}}" has a literal default value ({{value}}): secure parameters hide values in run history, but a default is stored in clear text in the definition and every export of it.',
      inParameter:
        'Parameter "{{parameter}}" holds a literal credential in {{where}} ({{value}}): it is stored in clear text in the definition and travels with every export of it (solution files, source control).',
      inDefinition:
        'The flow definition ({{subject}}) holds a literal credential in {{where}} ({{value}}): anyone who can open or export the flow can read and use it.',
    },
    sensitive: ['value'],
  },
  check(ctx) {
    // The walk over the definition is the model's (src/model/credential-scan.ts), done once per flow.
    const { flow } = ctx;
    for (const c of ctx.analysis.credentialLiterals()) {
      const { subject, discriminator, where, value } = c;
      const parameter = subject.startsWith('parameter:') ? subject.slice('parameter:'.length) : null;
      if (c.kind === 'secure-parameter-default') {
        const path = flow.parameters.get(parameter!)?.path;
        ctx.report({
          messageId: 'secureParameter',
          subject,
          path,
          discriminator,
          data: { parameter: parameter!, value },
        });
      } else if (c.owner) {
        ctx.report({ messageId: 'inAction', node: c.owner, discriminator, data: { where, value } });
      } else if (parameter !== null) {
        const path = flow.parameters.get(parameter)?.path;
        const data = { parameter, where, value };
        ctx.report({ messageId: 'inParameter', path, data, subject, discriminator });
      } else {
        const path = [...flow.definitionPath, subject];
        ctx.report({
          messageId: 'inDefinition',
          path,
          data: { subject, where, value },
          subject,
          discriminator,
        });
      }
    }
  },
});
