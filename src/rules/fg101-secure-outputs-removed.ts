import { secureDataRemoved } from '../diff/secure-data-removed.js';
import { defineRule } from './rule.js';

export const fg101 = defineRule({
  meta: {
    id: 'FG101',
    name: 'secure-outputs-removed',
    summary: 'A trigger or action that had secure outputs in the base revision no longer has them.',
    severity: 'critical',
    scope: 'change',
    supersedes: ['FG103'],
    messages: {
      secretSource:
        '{{node}} no longer has secure outputs: the secret it reads will be shown in clear text in the run history to everyone who can open it.',
      other: '{{node}} no longer has secure outputs: what it returns becomes visible in the run history.',
    },
  },
  check(ctx) {
    for (const { node, before } of secureDataRemoved(ctx.flow.nodes, ctx.baseNodeOf, 'outputs')) {
      const secret = !!(node.secretSource ?? before.secretSource);
      ctx.report({
        messageId: secret ? 'secretSource' : 'other',
        node,
        severity: secret ? 'critical' : 'medium',
        aboutRemoval: true,
      });
    }
  },
});
