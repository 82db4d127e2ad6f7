import { shownInRunHistory } from '../model/run-history.js';
import { defineRule } from './rule.js';

/**
 * FG120: secret data that has travelled a hop (variable, data-shaping action) reaches inputs that run
 * history shows. The run-history semantics of SPEC §2 live in the model (shownInRunHistory); one finding
 * per action, naming the first exposed path and how many there are.
 */
export const fg120 = defineRule({
  meta: {
    id: 'FG120',
    name: 'secret-in-run-history',
    summary:
      'Secret-derived data that has passed through a variable or data operation reaches inputs that run history shows.',
    severity: 'high',
    scope: 'flow',
    messages: {
      exposed:
        '{{node}} receives secret data from {{source}} through {{via}} in {{path}}{{more}}, and its inputs are ' +
        "not secured: run history shows the value to everyone who can open this flow's runs. Turn on Secure " +
        'inputs for this action.',
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      const uses = ctx.analysis.secretUses(node).filter((u) => shownInRunHistory(ctx.flow, u));
      if (uses.length === 0) continue;
      const first = [...uses].sort(
        (a, b) => a.hops - b.hops || a.path.join('.').localeCompare(b.path.join('.')),
      )[0];
      const paths = new Set(uses.map((u) => u.path.join('.')));
      const source = ctx.flow.byName.get(first.source)!;
      ctx.report({
        messageId: 'exposed',
        node,
        nodes: { source },
        data: {
          via: first.via
            .slice(1)
            .map((n) => `"${n}"`)
            .join(' → '),
          path: first.path.join('.'),
          more: paths.size > 1 ? ` (and ${paths.size - 1} more)` : '',
        },
      });
    }
  },
});
