import type * as Sarif from 'sarif';
import { isPresent } from '../findings/channel-filters.js';
import type { Finding, Report } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { TOOL_NAME, VERSION } from '../version.js';
import { projectUrl, ruleDocUrl } from './doc-links.js';
import { escapeJsonOutput, sarifMarkdown, sarifText } from './escape.js';
import { ruleDocMarkdown } from './rule-docs.js';
import { sarifCodeFlows, sarifRelatedLocations } from './sarif-code-flows.js';
import { sarifRegion, toUriReference } from './sarif-location.js';

/** What the SARIF driver says about a rule; the caller passes the rule index's metadata. */
export interface SarifRuleInfo {
  id: string;
  name: string;
  summary: string;
  severity: Severity;
  /** Defaults to the rule's documentation page (ruleDocUrl). */
  helpUri?: string;
}

export interface SarifRenderOptions {
  rules?: readonly SarifRuleInfo[];
  /**
   * `run.automationDetails`, which GitHub Advanced Security for Azure DevOps requires (the pipeline that
   * produced the run); the CLI fills it only inside Azure Pipelines (src/cli/azure-pipelines-run.ts).
   * Absent elsewhere: on GitHub, `automationDetails.id` would become the code-scanning category.
   */
  automationDetails?: Sarif.RunAutomationDetails;
  /**
   * Why the run could not review anything (SPEC §5: nothing analysed, exit 2). The run then carries an
   * invocation with `executionSuccessful: false` and the reason as an error notification: a log with no
   * results would otherwise read as a clean scan, and code scanning would close every open alert.
   */
  failure?: string;
}

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * GitHub code scanning reads `security-severity` (a string score 0.0–10.0) from the rule: over 9.0 is
 * critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low.
 */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/**
 * SARIF 2.1.0 with one run, for GitHub code scanning and other SARIF viewers.
 *
 * Resolved findings are left out: code scanning matches results across analyses by fingerprint and closes
 * an alert whose result is absent from the newest one, and `baselineState` is not in GitHub's supported
 * SARIF subset, so a resolved result (pointing into the base revision) would keep open the alert it should
 * close. New and existing findings carry `baselineState` `new` / `unchanged` when a base was compared,
 * for other viewers, and none on a plain scan, where there is no baseline.
 */
export function toSarifLog(report: Report, options: SarifRenderOptions = {}): Sarif.Log {
  const findings = report.findings.filter(isPresent);
  const rules = ruleCatalogue(options.rules ?? [], findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        ...(options.automationDetails ? { automationDetails: options.automationDetails } : {}),
        tool: {
          driver: {
            name: TOOL_NAME,
            fullName: `${TOOL_NAME} ${VERSION}`,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: projectUrl(),
            rules: rules.map(toReportingDescriptor),
          },
        },
        results: findings.map((f) => toResult(f, ruleIndex.get(f.ruleId) ?? 0, report.compared)),
        ...(options.failure !== undefined ? { invocations: [failedInvocation(options.failure)] } : {}),
      },
    ],
  };
}

function failedInvocation(reason: string): Sarif.Invocation {
  return {
    executionSuccessful: false,
    toolExecutionNotifications: [{ level: 'error', message: { text: sarifText(reason) } }],
  };
}

export function renderSarif(report: Report, options: SarifRenderOptions = {}): string {
  return `${escapeJsonOutput(JSON.stringify(toSarifLog(report, options), null, 2))}\n`;
}

/**
 * The given rules in their order, then any rule a finding names that the caller did not describe
 * (described from the finding), so every result has a `ruleIndex`.
 */
function ruleCatalogue(given: readonly SarifRuleInfo[], findings: readonly Finding[]): SarifRuleInfo[] {
  const rules = [...given];
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    rules.push({ id: f.ruleId, name: f.rule, summary: f.rule, severity: f.severity });
  }
  return rules;
}

function toReportingDescriptor(rule: SarifRuleInfo): Sarif.ReportingDescriptor {
  const helpUri = rule.helpUri ?? ruleDocUrl(rule.id);
  return {
    id: rule.id,
    name: sarifText(rule.name),
    shortDescription: { text: sarifText(rule.name) },
    fullDescription: { text: sarifText(rule.summary) },
    helpUri,
    help: {
      text: `${sarifText(rule.summary)} Documentation, with a bad and a good example and the fix: ${helpUri}`,
      // The rule's documentation page (what, why, fix, example), as GitHub's rule panel shows it.
      markdown:
        ruleDocMarkdown(rule.id) ??
        `**${sarifMarkdown(rule.name)}**: ${sarifMarkdown(rule.summary)} [Documentation](${helpUri})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ['security'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
    },
  };
}

function toResult(f: Finding, ruleIndex: number, compared: boolean): Sarif.Result {
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: resultMessage(f) },
    locations: [toLocation(f)],
    partialFingerprints: { 'flowguard/v1': f.fingerprint },
  };
  // The secret's path (source → hops → sink) as a code flow, and its steps as related locations.
  const codeFlows = sarifCodeFlows(f);
  if (codeFlows) {
    result.codeFlows = codeFlows;
    result.relatedLocations = sarifRelatedLocations(f);
  }
  if (compared) result.baselineState = f.status === 'new' ? 'new' : 'unchanged';
  // An accepted finding stays in the log, marked: `inSource` for a note in the flow, `external` otherwise.
  if (f.suppressed)
    result.suppressions = [
      {
        kind: f.suppressed.by === 'inline' ? 'inSource' : 'external',
        // No `status`: the OASIS schema file names that property `state`, the spec text `status`; absent means accepted.
        justification: sarifText(f.suppressed.reason),
      },
    ];
  result.properties = {
    severity: f.severity,
    status: f.status,
    flow: { id: f.flow.id, name: sarifText(f.flow.name) },
    action: f.action === null ? null : sarifText(f.action),
  };
  return result;
}

/** The message, plus what the location cannot say: the flow, and the zip entry with its lines. */
function resultMessage(f: Finding): string {
  const context = [`flow: ${f.flow.name}`];
  if (f.location.entry !== null) {
    const { line, endLine } = f.location;
    const lines = line === null ? '' : `, lines ${line}-${endLine ?? line}`;
    context.push(`zip entry: ${f.location.entry}${lines}`);
  }
  return sarifText(`${f.message} (${context.join('; ')})`);
}

function toLocation(f: Finding): Sarif.Location {
  const physicalLocation: Sarif.PhysicalLocation = {
    artifactLocation: { uri: toUriReference(f.location.file) },
  };
  physicalLocation.region = sarifRegion(f.location);
  const location: Sarif.Location = { physicalLocation };
  const logical = toLogicalLocation(f);
  if (logical) location.logicalLocations = [logical];
  return location;
}

function toLogicalLocation(f: Finding): Sarif.LogicalLocation | undefined {
  const flow = sarifText(f.flow.name);
  if (f.action === null) return { name: flow, kind: 'module' };
  const action = sarifText(f.action);
  return { name: action, fullyQualifiedName: `${flow}/${action}`, kind: 'member' };
}
