import type { JsonPath } from '../json/json-path.js';
import type { FlowSecretAccess } from '../model/secret-access.js';
import type { Severity } from '../rules/severity.js';
import type { ProposedSuppression, Suppression } from './suppression-types.js';

export type FailOn = Severity | 'none';
export type Status = 'new' | 'existing' | 'resolved';
export type ReportMode = 'new' | 'all';

/** Where a finding points: symbolic until a locator turns the path into lines. */
export interface FindingLocation {
  file: string;
  entry: string | null;
  /** Path of the trigger/action object (or other subject) in the file; null for file-level findings. */
  path: JsonPath | null;
  line: number | null;
  endLine: number | null;
}

/** One step of a secret's path (source, hop or sink), located like the finding itself. */
export interface FindingPathStep {
  /** The trigger/action's name (attacker-controlled: escape it wherever it is shown). */
  action: string;
  role: 'source' | 'hop' | 'sink';
  file: string;
  entry: string | null;
  /** Path of the trigger/action object in the file; null when the step has none. */
  jsonPath: JsonPath | null;
  line: number | null;
  connector: string;
  operation: string;
  secureInputs: boolean;
  secureOutputs: boolean;
  /** Sink only: the literal host of an HTTP request, else the connector. */
  destination: string | null;
}

export interface Finding {
  ruleId: string;
  rule: string;
  severity: Severity;
  status: Status;
  /** Already masked: never contains a credential or secret value. */
  message: string;
  location: FindingLocation;
  flow: { id: string | null; name: string; key: string };
  /** Trigger or action name, or null for flow-level findings. */
  action: string | null;
  fingerprint: string;
  /** For findings about something the change removed: where it stood in the base revision. */
  baseLocation?: FindingLocation;
  /** Accepted (config, inline or baseline): still reported, never gating. Null or absent when not. */
  suppressed?: Suppression | null;
  /** FG120/FG121 (and FG111 through a loop): the secret's path from its source to the sink. */
  path?: FindingPathStep[];
  /** How many times the rules reported this fingerprint before duplicates were merged, when more than once. */
  occurrences?: number;
}

export interface ReportSummary {
  flows: number;
  changedFlows: number;
  filesRead: number;
  findings: { new: number; existing: number; resolved: number };
  gate: 'passed' | 'failed';
  failOn: FailOn;
  report: ReportMode;
  maxSeverity: Severity | null;
  /** Findings (new and existing) accepted by a suppression: reported, not counted above, never gating. */
  suppressed?: number;
}

export interface Report {
  summary: ReportSummary;
  /** All findings with their status, sorted: status (new, existing, resolved), severity desc, file, line. */
  findings: Finding[];
  /** Whether a base revision was compared. */
  compared: boolean;
  /** How many flows the compared base held (not in any report format; says which side of a diff was empty). */
  baseFlows?: number;
  /** Secret sources and vault enumerations of the head flows analysed, for the secret access map. */
  secretAccess?: FlowSecretAccess[];
  /** Inline suppressions the change adds (PR mode): not applied to it, listed for the reviewer. */
  proposedSuppressions?: ProposedSuppression[];
  /** Things the user should fix in their setup: expired or malformed suppressions. */
  warnings?: string[];
}
