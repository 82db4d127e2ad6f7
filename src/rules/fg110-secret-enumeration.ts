import { defineRule } from './rule.js';

/**
 * Listing a vault is reconnaissance: a flow that can enumerate names can read every secret it finds
 * (FG111 reports the bulk read itself). The finding stands whether or not the list outputs are secured,
 * because securing them hides the names from the run history, not from the flow or its editors.
 */
export const fg110 = defineRule({
  meta: {
    id: 'FG110',
    name: 'secret-enumeration',
    summary: 'An action that lists the secrets or keys a vault holds.',
    severity: 'high',
    scope: 'flow',
    messages: {
      enumeration:
        '{{node}} lists what the vault holds: whoever can edit or run the flow learns every secret name the connection can see, the first step to reading them all.',
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.enumerationSource) continue;
      ctx.report({ messageId: 'enumeration', node });
    }
  },
});
