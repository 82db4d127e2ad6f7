import { isObject, own, str } from '../json/json-path.js';
import type { SolutionConnectionReference } from '../sources/types.js';

/**
 * What a connection key stands for (SPEC §1 "connection references by identity"). Actions name a
 * connection by a key (`host.connectionName`, `$connections['key']`), but the key is only a local alias:
 * renaming `shared_keyvault` to `shared_keyvault_1` while it names the same reference changes nothing,
 * and keeping the key while it names another reference changes whose connection the action uses.
 *
 * Identity, first found:
 * - `connectionReferences.<key>.connection.connectionReferenceLogicalName` (solutions, unpacked or YAML);
 * - `connectionReferences.<key>.connection.name` / `.connectionName` / `.id` (legacy packages);
 * - `$connections` values (`connectionId`, else `connectionName`, else `id`) — the container's
 *   `parameters.$connections.value` (ARM, legacy) or the definition parameter's `defaultValue`;
 * - Logic Apps Standard: the managed connection (`connection.id`) of the connections.json entry of that key;
 * - otherwise the key itself (a built-in service provider's key is its name in connections.json).
 * Identities are compared case-insensitively (Dataverse logical names and resource ids are).
 */
export function connectionIdentities(
  container: unknown,
  definition: unknown,
  declared: readonly SolutionConnectionReference[] = [],
): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string, kind: string, value: string | undefined): void => {
    if (!out.has(key) && value) out.set(key, `${kind}:${value.toLowerCase()}`);
  };
  // Keys, not entries: no pair array per key (this runs for every flow).
  const refs = own(container, 'connectionReferences');
  if (isObject(refs)) {
    for (const key of Object.keys(refs)) {
      const ref = refs[key];
      const conn = own(ref, 'connection');
      put(key, 'ref', str(own(conn, 'connectionReferenceLogicalName')));
      put(key, 'conn', str(own(conn, 'name')) ?? str(own(ref, 'connectionName')) ?? str(own(conn, 'id')));
    }
  }
  const values = [
    own(own(own(container, 'parameters'), '$connections'), 'value'),
    own(own(own(definition, 'parameters'), '$connections'), 'defaultValue'),
  ];
  for (const value of values) {
    if (!isObject(value)) continue;
    for (const key of Object.keys(value)) {
      const c = value[key];
      put(key, 'conn', str(own(c, 'connectionId')) ?? str(own(c, 'connectionName')) ?? str(own(c, 'id')));
    }
  }
  for (const d of declared) put(d.logicalName, 'conn', d.connectionId);
  return out;
}

/** The identity of a connection key in a flow (the key itself when nothing names it). */
export function identityOf(identities: ReadonlyMap<string, string> | undefined, key: string): string {
  return identities?.get(key) ?? `key:${key.toLowerCase()}`;
}
