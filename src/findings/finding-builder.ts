import type { FlowAnalysis } from '../model/flow-analysis.js';
import { sourceWhere } from '../model/flow-identity.js';
import type { Flow, FlowNode } from '../model/types.js';
import { describeNode } from '../rules/describe-node.js';
import type { UnreadableFile } from '../sources/types.js';
import type { ReportDescriptor, Rule, RuleOptions } from '../rules/rule.js';
import { fingerprint } from './fingerprint.js';
import { fillTemplate } from './message-template.js';
import type { JsonPath } from '../json/json-path.js';
import type { SecretPathNode } from '../model/secret-path.js';
import type { Finding, FindingPathStep } from './types.js';

/** What a finding is about: a flow, or a file that has none (FG001). */
export interface FindingTarget {
  id: string | null;
  name: string;
  key: string;
  source: { file: string; entry: string | null };
}

/**
 * The one point where findings are created: template filled (`{{node}}` and the descriptor's `nodes` with
 * the label of their trigger/action), secrets masked, fingerprint computed.
 */
export function buildFinding(rule: Rule, flow: FindingTarget, d: ReportDescriptor): Finding {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} has no message "${d.messageId}"`);
  const action = d.node?.name ?? null;
  const subject = action ?? d.subject ?? null;
  return {
    ruleId: rule.meta.id,
    rule: rule.meta.name,
    severity: d.severity ?? rule.meta.severity,
    status: 'new',
    message: fillTemplate(template, messageData(d), rule.meta.sensitive),
    location: {
      file: flow.source.file,
      entry: flow.source.entry,
      path: d.path ?? d.node?.path ?? null,
      line: null,
      endLine: null,
    },
    flow: { id: flow.id, name: flow.name, key: flow.key },
    action,
    fingerprint: fingerprint(rule.meta.id, flow.key, subject, d.discriminator ?? ''),
    ...(d.secretPath ? { path: pathSteps(flow, d.secretPath, d.path ?? null) } : {}),
  };
}

/** The placeholders' values: the rule's data, and node labels (`"Get secret" (Azure Key Vault GetSecret)`). */
function messageData(d: ReportDescriptor): Record<string, string | number> | undefined {
  if (!d.node && !d.nodes) return d.data;
  const labels: Record<string, string> = {};
  if (d.node) labels.node = describeNode(d.node);
  for (const [placeholder, node] of Object.entries(d.nodes ?? {})) labels[placeholder] = describeNode(node);
  return { ...labels, ...d.data };
}

/** The secret's path as finding data: each step in the flow's file, lines filled in by the locator. */
function pathSteps(
  flow: FindingTarget,
  nodes: readonly SecretPathNode[],
  subjectPath: JsonPath | null,
): FindingPathStep[] {
  return nodes.map((n) => ({
    action: n.action,
    role: n.role,
    file: flow.source.file,
    entry: flow.source.entry,
    // A step without a node (the workflow's outputs) points where the finding does.
    jsonPath: n.node?.path ?? (n.role === 'sink' ? subjectPath : null),
    line: null,
    connector: n.connector,
    operation: n.operation,
    secureInputs: n.secureInputs,
    secureOutputs: n.secureOutputs,
    destination: n.destination,
  }));
}

/** Runs one rule on one flow (and its base for change rules), collecting its findings. */
export function runRule(
  rule: Rule,
  flow: Flow,
  analysis: FlowAnalysis,
  base: { flow: Flow; analysis: FlowAnalysis; nodes: Map<string, FlowNode> } | null,
  options: RuleOptions,
): Finding[] {
  const out: Finding[] = [];
  try {
    rule.check({
      flow,
      analysis,
      base: base?.flow ?? null,
      baseAnalysis: base?.analysis ?? null,
      baseNodeOf: (node) => base?.nodes.get(node.name) ?? null,
      options,
      report: (d) => {
        const finding = buildFinding(rule, flow, d);
        // A finding about something removed also points into the base file, where the removed text still
        // is: the review comment goes on the deleted line.
        const baseNode = d.aboutRemoval && base && d.node ? base.nodes.get(d.node.name) : undefined;
        if (base && baseNode) {
          finding.baseLocation = {
            file: base.flow.source.file,
            entry: base.flow.source.entry,
            path: baseNode.path,
            line: null,
            endLine: null,
          };
        }
        out.push(finding);
      },
    });
  } catch (err) {
    // A rule that throws is a bug in flowguard: say which rule and which flow, never swallow it.
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`rule ${rule.meta.id} failed on flow "${flow.name}" (${flow.source.file}): ${reason}`, {
      cause: err,
    });
  }
  return out;
}

/** An FG001 finding for a file that could not be read or modelled. */
export function unreadableFinding(rule: Rule, u: UnreadableFile): Finding {
  const file = sourceWhere(u);
  // The reason is not fingerprinted: a file that stays broken in another way is still the same finding.
  const target = { id: null, name: file, key: `path:${file}`, source: u };
  const finding = buildFinding(rule, target, { messageId: 'unreadable', data: { file, reason: u.reason } });
  finding.location.line = finding.location.endLine = u.line ?? null;
  return finding;
}
