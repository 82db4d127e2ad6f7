/** `connectorPolicies` entry (FG141): flows outside `allow` may not use `connector`. */
export interface ConnectorPolicy {
  /** Normalised connector name: lower-case, no `shared_` prefix (`keyvault`). */
  connector: string;
  /** Repository-relative path globs of the flows that may use it. */
  allow: readonly string[];
  reason: string;
}
