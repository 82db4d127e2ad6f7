import { entries, own, str } from '../json/json-path.js';
import type { SolutionConnectionReference } from './types.js';

/**
 * Connection metadata of a Logic Apps Standard project (`connections.json`): managed API connections
 * (`managedApiConnections.<key>.api.id`, e.g. `/subscriptions/…/managedApis/keyvault`) and built-in
 * service providers (`serviceProviderConnections.<key>.serviceProvider.id`, e.g. `/serviceProviders/keyVault`).
 * The key is what a workflow's `connection.referenceName` / `connectionName` points at; a managed
 * connection's `connection.id` is its identity (a renamed key naming the same connection is no change).
 */
export function connectionsFromJson(doc: unknown): SolutionConnectionReference[] {
  const out: SolutionConnectionReference[] = [];
  for (const [logicalName, c] of entries(own(doc, 'managedApiConnections'))) {
    const connectorId = str(own(own(c, 'api'), 'id'));
    const connectionId = str(own(own(c, 'connection'), 'id'));
    if (connectorId) out.push({ logicalName, connectorId, ...(connectionId ? { connectionId } : {}) });
  }
  for (const [logicalName, c] of entries(own(doc, 'serviceProviderConnections'))) {
    const connectorId = str(own(own(c, 'serviceProvider'), 'id'));
    if (connectorId) out.push({ logicalName, connectorId });
  }
  return out;
}
