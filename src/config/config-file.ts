import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CustomSecretSource } from '../model/secret-catalogue.js';
import { type FailOn, type ReportMode } from '../findings/types.js';
import { isSeverity } from '../rules/severity.js';
import type { IgnoreEntry, SeverityOverride } from '../findings/suppression-types.js';
import type { ConnectorPolicy } from '../rules/connector-policy.js';
import type { ReadLimits } from '../sources/types.js';
import { ConfigError } from './config-error.js';
import { parseConnectorPolicies } from './connector-policy-keys.js';
import { catalogueRuleId, switchableRuleId } from './rule-ids.js';
import { parseIgnore, parseSeverity } from './suppression-keys.js';

export { ConfigError };

/** `.flowguard.yml`: everything optional; command-line flags and action inputs win over it. */
export interface FlowguardConfig {
  failOn?: FailOn;
  report?: ReportMode;
  include?: string[];
  exclude?: string[];
  /** Rule ids switched off. */
  disable?: string[];
  /** Hosts that may receive secret-derived data without FG121 (e.g. your own API gateway). */
  allowedHosts?: string[];
  /** More connectors that FG140 treats as privileged (`shared_foo` or `foo`). */
  privilegedConnectors?: string[];
  /** More secret sources (SPEC §2). */
  secretSources?: CustomSecretSource[];
  limits?: Partial<ReadLimits> & { maxNestingDepth?: number; maxExpressionLength?: number };
  /** Accepted findings, each with a reason (SPEC §4). */
  ignore?: IgnoreEntry[];
  /** Baseline file of accepted findings (`flowguard baseline`), repository-relative. */
  baseline?: string;
  /** Severity per rule id; `off` disables the rule. */
  severity?: Record<string, SeverityOverride>;
  /** Where a connector may be used (FG141). */
  connectorPolicies?: ConnectorPolicy[];
}

/** The configuration file names looked for, in this order; both present is an error. */
export const CONFIG_FILE_NAMES = ['.flowguard.yml', '.flowguard.yaml'] as const;

/** The config file of a folder: `.flowguard.yml` or `.flowguard.yaml`, undefined when neither; both is an error. */
export function findConfigFile(dir: string, exists: (p: string) => boolean = existsSync): string | undefined {
  const present = CONFIG_FILE_NAMES.filter((n) => exists(path.join(dir, n)));
  if (present.length > 1)
    throw new ConfigError(
      `both ${present.join(' and ')} exist in ${dir}: keep one (flowguard will not guess which one you meant)`,
    );
  return present[0];
}

const KEYS = new Set([
  'failOn',
  'report',
  'include',
  'exclude',
  'disable',
  'allowedHosts',
  'privilegedConnectors',
  'secretSources',
  'limits',
  'ignore',
  'baseline',
  'severity',
  'connectorPolicies',
]);
const LIMIT_KEYS = new Set([
  'maxFileBytes',
  'maxFlowBytes',
  'maxZipEntries',
  'maxZipEntryBytes',
  'maxZipTotalBytes',
  'maxNestingDepth',
  'maxExpressionLength',
]);

const MAX_NESTING_DEPTH_SETTING = 1000;

