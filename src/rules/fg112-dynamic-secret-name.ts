import { bulkSecretRead, dynamicSecretName } from '../model/secret-reads.js';
import { defineRule } from './rule.js';

/** FG112: the secret name is an expression. Where FG111's bulk-read condition holds, FG111 reports instead. */
export const fg112 = defineRule({
  meta: {
    id: 'FG112',
    name: 'dynamic-secret-name',
    summary: 'A secret source whose secret name is an expression rather than a fixed name.',
    severity: 'medium',
    scope: 'flow',
    messages: {
      dynamic:
        '{{node}} chooses its secret with an expression, not a fixed name: ' +
        'which secret it reads is decided at run time. Use a literal secret name.',
      fromTrigger:
        '{{node}} takes its secret name from the data of the trigger "{{trigger}}": ' +
        "whoever starts the flow chooses which secret it reads with the owner's connection. Use a literal secret name.",
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const dynamic = dynamicSecretName(ctx.flow, ctx.analysis, node);
      if (!dynamic || bulkSecretRead(ctx.flow, ctx.analysis, node)) continue;
      if (dynamic.trigger !== null) {
        ctx.report({
          messageId: 'fromTrigger',
          node,
          severity: 'high',
          data: { trigger: dynamic.trigger },
        });
      } else {
        ctx.report({ messageId: 'dynamic', node });
      }
    }
  },
});
