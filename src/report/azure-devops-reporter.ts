import type { Finding, Report } from '../findings/types.js';
import type { Severity } from '../rules/severity.js';
import { escapeAzureDevOpsData, escapeAzureDevOpsProperty } from './escape.js';

/** Azure Pipelines shows `error` issues in red and fails nothing by itself; the gate decides (below). */
const ISSUE_TYPE: Record<Severity, 'error' | 'warning'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'warning',
  info: 'warning',
};

/**
 * `--format azure-devops` (SPEC §5): one `##vso[task.logissue …]` logging command per reported finding
 * that is neither resolved nor suppressed, then `##vso[task.complete result=Failed;]` when the gate
 * fails or `result=SucceededWithIssues` when findings stay under the threshold. Everything that comes
 * from a flow goes through the logging-command escapers, so no name can end the line or a property.
 */
export function renderAzureDevOps(report: Report): string {
  const open = report.findings.filter((f) => f.status !== 'resolved' && !f.suppressed);
  const lines = open.map(logIssue);
  if (report.summary.gate === 'failed') lines.push('##vso[task.complete result=Failed;]');
  else if (open.length > 0) lines.push('##vso[task.complete result=SucceededWithIssues;]');
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function logIssue(f: Finding): string {
  const props = [
    `type=${ISSUE_TYPE[f.severity]}`,
    `sourcepath=${escapeAzureDevOpsProperty(f.location.file)}`,
    ...(f.location.line !== null ? [`linenumber=${f.location.line}`, 'columnnumber=1'] : []),
    `code=${escapeAzureDevOpsProperty(f.ruleId)}`,
  ];
  const subject = f.action === null ? f.flow.name : `${f.flow.name} › ${f.action}`;
  const where = f.location.entry ? ` (in ${f.location.entry})` : '';
  const message = `${f.ruleId} ${f.rule} (${f.severity}, ${f.status}) ${subject}${where}: ${f.message}`;
  return `##vso[task.logissue ${props.join(';')};]${escapeAzureDevOpsData(message)}`;
}