export async function loadConfig(file: string): Promise<FlowguardConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${(err as Error).message}`);
  }
  return parseConfigText(text, file);
}

/** The configuration in `text`; `where` names it in errors (a file, or a file at a revision). */
export async function parseConfigText(text: string, where: string): Promise<FlowguardConfig> {
  const yaml: typeof import('yaml') & { default?: typeof import('yaml') } = await import('yaml');
  // yaml is CommonJS: Node's import names its exports, but the esbuild bundle (dist/) puts them on `default`.
  const parse = yaml.parse ?? yaml.default!.parse;
  let doc: unknown;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (err) {
    // The first line only ("… at line 2, column 1"): the lines after it quote the file, which `--config`
    // may have named by mistake (a .env file).
    const said = (err as Error).message.split('\n')[0].replace(/:$/, '');
    throw new ConfigError(`${where} is not valid YAML: ${said}`);
  }
  return validateConfig(doc ?? {}, where);
}

/** Checks the shape; errors name the key, the value and the expected form. */
export function validateConfig(doc: unknown, where: string): FlowguardConfig {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    throw new ConfigError(`${where}: expected a mapping at the top level`);
  const d = doc as Record<string, unknown>;
  for (const k of Object.keys(d))
    if (!KEYS.has(k)) throw new ConfigError(`${where}: unknown key "${k}" (known: ${[...KEYS].join(', ')})`);
  const out: FlowguardConfig = {};
  // Not String(v): `failOn: [none]` would read as "none".
  if (d.failOn !== undefined) out.failOn = parseFailOn(scalar(d.failOn), `${where}: failOn`);
  if (d.report !== undefined) out.report = parseReportMode(scalar(d.report), `${where}: report`);
  for (const key of ['include', 'exclude', 'disable', 'allowedHosts', 'privilegedConnectors'] as const) {
    if (d[key] === undefined) continue;
    const v = d[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw new ConfigError(`${where}: ${key} must be a list of strings`);
    out[key] = v as string[];
  }
  if (out.disable)
    out.disable = out.disable.map((id, i) =>
      switchableRuleId(catalogueRuleId(id, `${where}: disable[${i}]`), `${where}: disable[${i}]`),
    );
  if (d.ignore !== undefined) out.ignore = parseIgnore(d.ignore, where);
  if (d.severity !== undefined) out.severity = parseSeverity(d.severity, where);
  if (d.connectorPolicies !== undefined)
    out.connectorPolicies = parseConnectorPolicies(d.connectorPolicies, where);
  if (d.baseline !== undefined) {
    if (typeof d.baseline !== 'string' || d.baseline.trim() === '')
      throw new ConfigError(`${where}: baseline must be a file path (e.g. .flowguard-baseline.json)`);
    out.baseline = d.baseline;
  }
  if (out.allowedHosts) out.allowedHosts = out.allowedHosts.map((h) => h.toLowerCase());
  if (out.privilegedConnectors)
    out.privilegedConnectors = out.privilegedConnectors.map((c) => c.toLowerCase().replace(/^shared_/, ''));
  if (d.secretSources !== undefined) {
    if (!Array.isArray(d.secretSources)) throw new ConfigError(`${where}: secretSources must be a list`);
    out.secretSources = d.secretSources.map((s, i) => {
      const o = s as Record<string, unknown>;
      if (typeof o?.connector !== 'string' || typeof o?.operationId !== 'string') {
        throw new ConfigError(`${where}: secretSources[${i}] needs "connector" and "operationId" strings`);
      }
      if (o.nameParameter !== undefined && typeof o.nameParameter !== 'string')
        throw new ConfigError(`${where}: secretSources[${i}]: key "nameParameter" must be a string`);
      return {
        connector: o.connector,
        operationId: o.operationId,
        ...(typeof o.nameParameter === 'string' ? { nameParameter: o.nameParameter } : {}),
      };
    });
  }
  if (d.limits !== undefined) {
    const l = d.limits as Record<string, unknown>;
    if (typeof l !== 'object' || l === null) throw new ConfigError(`${where}: limits must be a mapping`);
    out.limits = {};
    for (const [k, v] of Object.entries(l)) {
      if (!LIMIT_KEYS.has(k))
        throw new ConfigError(`${where}: unknown limit "${k}" (known: ${[...LIMIT_KEYS].join(', ')})`);
      if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0)
        throw new ConfigError(`${where}: limits.${k} must be a positive integer, got ${JSON.stringify(v)}`);
      // Every node keeps its containers and path, so memory grows with the square of the nesting depth:
      // 10,000 levels of Scopes would take gigabytes. The platform allows 8.
      if (k === 'maxNestingDepth' && v > MAX_NESTING_DEPTH_SETTING)
        throw new ConfigError(
          `${where}: limits.maxNestingDepth must be at most ${MAX_NESTING_DEPTH_SETTING}, got ${v}`,
        );
      (out.limits as Record<string, number>)[k] = v;
    }
  }
  return out;
}

/** A scalar as the text the error shows; anything else as its JSON, which no choice matches. */
function scalar(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function parseFailOn(v: string, what: string): FailOn {
  if (v === 'none' || isSeverity(v)) return v;
  throw new ConfigError(`${what}: "${v}" is not one of none, info, low, medium, high, critical`);
}

export function parseReportMode(v: string, what: string): ReportMode {
  if (v === 'new' || v === 'all') return v;
  throw new ConfigError(`${what}: "${v}" is not one of new, all`);
}
