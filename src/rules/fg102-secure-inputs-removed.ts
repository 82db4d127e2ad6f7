import { secureDataRemoved } from '../diff/secure-data-removed.js';
import { defineRule } from './rule.js';

export const fg102 = defineRule({
  meta: {
    id: 'FG102',
    name: 'secure-inputs-removed',
    summary: 'A trigger or action that had secure inputs in the base revision no longer has them.',
    severity: 'medium',
    scope: 'change',
    messages: {
      secret:
        '{{node}} no longer has secure inputs, and its inputs carry data derived from the secret of "{{source}}": the run history will show it.',
      other: '{{node}} no longer has secure inputs: what it is given becomes visible in the run history.',
    },
  },
  check(ctx) {
    for (const { node } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, 'inputs')) {
      const use = ctx.analysis.secretUses(node)[0];
      ctx.report({
        messageId: use ? 'secret' : 'other',
        data: { source: use?.source ?? '' },
        node,
        severity: use ? 'high' : 'medium',
        aboutRemoval: true,
      });
    }
  },
});
