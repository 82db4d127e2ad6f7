import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  sarifMarkdown,
  sarifText
} from "./chunk-RO47R66I.js";
import {
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION
} from "./chunk-D42DQ53W.js";
import {
  severityRank
} from "./chunk-D5OJBM4B.js";

// src/report/json-reporter.ts
function toJsonReportV1(report) {
  const s = report.summary;
  return {
    schemaVersion: 1,
    tool: { name: TOOL_NAME, version: VERSION },
    summary: {
      flows: s.flows,
      changedFlows: s.changedFlows,
      findings: { new: s.findings.new, existing: s.findings.existing, resolved: s.findings.resolved },
      gate: s.gate,
      failOn: s.failOn,
      filesRead: s.filesRead,
      report: s.report,
      maxSeverity: s.maxSeverity,
      suppressed: s.suppressed ?? 0
    },
    findings: report.findings.map(toJsonFinding)
  };
}
function toJsonFinding(f) {
  return {
    ruleId: f.ruleId,
    rule: f.rule,
    severity: f.severity,
    status: f.status,
    message: f.message,
    file: f.location.file,
    entry: f.location.entry,
    line: f.location.line,
    endLine: f.location.endLine,
    flow: { id: f.flow.id, name: f.flow.name },
    action: f.action,
    fingerprint: f.fingerprint,
    suppressed: f.suppressed ? { by: f.suppressed.by, reason: f.suppressed.reason, expires: f.suppressed.expires } : null
  };
}
function renderJson(report) {
  return `${escapeJsonOutput(JSON.stringify(toJsonReportV1(report), null, 2))}
`;
}

// src/report/doc-links.ts
var PACKAGE_LINKS = Object.freeze({ repositoryUrl: REPOSITORY_URL, ref: `v${VERSION}` });
var current = PACKAGE_LINKS;
function useLinkSource(source) {
  current = source;
}
function ruleDocUrl(ruleId, source = current) {
  return `${source.repositoryUrl}/blob/${source.ref}/docs/rules/${ruleId}.md`;
}
function ruleIndexUrl(source = current) {
  return `${source.repositoryUrl}/tree/${source.ref}/docs/rules`;
}
function projectUrl(source = current) {
  return source.repositoryUrl;
}
var OWNER_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;
var SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/;
function linksFromActionEnv(env) {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? "";
  const ref = env.GITHUB_ACTION_REF ?? "";
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  if (!OWNER_REPO.test(repository) || !REF.test(ref) || ref.includes("..") || !SERVER.test(server))
    return PACKAGE_LINKS;
  return { repositoryUrl: `${server}/${repository}`, ref };
}

// src/report/finding-text.ts
var STATUS_ORDER = ["new", "existing", "resolved"];
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function countsPhrase(report) {
  const { findings, flows, changedFlows } = report.summary;
  const suppressed = report.summary.suppressed ? `, ${report.summary.suppressed} suppressed` : "";
  if (!report.compared) return `${plural(findings.new, "finding")} in ${plural(flows, "flow")}${suppressed}`;
  return `${findings.new} new, ${findings.existing} existing, ${findings.resolved} resolved finding${findings.new + findings.existing + findings.resolved === 1 ? "" : "s"} in ${plural(flows, "flow")} (${changedFlows === 0 ? "no flow changed" : `${changedFlows} changed`})${suppressed}`;
}
function suppressionPhrase(f) {
  const s = f.suppressed;
  if (!s) return null;
  return `suppressed (${s.by}${s.expires ? `, until ${s.expires}` : ""}): ${s.reason}`;
}
function gatePhrase(report) {
  const { gate, failOn, report: mode } = report.summary;
  return `gate ${gate} (fail-on ${failOn}${report.compared && mode === "all" ? ", report all" : ""})`;
}
function clip(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function lineRange(f) {
  const { line, endLine } = f.location;
  if (line === null) return null;
  return endLine !== null && endLine !== line ? `${line}-${endLine}` : `${line}`;
}
function fileLabel(f) {
  return f.location.entry === null ? f.location.file : `${f.location.file} \u203A ${f.location.entry}`;
}
function compareInFile(a, b) {
  const resolved = Number(a.status === "resolved") - Number(b.status === "resolved");
  if (resolved !== 0) return resolved;
  const severity = severityRank(b.severity) - severityRank(a.severity);
  if (severity !== 0) return severity;
  const status = STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status);
  if (status !== 0) return status;
  return (a.location.line ?? 0) - (b.location.line ?? 0);
}

