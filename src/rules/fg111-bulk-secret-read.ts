import { bulkSecretRead } from '../model/secret-reads.js';
import { defineRule } from './rule.js';

/**
 * FG111: a secret source that reads secrets in bulk — inside a loop, or with names taken from a vault
 * listing. The predicate lives in the model (bulkSecretRead) because FG112 must not fire where it holds.
 */
export const fg111 = defineRule({
  meta: {
    id: 'FG111',
    name: 'bulk-secret-read',
    summary:
      'A secret source runs inside a loop or reads the names a vault listing returned: the flow can read secrets in bulk.',
    severity: 'critical',
    scope: 'flow',
    messages: {
      loop:
        '{{node}} reads a secret inside the loop "{{loop}}": one run can read ' +
        'as many secrets as the loop has items. Read each secret the flow needs by its fixed name, outside loops.',
      enumeration:
        '{{node}} reads the secrets that {{enumeration}} lists: the flow can read every secret in the vault. ' +
        'Read named secrets only.',
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (!node.secretSource) continue;
      const bulk = bulkSecretRead(ctx.flow, ctx.analysis, node);
      if (!bulk) continue;
      if (bulk.reason === 'loop') {
        ctx.report({ messageId: 'loop', node, data: { loop: bulk.loop } });
      } else {
        const listing = ctx.flow.byName.get(bulk.enumeration)!;
        ctx.report({ messageId: 'enumeration', node, nodes: { enumeration: listing } });
      }
    }
  },
});
