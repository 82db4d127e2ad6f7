import { compareCodeUnits } from '../json/code-unit-order.js';
import type { SecretUse } from '../model/flow-analysis.js';
import { shownInRunHistory } from '../model/run-history.js';
import { secretPath } from '../model/secret-path.js';
import type { FlowNode } from '../model/types.js';
import { defineRule } from './rule.js';

const firstUse = (uses: readonly SecretUse[]): SecretUse =>
  [...uses].sort((a, b) => a.hops - b.hops || compareCodeUnits(a.path.join('.'), b.path.join('.')))[0];

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
      tracked:
        '{{node}} tracks secret data from {{source}} in {{path}}{{more}}: tracked properties are written to run ' +
        'history and diagnostics as plain text, whatever the secure inputs/outputs settings say. Do not track ' +
        'secret data.',
    },
  },
  check(ctx) {
    const more = (uses: readonly SecretUse[]): string => {
      const paths = new Set(uses.map((u) => u.path.join('.')));
      return paths.size > 1 ? ` (and ${paths.size - 1} more)` : '';
    };
    const sourceOf = (use: SecretUse): { source: FlowNode } => ({ source: ctx.flow.byName.get(use.source)! });
    for (const node of ctx.flow.nodes) {
      // Tracked properties: any hop, whatever the node's secure settings (SPEC §2).
      const tracked = ctx.analysis.trackedUses?.(node) ?? [];
      if (tracked.length > 0) {
        const first = firstUse(tracked);
        ctx.report({
          messageId: 'tracked',
          node,
          discriminator: 'trackedProperties',
          nodes: sourceOf(first),
          secretPath: secretPath(ctx.flow, first.via, node, 'run history and diagnostics'),
          data: { path: first.path.join('.'), more: more(tracked) },
        });
      }
      const all = ctx.analysis.secretUses(node);
      if (all.length === 0) continue;
      const uses = all.filter((u) => shownInRunHistory(ctx.flow, u));
      if (uses.length === 0) continue;
      const first = firstUse(uses);
      ctx.report({
        messageId: 'exposed',
        node,
        nodes: sourceOf(first),
        secretPath: secretPath(ctx.flow, first.via, node, 'run history'),
        data: {
          via: first.via
            .slice(1)
            .map((n) => `"${n}"`)
            .join(' → '),
          path: first.path.join('.'),
          more: more(uses),
        },
      });
    }
  },
});
