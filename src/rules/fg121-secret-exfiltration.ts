import { compareCodeUnits } from '../json/code-unit-order.js';
import type { SecretOutputUse, SecretUse } from '../model/flow-analysis.js';
import { secretPath } from '../model/secret-path.js';
import { sinkKey } from '../model/sinks.js';
import { defineRule } from './rule.js';

/**
 * FG121: secret-derived data (any hop) sent out of the flow as data. Sinks, credential slots, identity
 * provider token requests and allowed hosts are decided in the model (src/model/sinks.ts); one finding per
 * action and sink path, so fixing one leak does not hide another.
 */
export const fg121 = defineRule({
  meta: {
    id: 'FG121',
    name: 'secret-exfiltration',
    summary:
      'Secret-derived data is sent out of the flow: HTTP request data, mail, chat, file or row writes, responses, child flows, outputs.',
    severity: 'critical',
    scope: 'flow',
    supersedes: ['FG120'],
    messages: {
      sent:
        '{{node}} sends secret data from {{source}} out of the flow in {{sink}} ({{kind}}). Whoever receives it ' +
        'holds the secret; send the secret only as a credential (authentication or Authorization header), or not at all.',
      output:
        'The workflow output {{sink}} returns secret data from {{source}} to whoever runs the workflow. ' +
        'Do not return secrets as outputs.',
    },
  },
  check(ctx) {
    const sourceNode = (source: string) => ({ source: ctx.flow.byName.get(source)! });
    for (const node of ctx.flow.nodes) {
      const uses = ctx.analysis.secretUses(node);
      if (uses.length === 0) continue; // most nodes: no map
      const bySink = new Map<string, SecretUse>();
      for (const use of uses) {
        if (use.slot !== 'data' || use.sink === null) continue;
        const key = sinkKey(use.path);
        const seen = bySink.get(key);
        if (!seen || use.hops < seen.hops) bySink.set(key, use);
      }
      for (const [key, use] of [...bySink].sort(([a], [b]) => compareCodeUnits(a, b))) {
        ctx.report({
          messageId: 'sent',
          node,
          discriminator: key,
          nodes: sourceNode(use.source),
          secretPath: secretPath(ctx.flow, use.via, node),
          data: { sink: key, kind: use.sink! },
        });
      }
    }
    const outputs = new Map<string, SecretOutputUse>();
    for (const use of ctx.analysis.outputUses?.() ?? [])
      if (!outputs.has(sinkKey(use.path))) outputs.set(sinkKey(use.path), use);
    for (const [key, use] of outputs) {
      ctx.report({
        messageId: 'output',
        subject: 'outputs',
        path: [...ctx.flow.definitionPath, ...use.path.slice(0, 2)],
        discriminator: key,
        nodes: sourceNode(use.source),
        secretPath: secretPath(ctx.flow, use.via, null),
        data: { sink: key },
      });
    }
  },
});
