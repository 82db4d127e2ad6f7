import type { ConnectorPolicy } from '../rules/connector-policy.js';
import { ConfigError } from './config-error.js';

const POLICY_KEYS = ['connector', 'allow', 'reason'] as const;

/** `connectorPolicies:` (FG141) — connector id, the path globs that may use it, and why. */
export function parseConnectorPolicies(value: unknown, where: string): ConnectorPolicy[] {
  if (!Array.isArray(value)) throw new ConfigError(`${where}: connectorPolicies must be a list of entries`);
  return value.map((raw, i) => {
    const at = `${where}: connectorPolicies[${i}]`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
      throw new ConfigError(`${at}: expected a mapping with "connector", "allow" and "reason"`);
    const p = raw as Record<string, unknown>;
    for (const k of Object.keys(p))
      if (!(POLICY_KEYS as readonly string[]).includes(k))
        throw new ConfigError(`${at}: unknown key "${k}" (known: ${POLICY_KEYS.join(', ')})`);
    if (typeof p.connector !== 'string' || p.connector.trim() === '')
      throw new ConfigError(`${at}: key "connector" is required (a connector id such as shared_keyvault)`);
    if (!Array.isArray(p.allow) || p.allow.some((g) => typeof g !== 'string' || g === ''))
      throw new ConfigError(`${at}: key "allow" is required: a list of path globs (may be empty)`);
    if (typeof p.reason !== 'string' || p.reason.trim() === '')
      throw new ConfigError(`${at}: key "reason" is required and must be a non-empty string`);
    return {
      connector: p.connector
        .trim()
        .toLowerCase()
        .replace(/^shared_/, ''),
      allow: p.allow as string[],
      reason: p.reason.trim(),
    };
  });
}
