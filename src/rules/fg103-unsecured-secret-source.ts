import { defineRule } from './rule.js';

/**
 * A secret source whose outputs are not secured shows the secret in the run history. FG101 (a change
 * rule, `supersedes: ['FG103']`) takes over when the change removed the setting; nothing to do here.
 */
export const fg103 = defineRule({
  meta: {
    id: 'FG103',
    name: 'unsecured-secret-source',
    summary:
      'A secret source (Key Vault secret or decrypt, secret environment variable) without secure outputs.',
    severity: 'high',
    scope: 'flow',
    messages: {
      unsecured:
        '{{node}} returns a secret without secure outputs: anyone who can open the run history sees the secret in clear text.',
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource || node.secure.outputs) continue;
      ctx.report({ messageId: 'unsecured', node });
    }
  },
});
