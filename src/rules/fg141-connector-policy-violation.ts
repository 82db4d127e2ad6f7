import micromatch from 'micromatch';
import { connectorDisplayName } from '../model/secret-catalogue.js';
import type { FlowNode } from '../model/types.js';
import type { ConnectorPolicy } from './connector-policy.js';
import { defineRule } from './rule.js';

/**
 * The configured connector policies (`connectorPolicies`) at review time: what a tenant's DLP policy
 * cannot say — "Key Vault only in the vault-access solution" — checked on the files of the change, before
 * the flow is imported anywhere. Paths are the flow's file (the zip for a packed solution). In a comparison
 * a flow the base has is judged by its base file too: moving a flow into an allowed path is the change's own
 * choice of place, and counts once it is in the base branch (SPEC §4), like renaming into an `ignore`.
 */
export const fg141 = defineRule({
  meta: {
    id: 'FG141',
    name: 'connector-policy-violation',
    summary: 'A flow outside the paths a connector policy allows uses that connector.',
    severity: 'high',
    scope: 'flow',
    messages: {
      action:
        '{{node}} in flow "{{flow}}" uses {{connector}}, which the connector policy allows only in {{allow}} ({{reason}}).',
      reference:
        'Flow "{{flow}}" declares connection reference "{{key}}" to {{connector}} without using it; the connector policy allows {{connector}} only in {{allow}} ({{reason}}). Remove the reference, or move the flow.',
      movedAction:
        '{{node}} in flow "{{flow}}" uses {{connector}}, which the connector policy allows only in {{allow}} ({{reason}}). This change moves the flow there from {{from}}: the new place counts once the move is in the base branch.',
      movedReference:
        'Flow "{{flow}}" declares connection reference "{{key}}" to {{connector}} without using it; the connector policy allows {{connector}} only in {{allow}} ({{reason}}). This change moves the flow there from {{from}}: the new place counts once the move is in the base branch.',
    },
  },
  check(ctx) {
    const policies = ctx.options.connectorPolicies ?? [];
    if (policies.length === 0) return;
    const { flow } = ctx;
    // The base's file when the change moved the flow (places compared within each revision's tree).
    const from = ctx.base && ctx.base.pathKey !== flow.pathKey ? ctx.base.source.file : null;
    for (const policy of policies) {
      const here = allowed(flow.source.file, policy);
      if (here && (from === null || allowed(from, policy))) continue;
      const moved = here && from !== null;
      const data = {
        flow: flow.name,
        connector: connectorDisplayName(policy.connector),
        allow: policy.allow.length ? policy.allow.join(', ') : '(nowhere)',
        reason: policy.reason,
        ...(moved ? { from } : {}),
      };
      const users = flow.nodes.filter((n) => usesConnector(n, policy.connector));
      for (const node of users)
        ctx.report({
          messageId: moved ? 'movedAction' : 'action',
          node,
          data,
          discriminator: policy.connector,
        });
      if (users.length > 0) continue;
      // A reference nobody uses yet still binds a connection at import, one designer edit away from use.
      for (const ref of flow.connectionReferences.values()) {
        if (ref.connector !== policy.connector) continue;
        ctx.report({
          messageId: moved ? 'movedReference' : 'reference',
          data: { ...data, key: ref.key },
          subject: `ref:${ref.key}`,
          path: ref.path,
          severity: 'medium',
          discriminator: policy.connector,
        });
      }
    }
  },
});

function allowed(file: string, policy: ConnectorPolicy): boolean {
  return policy.allow.some((glob) => micromatch.isMatch(file, glob, { dot: true }));
}

/**
 * All three connector shapes arrive as one normalised operation (`shared_keyvault`, `$connections['keyvault']`,
 * `/serviceProviders/keyVault` are all `keyvault`). Key Vault's REST API called through a plain HTTP action
 * is the same vault access without the connector, so a `keyvault` policy counts it too.
 */
function usesConnector(node: FlowNode, connector: string): boolean {
  if (node.operation) return node.operation.connector === connector;
  if (connector !== 'keyvault') return false;
  return node.type.toLowerCase() === 'http' && (!!node.secretSource || node.enumerationSource);
}