// src/report/markdown-reporter.ts
var MARKDOWN_MAX_LENGTH = 65e3;
var SEVERITY_ICON = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
var CELL_LIMIT = { name: 100, file: 160, message: 500 };
var RULE_ID = /^FG\d{3}$/;
var TABLE_HEAD = ["| Severity | Rule | Flow | Action | Finding |", "| --- | --- | --- | --- | --- |"];
function renderMarkdown(report, options = {}) {
  const maxLength = options.maxLength ?? MARKDOWN_MAX_LENGTH;
  const head = [];
  if (options.marker !== void 0) head.push(`<!-- ${escapeHtmlComment(options.marker)} -->`);
  head.push("## \u{1F6E1}\uFE0F flowguard security review", "", `${countsPhrase(report)}.`, "");
  if (report.findings.length === 0) head.push("No findings.", "");
  head.push(...proposedSection(report.proposedSuppressions ?? []));
  const { gate, failOn, report: mode } = report.summary;
  const gateIcon = gate === "failed" ? "\u274C" : "\u2705";
  const modeNote = report.compared && mode === "all" ? ", report all" : "";
  const tail = [`${gateIcon} **Gate ${gate}** (fail-on ${failOn}${modeNote})`];
  const sections = buildSections(report);
  const omitted = fitRows(sections, maxLength, [...head, ...tail].join("\n").length + 1);
  const body = sections.flatMap((section) => renderSection(section, omitted.get(section) ?? 0));
  return `${[...head, ...body, ...tail].join("\n")}
`;
}
function buildSections(report) {
  const byStatus = (status) => report.findings.filter((f) => f.status === status && !f.suppressed).map(renderRow);
  const sections = [];
  const fresh = byStatus("new");
  if (fresh.length > 0) {
    const title = report.compared ? "New findings" : "Findings";
    sections.push({ status: "new", before: [`### ${title} (${fresh.length})`, ""], after: [], rows: fresh });
  }
  const existing = byStatus("existing");
  if (existing.length > 0) {
    const folded = report.summary.report === "new";
    const title = `Existing findings (${existing.length}): also present in the base`;
    sections.push({
      status: "existing",
      before: folded ? [`<details><summary>${title}</summary>`, ""] : [`### ${title}`, ""],
      after: folded ? ["</details>", ""] : [],
      rows: existing
    });
  }
  const suppressed = report.findings.filter((f) => f.suppressed && f.status !== "resolved");
  if (suppressed.length > 0) {
    sections.push({
      status: "existing",
      before: [
        `<details><summary>Suppressed findings (${suppressed.length}): accepted with a reason</summary>`,
        ""
      ],
      after: ["</details>", ""],
      rows: suppressed.map((f) => renderRow({ ...f, message: `${f.message} \u2014 ${suppressionPhrase(f)}` }))
    });
  }
  const resolved = byStatus("resolved");
  if (resolved.length > 0) {
    sections.push({
      status: "resolved",
      before: [`### \u2705 Resolved (${resolved.length})`, "", "Fixed by this change:", ""],
      after: [],
      rows: resolved
    });
  }
  return sections;
}
function moreLine(n) {
  return n > 0 ? [`\u2026 and ${n} more not shown here.`, ""] : [];
}
function renderSection(section, omitted) {
  const shown = section.rows.slice(0, section.rows.length - omitted);
  const table = shown.length > 0 || omitted === 0 ? [...TABLE_HEAD, ...shown, ""] : [];
  return [...section.before, ...table, ...moreLine(omitted), ...section.after];
}
function fitRows(sections, maxLength, fixed) {
  let budget = maxLength - fixed;
  for (const section of sections) {
    budget -= renderSection({ ...section, rows: [] }, 0).join("\n").length + 1;
    budget -= moreLine(section.rows.length).join("\n").length + 1;
  }
  const omitted = /* @__PURE__ */ new Map();
  let full = false;
  for (const section of sections) {
    let cut = 0;
    for (const row of section.rows) {
      if (!full && row.length + 1 <= budget) budget -= row.length + 1;
      else {
        full = true;
        cut += 1;
      }
    }
    omitted.set(section, cut);
  }
  return omitted;
}
function renderRow(f) {
  const rule = RULE_ID.test(f.ruleId) ? `[${f.ruleId}](${ruleDocUrl(f.ruleId)}) ${escapeMarkdown(f.rule)}` : escapeMarkdown(`${f.ruleId} ${f.rule}`);
  const lines = lineRange(f);
  const where = escapeMarkdown(clip(fileLabel(f), CELL_LIMIT.file)) + (lines === null ? "" : `:${lines}`);
  const flow = `${escapeMarkdown(clip(f.flow.name, CELL_LIMIT.name))}<br><sub>${where}</sub>`;
  const action = f.action === null ? "\u2014" : escapeMarkdown(clip(f.action, CELL_LIMIT.name));
  const message = escapeMarkdown(clip(f.message, CELL_LIMIT.message));
  return `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${rule} | ${flow} | ${action} | ${message} |`;
}
var PROPOSED_LIMIT = 50;
function proposedSection(proposed) {
  if (proposed.length === 0) return [];
  const lines = [
    `### \u26A0\uFE0F Suppressions proposed by this pull request (${proposed.length})`,
    "",
    "Not applied to this pull request: an inline `flowguard-ignore` counts once it is in the base branch. Review each reason before you approve.",
    "",
    "| Rule | Flow | Action | Reason |",
    "| --- | --- | --- | --- |"
  ];
  for (const p of proposed.slice(0, PROPOSED_LIMIT)) {
    const rule = RULE_ID.test(p.rule) ? `[${p.rule}](${ruleDocUrl(p.rule)})` : escapeMarkdown(p.rule);
    const flow = `${escapeMarkdown(clip(p.flow, CELL_LIMIT.name))}<br><sub>${escapeMarkdown(clip(p.file, CELL_LIMIT.file))}</sub>`;
    lines.push(
      `| ${rule} | ${flow} | ${escapeMarkdown(clip(p.action, CELL_LIMIT.name))} | ${escapeMarkdown(clip(p.reason, CELL_LIMIT.message))} |`
    );
  }
  lines.push("");
  if (proposed.length > PROPOSED_LIMIT) lines.push(...moreLine(proposed.length - PROPOSED_LIMIT));
  return lines;
}

