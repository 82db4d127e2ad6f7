import { identityOf } from '../model/connection-identity.js';
import { connectorDisplayName } from '../model/secret-catalogue.js';
import { defineRule } from './rule.js';

/**
 * Connectors whose connection grants more than a user should borrow: Key Vault, Azure Resource Manager,
 * HTTP with Microsoft Entra ID, and the admin connectors for Power Platform, Power Apps, Power Automate
 * and Entra ID. Configuration adds more (`privilegedConnectors`).
 */
export const PRIVILEGED_CONNECTORS: ReadonlySet<string> = new Set([
  'keyvault',
  'arm',
  'webcontents',
  'webcontentsv2',
  'powerplatformforadmins',
  'powerplatformadminv2',
  'powerappsforadmins',
  'microsoftflowforadmins',
  'flowmanagement',
  'azuread',
  'azureautomation',
]);

export const fg140 = defineRule({
  meta: {
    id: 'FG140',
    name: 'privileged-connection-change',
    summary:
      'A privileged connection changes hands: embedded instead of invoker, another reference, or a new one.',
    severity: 'high',
    scope: 'change',
    messages: {
      embedded:
        'Connection reference "{{key}}" ({{connector}}) switched from the invoker\'s connection to the embedded one: every run now uses the owner\'s {{connector}} access, whoever triggers it.',
      moved:
        '{{node}} now uses connection reference "{{to}}" instead of "{{from}}": check whose {{connector}} connection that is.',
      added:
        'The flow gains connection reference "{{key}}" to the privileged connector {{connector}}: check who owns that connection and what the flow does with it.',
    },
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const privileged = (c: string): boolean =>
      PRIVILEGED_CONNECTORS.has(c) || ctx.options.privilegedConnectors.includes(c);

    const headId = (key: string): string => identityOf(ctx.flow.connectionIdentities, key);
    const baseId = (key: string): string => identityOf(base.connectionIdentities, key);
    // A base reference is the same reference when it names the same thing, whatever its key (SPEC §4).
    const baseRefs = new Map([...base.connectionReferences.values()].map((r) => [baseId(r.key), r]));
    for (const ref of ctx.flow.connectionReferences.values()) {
      if (!privileged(ref.connector)) continue;
      const before = baseRefs.get(headId(ref.key));
      const data = { key: ref.key, connector: connectorDisplayName(ref.connector) };
      if (!before) {
        const hadConnector = [...base.connectionReferences.values()].some(
          (r) => r.connector === ref.connector,
        );
        if (!hadConnector)
          ctx.report({
            messageId: 'added',
            data,
            subject: `ref:${ref.key}`,
            path: ref.path,
            severity: 'medium',
            discriminator: 'added',
          });
      } else if (
        before.runtimeSource?.toLowerCase() === 'invoker' &&
        ref.runtimeSource?.toLowerCase() !== 'invoker'
      ) {
        ctx.report({
          messageId: 'embedded',
          data,
          subject: `ref:${ref.key}`,
          path: ref.path,
          severity: 'high',
          discriminator: 'embedded',
        });
      }
    }

    for (const node of ctx.flow.nodes) {
      const op = node.operation;
      const before = ctx.baseNodeOf(node)?.operation;
      if (!op || !before || !privileged(op.connector)) continue;
      if (!op.connectionKey || !before.connectionKey) continue;
      // Renaming the key of the same reference is no move; the same key naming another reference is one.
      if (headId(op.connectionKey) === baseId(before.connectionKey)) continue;
      const sensitive = !!node.secretSource || node.enumerationSource;
      const named = (key: string, id: string) =>
        id.startsWith('key:') ? key : `${key}" → "${id.slice(id.indexOf(':') + 1)}`;
      ctx.report({
        messageId: 'moved',
        data: {
          from: named(before.connectionKey, baseId(before.connectionKey)),
          to: named(op.connectionKey, headId(op.connectionKey)),
          connector: connectorDisplayName(op.connector),
        },
        node,
        severity: sensitive ? 'high' : 'medium',
        discriminator: `moved:${op.connectionKey}`,
      });
    }
  },
});