// src/report/sarif-reporter.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "3.0",
  info: "1.0"
};
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
function toSarifLog(report, options = {}) {
  const findings = report.findings.filter((f) => f.status !== "resolved");
  const rules = ruleCatalogue(options.rules ?? [], findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: projectUrl(),
            rules: rules.map(toReportingDescriptor)
          }
        },
        results: findings.map((f) => toResult(f, ruleIndex.get(f.ruleId) ?? 0, report.compared))
      }
    ]
  };
}
function renderSarif(report, options = {}) {
  return `${escapeJsonOutput(JSON.stringify(toSarifLog(report, options), null, 2))}
`;
}
function ruleCatalogue(given, findings) {
  const rules = [...given];
  const known = new Set(rules.map((r) => r.id));
  for (const f of findings) {
    if (known.has(f.ruleId)) continue;
    known.add(f.ruleId);
    rules.push({ id: f.ruleId, name: f.rule, summary: f.rule, severity: f.severity });
  }
  return rules;
}
function toReportingDescriptor(rule) {
  const helpUri = rule.helpUri ?? ruleDocUrl(rule.id);
  return {
    id: rule.id,
    name: sarifText(rule.name),
    shortDescription: { text: sarifText(rule.name) },
    fullDescription: { text: sarifText(rule.summary) },
    helpUri,
    help: {
      text: `${sarifText(rule.summary)} Documentation, with a bad and a good example and the fix: ${helpUri}`,
      markdown: `**${sarifMarkdown(rule.name)}**: ${sarifMarkdown(rule.summary)} [Documentation](${helpUri})`
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: ["security"],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule.severity]
    }
  };
}
function toResult(f, ruleIndex, compared) {
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: resultMessage(f) },
    locations: [toLocation(f)],
    partialFingerprints: { "flowguard/v1": f.fingerprint }
  };
  if (compared) result.baselineState = f.status === "new" ? "new" : "unchanged";
  if (f.suppressed)
    result.suppressions = [
      {
        kind: f.suppressed.by === "inline" ? "inSource" : "external",
        // No `status`: the OASIS schema file names that property `state`, the spec text `status`; absent means accepted.
        justification: sarifText(f.suppressed.reason)
      }
    ];
  result.properties = {
    severity: f.severity,
    status: f.status,
    flow: { id: f.flow.id, name: sarifText(f.flow.name) },
    action: f.action === null ? null : sarifText(f.action)
  };
  return result;
}
function resultMessage(f) {
  const context = [`flow: ${f.flow.name}`];
  if (f.location.entry !== null) {
    const { line, endLine } = f.location;
    const lines = line === null ? "" : `, lines ${line}-${endLine ?? line}`;
    context.push(`zip entry: ${f.location.entry}${lines}`);
  }
  return sarifText(`${f.message} (${context.join("; ")})`);
}
function toLocation(f) {
  const physicalLocation = {
    artifactLocation: { uri: toUriReference(f.location.file) }
  };
  if (f.location.entry === null && f.location.line !== null) {
    physicalLocation.region = { startLine: f.location.line };
    if (f.location.endLine !== null) physicalLocation.region.endLine = f.location.endLine;
  }
  const location = { physicalLocation };
  const logical = toLogicalLocation(f);
  if (logical) location.logicalLocations = [logical];
  return location;
}
function toLogicalLocation(f) {
  const flow = sarifText(f.flow.name);
  if (f.action === null) return { name: flow, kind: "module" };
  const action = sarifText(f.action);
  return { name: action, fullyQualifiedName: `${flow}/${action}`, kind: "member" };
}
function toUriReference(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment.replace(new RegExp("\\p{Cs}", "gu"), "\uFFFD"))).join("/");
}

// src/report/text-reporter.ts
var SGR = {
  reset: "\x1B[0m",
  bold: "\x1B[1m",
  dim: "\x1B[2m",
  red: "\x1B[31m",
  green: "\x1B[32m",
  yellow: "\x1B[33m",
  blue: "\x1B[34m",
  magenta: "\x1B[35m",
  cyan: "\x1B[36m"
};
var SEVERITY_STYLE = {
  critical: SGR.bold + SGR.magenta,
  high: SGR.red,
  medium: SGR.yellow,
  low: SGR.cyan,
  info: SGR.blue
};
var STATUS_STYLE = { new: SGR.bold, existing: SGR.dim, resolved: SGR.green };
var LOCATION_WIDTH = 9;
var LABEL_WIDTH = 8;
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `${style}${text}${SGR.reset}` : text;
  const lines = [];
  for (const findings of groupByFile(report.findings)) {
    const label = fileLabel(findings[0]);
    lines.push(paint(SGR.bold, escapeTerminal(label)));
    for (const f of [...findings].sort(compareInFile)) {
      const location = (lineRange(f) ?? "-").padEnd(LOCATION_WIDTH);
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity.padEnd(LABEL_WIDTH));
      const status = paint(STATUS_STYLE[f.status], f.status.padEnd(LABEL_WIDTH));
      lines.push(`  ${location} ${severity}  ${status}  ${escapeTerminal(`${f.ruleId} ${f.rule}`)}`);
      const subject = f.action === null ? f.flow.name : `${f.flow.name} \u203A ${f.action}`;
      lines.push(`  ${" ".repeat(LOCATION_WIDTH)} ${escapeTerminal(subject)}: ${escapeTerminal(f.message)}`);
      const suppressed = suppressionPhrase(f);
      if (suppressed)
        lines.push(`  ${" ".repeat(LOCATION_WIDTH)} ${paint(SGR.dim, escapeTerminal(suppressed))}`);
    }
    lines.push("");
  }
  if (report.findings.length === 0) lines.push("No findings.", "");
  const gate = gatePhrase(report);
  const gateStyle = report.summary.gate === "failed" ? SGR.bold + SGR.red : SGR.green;
  lines.push(`${countsPhrase(report)} \u2014 ${paint(gateStyle, gate)}`);
  return `${lines.join("\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.location.file}\0${f.location.entry ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()];
}

// src/report/index.ts
var REPORT_FORMATS = ["text", "json", "sarif", "markdown"];
function renderReport(report, format, options = {}) {
  switch (format) {
    case "text":
      return renderText(report, options);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report, options);
    case "markdown":
      return renderMarkdown(report, options);
  }
}

export {
  toJsonReportV1,
  renderJson,
  useLinkSource,
  ruleDocUrl,
  ruleIndexUrl,
  linksFromActionEnv,
  clip,
  MARKDOWN_MAX_LENGTH,
  renderMarkdown,
  toSarifLog,
  renderSarif,
  renderText,
  REPORT_FORMATS,
  renderReport
};
