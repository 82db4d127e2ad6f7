import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  escapeAzureDevOpsData,
  escapeAzureDevOpsProperty,
  escapeHtmlComment,
  escapeJsonOutput,
  escapeMarkdown,
  escapeTerminal,
  sarifMarkdown,
  sarifText
} from "./chunk-Q4ZBXGX2.js";
import {
  REPOSITORY_URL,
  TOOL_NAME,
  VERSION
} from "./chunk-D42DQ53W.js";
import {
  isPresent
} from "./chunk-PXSJU5AW.js";
import {
  severityRank
} from "./chunk-VEL7OLBI.js";
import {
  compareCodeUnits
} from "./chunk-SVGO55I2.js";

// src/report/azure-devops-reporter.ts
var ISSUE_TYPE = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "warning",
  info: "warning"
};
function renderAzureDevOps(report) {
  const open = report.findings.filter((f) => f.status !== "resolved" && !f.suppressed);
  const lines = open.map(logIssue);
  if (report.summary.gate === "failed") lines.push("##vso[task.complete result=Failed;]");
  else if (open.length > 0) lines.push("##vso[task.complete result=SucceededWithIssues;]");
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}
function logIssue(f) {
  const props = [
    `type=${ISSUE_TYPE[f.severity]}`,
    `sourcepath=${escapeAzureDevOpsProperty(f.location.file)}`,
    ...f.location.line !== null ? [`linenumber=${f.location.line}`, "columnnumber=1"] : [],
    `code=${escapeAzureDevOpsProperty(f.ruleId)}`
  ];
  const subject = f.action === null ? f.flow.name : `${f.flow.name} \u203A ${f.action}`;
  const where = f.location.entry ? ` (in ${f.location.entry})` : "";
  const message = `${f.ruleId} ${f.rule} (${f.severity}, ${f.status}) ${subject}${where}: ${f.message}`;
  return `##vso[task.logissue ${props.join(";")};]${escapeAzureDevOpsData(message)}`;
}

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
    findings: report.findings.map(toJsonFinding),
    secretAccess: toJsonAccess(report)
  };
}
function toJsonAccess(report) {
  return (report.secretAccess ?? []).map((a) => ({
    flow: a.flow,
    file: a.file,
    entry: a.entry,
    entries: a.entries.map((e) => ({
      action: e.action,
      kind: e.kind,
      secureOutputs: e.secureOutputs,
      inLoop: e.inLoop,
      rules: e.rules
    }))
  }));
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
    suppressed: f.suppressed ? { by: f.suppressed.by, reason: f.suppressed.reason, expires: f.suppressed.expires } : null,
    ...f.path ? {
      path: f.path.map((p) => ({
        action: p.action,
        file: p.file,
        entry: p.entry,
        line: p.line,
        role: p.role,
        connector: p.connector,
        operation: p.operation,
        secureInputs: p.secureInputs,
        secureOutputs: p.secureOutputs,
        destination: p.destination
      }))
    } : {}
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

// src/report/secret-access-map.ts
var MAX_ROWS = 200;
var NAME_LIMIT = 100;
function secretAccessMap(report) {
  return (report.secretAccess ?? []).map((a) => ({
    flow: a.flow,
    file: a.entry ? `${a.file} \u203A ${a.entry}` : a.file,
    entries: a.entries.map((e) => ({
      action: e.action,
      kind: e.kind,
      secureOutputs: e.kind === "secret source" ? e.secureOutputs : null,
      rules: e.rules
    }))
  })).sort((a, b) => compareCodeUnits(a.flow, b.flow) || compareCodeUnits(a.file, b.file));
}
function renderSecretAccessMap(map) {
  const lines = ["### \u{1F510} Secret access map", ""];
  if (map.length === 0) {
    lines.push("No secret sources or vault enumerations in the flows of this run.", "");
    return lines.join("\n");
  }
  lines.push("| Flow | Action | Access | Secure outputs | Findings |", "| --- | --- | --- | --- | --- |");
  const rows = map.flatMap((f) => f.entries.map((e) => ({ f, e })));
  for (const { f, e } of rows.slice(0, MAX_ROWS)) {
    const flow = `${escapeMarkdown(clip(f.flow, NAME_LIMIT))}<br><sub>${escapeMarkdown(clip(f.file, 160))}</sub>`;
    const secure = e.secureOutputs === null ? "\u2014" : e.secureOutputs ? "\u2705 yes" : "\u274C no";
    const access = e.kind === "enumeration" ? "\u{1F4CB} lists the vault" : "\u{1F511} reads a secret";
    lines.push(
      `| ${flow} | ${escapeMarkdown(clip(e.action, NAME_LIMIT))} | ${access} | ${secure} | ${e.rules.join(", ")} |`
    );
  }
  lines.push("");
  if (rows.length > MAX_ROWS) lines.push(`\u2026 and ${rows.length - MAX_ROWS} more not shown here.`, "");
  return lines.join("\n");
}

// src/report/secret-path-text.ts
function pathChain(steps) {
  return steps.map((s) => s.action).join(" \u2192 ");
}
function pathStepDescription(step) {
  const what = [step.connector, step.operation].filter(Boolean).join(" ");
  const parts = [what, secureText(step)].filter(Boolean);
  const to = step.destination ? ` \u2192 ${step.destination}` : "";
  const detail = parts.length ? ` (${parts.join("; ")}${to})` : to ? ` (${to.slice(3)})` : "";
  return `${step.role}: ${step.action}${detail}`;
}
function secureText(step) {
  if (step.role === "sink" && step.jsonPath === null) return "";
  const on = [step.secureInputs ? "secure inputs" : "", step.secureOutputs ? "secure outputs" : ""].filter(
    Boolean
  );
  return on.length ? on.join(", ") : "not secured";
}

// src/report/mermaid-path.ts
var LABEL_NAME_LIMIT = 60;
function mermaidLabel(text) {
  let out = "";
  for (const ch of text) {
    out += /^[A-Za-z0-9 _.-]$/.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  }
  return out;
}
function clipName(name) {
  const chars = [...name];
  return chars.length > LABEL_NAME_LIMIT ? `${chars.slice(0, LABEL_NAME_LIMIT - 1).join("")}\u2026` : name;
}
var ROLE_TITLE = { source: "source", hop: "hop", sink: "sink" };
function mermaidPath(f) {
  const steps = f.path ?? [];
  if (steps.length === 0) return [];
  const lines = ["```mermaid", "flowchart LR"];
  steps.forEach((s, i) => {
    const what = [s.connector, s.operation].filter(Boolean).join(" ");
    const secure = secureText(s);
    const label = [`${ROLE_TITLE[s.role]}: ${clipName(s.action)}`, clipName(what), secure].filter(Boolean);
    lines.push(`  s${i}["${label.map(mermaidLabel).join(" \xB7 ")}"]`);
    if (i > 0) lines.push(`  s${i - 1} --> s${i}`);
  });
  const sink = steps[steps.length - 1];
  if (sink.destination) {
    lines.push(`  d(["${mermaidLabel(clipName(sink.destination))}"])`);
    lines.push(`  s${steps.length - 1} -.-> d`);
  }
  lines.push("  classDef secret fill:#fde2e1,stroke:#c0392b");
  lines.push(`  class s0,s${steps.length - 1} secret`);
  lines.push("```");
  return lines;
}

// src/report/secret-path-section.ts
var MAX_DIAGRAMS = 3;
var CHAIN_LIMIT = 300;
function secretPathSection(report, budget) {
  const withPath = report.findings.filter(
    (f) => f.path && f.path.length > 0 && f.status !== "resolved" && !f.suppressed
  );
  const out = [];
  let used = 0;
  for (const f of withPath.slice(0, MAX_DIAGRAMS)) {
    const block = [
      `**${escapeMarkdown(f.ruleId)}** ${escapeMarkdown(clip(pathChain(f.path), CHAIN_LIMIT))}`,
      "",
      ...mermaidPath(f),
      ""
    ];
    const size = block.join("\n").length + 1;
    if (used + size > budget) break;
    used += size;
    out.push(...block);
  }
  if (out.length === 0) return [];
  const more = withPath.length - out.filter((l) => l === "```mermaid").length;
  return [
    "### How the secret travels",
    "",
    ...out,
    ...more > 0 ? [`\u2026and ${more} more secret path${more === 1 ? "" : "s"} (in the JSON and SARIF reports).`, ""] : []
  ];
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
  const tail = [
    ...options.secretAccessMap ? accessMapSection(report, Math.floor(maxLength / 4)) : [],
    ...secretPathSection(report, Math.floor(maxLength / 4)),
    `${gateIcon} **Gate ${gate}** (fail-on ${failOn}${modeNote})`
  ];
  const sections = buildSections(report);
  const omitted = fitRows(sections, maxLength, [...head, ...tail].join("\n").length + 1);
  const body = sections.flatMap((section) => renderSection(section, omitted.get(section) ?? 0));
  return `${[...head, ...body, ...tail].join("\n")}
`;
}
function accessMapSection(report, budget) {
  const map = renderSecretAccessMap(secretAccessMap(report));
  if (map.length <= budget) return map.split("\n");
  return [
    "### \u{1F510} Secret access map",
    "",
    "Too large for this report; see `--format json` (`secretAccess`).",
    ""
  ];
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
  const suppressed = report.findings.filter((f) => f.suppressed && isPresent(f));
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

// src/report/rule-docs.json
var rule_docs_default = {
  FG001: {
    markdown: '# FG001 unreadable-flow\n\nSeverity: **high**\n\n**What to do:** Repair or re-export the file so that it parses, raise the named limit in `.flowguard.yml` if the\nfile is legitimately that large, or exclude it if it is not a flow.\n\n## What it detects\n\nA flow or solution file that flowguard cannot read, so it cannot vouch for it:\n\n- invalid JSON (syntax error, empty file, a document nested too deeply to parse), text that is not UTF-8;\n- a file over a read limit (`maxFileBytes`, or `maxFlowBytes` for a flow file), a broken zip, or one over a\n  zip limit (`maxZipEntries`, `maxZipEntryBytes`, `maxZipTotalBytes` \u2014 as declared, or while inflating an\n  entry whose headers lie about its size);\n- invalid XML in `Customizations.xml`, `Solution.xml` or a `.json.data.xml` file beside a flow;\n- a file in a flow\'s place that holds no definition (no `properties.definition` or `definition` object), or a\n  definition whose containers nest deeper than `maxNestingDepth` (default 256), or that holds an expression\n  longer than `maxExpressionLength` (default 131,072 characters; the platform accepts 8,192).\n\nThe finding names the file (and the zip entry) and the reason; for a JSON or XML syntax error it points at\nthe line.\n\n## Why it matters\n\nA review that skips what it cannot parse passes exactly the changes an attacker would make unparseable. A\nflow that Power Automate can import but flowguard cannot read \u2014 a zip entry just over a limit, a definition\nnested 300 levels deep, a solution with a broken `Customizations.xml` \u2014 would otherwise carry any change past\nthe gate unreviewed. flowguard never crashes on such a file and never passes it silently: it reports it, and\nat the default `--fail-on high` the gate fails.\n\n## How to fix\n\n- Fix the file: a merge that left conflict markers, a hand edit that broke the JSON, a truncated export.\n  Re-export the solution (`pac solution export` then `pac solution unpack`) when in doubt.\n- If the file is legitimately larger or deeper than the defaults, raise the named limit in\n  `.flowguard.yml` (`limits: { maxFlowBytes: \u2026, maxNestingDepth: \u2026 }`; the README lists every limit).\n- If the file is not a flow at all, leave it out with `exclude` in `.flowguard.yml` or `--exclude`.\n\n## Example\n\n### Bad\n\nA conflict left in `Workflows/SyncPartnerOrders-8F0C2D4E-\u2026.json`:\n\n```text\n{\n  "properties": {\n<<<<<<< HEAD\n    "definition": { "triggers": {}, "actions": {} }\n=======\n    "definition": { "triggers": {}, "actions": { "Get_secret": {} } }\n>>>>>>> feature/partner-keys\n  }\n}\n```\n\n### Good\n\n```json\n{\n  "properties": {\n    "definition": { "triggers": {}, "actions": { "Get_secret": {} } }\n  }\n}\n```\n\n## Known false positives\n\n- A JSON file under `Workflows/` that is not a flow (a sample payload, a schema): exclude it.\n- A file over a read limit that is genuine: raise the limit; the limits exist so a hostile zip cannot exhaust\n  the runner.\n- flowguard reads JSON strictly. Comments or trailing commas that a text editor accepts are reported, although\n  Power Automate never writes them.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG001: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG001\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Repair or re-export the file so that it parses, raise the named limit in `.flowguard.yml` if the file is legitimately that large, or exclude it if it is not a flow."
  },
  FG101: {
    markdown: '# FG101 secure-outputs-removed\n\nSeverity: **critical** when the trigger or action is a secret source (Key Vault *Get secret*, *Decrypt data*,\nDataverse *RetrieveEnvironmentVariableSecretValue*, a configured source), otherwise **medium**.\n\n**What to do:** Turn *Secure outputs* back on for this action (action \u2192 *Settings*).\n\n## What it detects\n\nA trigger or action that had `outputs` in `runtimeConfiguration.secureData.properties` in the base revision\nand no longer has it in the head revision. Triggers and actions are matched by name; an action renamed in the\nsame change is matched by its unchanged definition.\n\n## Why it matters\n\nA flow that reads Azure Key Vault runs with its owner\'s connection. Secure outputs are the only thing that\nkeeps the secret out of the run history, and the run history is readable by every owner and co-owner of the\nflow and by environment admins. Anyone who may *edit* the flow can switch the setting off, run the flow once\nand read the secret in clear text \u2014 and the change is one deleted block in a long JSON diff.\n\n## How to fix\n\nPut the setting back (action \u2192 *Settings* \u2192 *Secure outputs* on), or in the definition:\n\n```json\n"runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n```\n\nIf the secret was exposed by a run of the changed flow, rotate it.\n\n## Example\n\n### Bad\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  }\n}\n```\n\n### Good\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- An action whose outputs are not sensitive (a *Compose* of constants) loses secure outputs on purpose: reported\n  as medium; accept it with an inline `flowguard-ignore FG101: <reason>` in the action\'s note, or an `ignore:`\n  entry with a reason (see *Accepting a finding* below).\n- An action renamed *and* edited in the same change is one removal and one addition: FG101 does not fire, but\n  FG103 reports the unsecured secret source as new.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG101: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG101\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Turn "Secure outputs" back on for this action (action \u2192 "Settings").'
  },
  FG102: {
    markdown: '# FG102 secure-inputs-removed\n\nSeverity: **high** when the head inputs carry data derived from a secret, otherwise **medium**.\n\n**What to do:** Turn *Secure inputs* back on for this action, or stop passing secret-derived data through it.\n\n## What it detects\n\nA trigger or action that had `inputs` in `runtimeConfiguration.secureData.properties` in the base revision and\nno longer has it. Removing both inputs and outputs reports FG102 and FG101.\n\n## Why it matters\n\nSecure inputs hide what an action was given. When that is a secret, or data computed from one (a variable, a\n*Compose*, a parsed body), switching it off puts the secret into the run history, which every co-owner and\nenvironment admin can open.\n\n## How to fix\n\nSwitch *Secure inputs* back on for the action, or avoid passing secret-derived data through an action that\ndoes not need it.\n\n## Example\n\n### Bad\n\n```json\n"Call_partner": {\n  "type": "Http",\n  "inputs": { "method": "POST", "uri": "https://api.partner.example.com/token", "body": "@variables(\'apiKey\')" }\n}\n```\n\n### Good\n\n```json\n"Call_partner": {\n  "type": "Http",\n  "inputs": { "method": "POST", "uri": "https://api.partner.example.com/token", "body": "@variables(\'apiKey\')" },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs"] } }\n}\n```\n\n## Known false positives\n\n- Inputs that are not sensitive lose their protection on purpose (medium); accept it with a reason (see\n  *Accepting a finding* below).\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG102: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG102\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Turn "Secure inputs" back on for this action, or stop passing secret-derived data through it.'
  },
  FG103: {
    markdown: '# FG103 unsecured-secret-source\n\nSeverity: **high**\n\n**What to do:** Turn on *Secure outputs* for this secret source, and *Secure inputs* on every action that receives\nits value through a variable or data operation.\n\n## What it detects\n\nAn action that reads secret material and does not have `outputs` in\n`runtimeConfiguration.secureData.properties` ("Secure outputs" off in the action\'s settings). Secret sources\nare, in all three connector shapes (`OpenApiConnection`, legacy `ApiConnection`, Logic Apps Standard\n`ServiceProvider`):\n\n- Azure Key Vault *Get secret*, *Get secret version*, *Decrypt data*, *Decrypt data with version*;\n- Microsoft Dataverse *Perform an unbound action* with `RetrieveEnvironmentVariableSecretValue` (a secret\n  environment variable);\n- the custom sources configured under `secretSources` in `.flowguard.yml`.\n\nActions inside Scope, Apply to each, Do until, Condition and Switch branches are found too. When a pull\nrequest *removes* secure outputs from an action that had them, FG101 reports it instead (critical).\n\n## Why it matters\n\nWithout secure outputs the run history shows the secret\'s value in clear text on the action\'s outputs, for\nevery run. The run history is open to every owner and co-owner of the flow, to anyone who can edit it, and to\nenvironment admins \u2014 far more people than may read the vault. The flow reads the vault through its owner\'s\nconnection, so the people who can see the run history do not need any Key Vault permission of their own.\n\n## How to fix\n\nTurn on *Secure outputs* (action \u2192 *Settings*), and *Secure inputs* on the actions that receive the value\nthrough a variable or a Compose. In the definition:\n\n```json\n"runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n```\n\nIf the flow has already run without it, rotate the secret: old run histories keep the value for up to 28 days\n(Power Automate) or the retention period of the Logic App.\n\n## Example\n\n### Bad\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runAfter": {}\n}\n```\n\n### Good\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runAfter": {},\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- A "secret" that is not secret (a vault entry holding a public URL or a tenant id): flowguard cannot tell;\n  accept the finding with a reason (see *Accepting a finding* below), or keep such values in ordinary\n  environment variables instead.\n- A flow that is never run (a template kept for reference) still reports, because the definition is what gets\n  imported and run elsewhere.\n- Not detected (false negatives): secrets read by a plain HTTP call to the Key Vault REST API\n  (`https://<vault>.vault.azure.net/secrets/\u2026`), or by connectors not configured as secret sources.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG103: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG103\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Turn on "Secure outputs" for this secret source, and "Secure inputs" on every action that receives its value through a variable or data operation.'
  },
  FG110: {
    markdown: '# FG110 secret-enumeration\n\nSeverity: **high**\n\n**What to do:** Remove the vault listing and read only the secrets the flow needs, each by its literal name.\n\n## What it detects\n\nAn action that lists what an Azure Key Vault holds: *List secrets*, *List secret versions*, *List keys*,\n*List key versions* \u2014 `OpenApiConnection` operations `ListSecrets`, `ListSecretVersions`, `ListKeys`,\n`ListKeyVersions`; legacy `ApiConnection` `GET /secrets`, `/secrets/{name}/versions`, `/keys`,\n`/keys/{name}/versions`; Logic Apps Standard `listSecrets`. It is reported whether or not its outputs are\nsecured, wherever it sits (Scope, Apply to each, Do until, Condition, Switch).\n\n## Why it matters\n\nA business flow needs the secrets it was built for, by name. Listing the vault serves only to discover what\nelse is there, and it is the first half of reading everything: an *Apply to each* over the list with a *Get\nsecret* inside (FG111) dumps the vault into the run history or to an outside URL. The flow does this with its\nowner\'s Key Vault connection, so anyone who can edit the flow \u2014 a co-owner, a maker in a shared environment \u2014\ngets the owner\'s reach into the vault without being granted any access to it.\n\n## How to fix\n\nRemove the listing and read the secrets the flow needs by literal name. If an automation really has to\ninventory a vault (expiry reports, rotation), run it as an Azure Function or Automation runbook with its own\nmanaged identity and a vault access policy limited to *List*, not as a flow on a person\'s connection.\n\n## Example\n\n### Bad\n\n```json\n"List_secrets": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "ListSecrets" }\n  },\n  "runAfter": {}\n}\n```\n\n### Good\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runAfter": {},\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- A vault-hygiene flow that lists secrets only to report their expiry dates, built and owned by the team that\n  owns the vault. It is still reported: the finding asks the reviewer to confirm who can edit the flow and whose\n  connection it uses.\n- Not detected (false negatives): listing through the Key Vault REST API with a plain HTTP action.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG110: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG110\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Remove the vault listing and read only the secrets the flow needs, each by its literal name."
  },
  FG111: {
    markdown: '# FG111 bulk-secret-read\n\nSeverity: **critical**\n\n**What to do:** Read each secret the flow needs with its own action and a literal secret name, outside loops.\n\n## What it detects\n\nA secret source \u2014 Azure Key Vault *Get secret*, *Get secret version*, *Decrypt data*, Dataverse\n*RetrieveEnvironmentVariableSecretValue*, or a configured source, in any of the three connector shapes\n(`OpenApiConnection`, `ApiConnection`, Logic Apps Standard `ServiceProvider`) \u2014 that\n\n- runs inside an *Apply to each* (`Foreach`) or *Do until* (`Until`) loop, at any depth (also inside a Scope,\n  Condition or Switch that is itself inside the loop), or\n- takes its secret name from the output of an enumeration source (Key Vault *List secrets*, *List secret\n  versions*, *List keys*, *List key versions*), directly or through variables, Compose, Select, Filter array and\n  other data operations.\n\n## Why it matters\n\nA flow reads Key Vault with its owner\'s connection (or an embedded connection reference), so everything the\nconnection may read, the flow may read. A loop around *Get secret* turns one run into a dump of as many secrets as\nthe loop has items; a name taken from *List secrets* turns it into a dump of the whole vault. Anyone who can edit\nor co-own the flow \u2014 or, for a name from the loop\'s input, anyone who can trigger it \u2014 can then read those secrets\nthrough the run history or send them anywhere. A flow that needs three secrets reads three fixed names.\n\n## How to fix\n\nRead each secret the flow needs with its own *Get secret* action and a literal secret name, outside loops. If the\nflow really must read many secrets (a rotation job), give it a dedicated vault or a Key Vault access policy / RBAC\nrole that covers only those secrets, and keep secure inputs and outputs on every action that touches them.\n\n## Example\n\n### Bad\n\n```json\n"List_secrets": {\n  "type": "OpenApiConnection",\n  "inputs": { "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "ListSecrets" } }\n},\n"For_each_secret": {\n  "type": "Foreach",\n  "foreach": "@body(\'List_secrets\')?[\'value\']",\n  "actions": {\n    "Get_secret": {\n      "type": "OpenApiConnection",\n      "inputs": {\n        "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n        "parameters": { "secretName": "@items(\'For_each_secret\')?[\'name\']" }\n      },\n      "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n    }\n  }\n}\n```\n\n### Good\n\n```json\n"Get_partner_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- A literal secret read placed inside a loop only because it sits next to the code that uses it (the same secret\n  on every iteration) is reported: it is not a bulk read, but it is still one Key Vault call per item \u2014 move it\n  before the loop.\n- A rotation or inventory flow whose job is to read many secrets is reported by design; keep it in its own\n  solution with a narrowly scoped connection and accept the finding with a reason (see *Accepting a finding*\n  below), or limit the connector to that solution with a `connectorPolicies` entry (FG141).\n- The enumeration check follows data through variables and data operations regardless of action order\n  (flowguard does not model `runAfter` ordering), so a variable that once held listing output and is re-set to a\n  constant before the read is still treated as derived.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG111: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG111\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Read each secret the flow needs with its own action and a literal secret name, outside loops."
  },
  FG112: {
    markdown: '# FG112 dynamic-secret-name\n\nSeverity: **medium**; **high** when the secret name derives from trigger data (the caller picks the secret).\n\n**What to do:** Use a literal secret name, or one *Get secret* action per allowed name behind a *Switch*.\n\n## What it detects\n\nA secret source (Key Vault *Get secret*, *Get secret version*, *Decrypt data*, Dataverse\n*RetrieveEnvironmentVariableSecretValue*, a configured source; all three connector shapes) whose secret name is\nan expression rather than a literal. A name is literal when it is a plain string, `@\'name\'`,\n`@encodeURIComponent(\'name\')` (what the designer writes into `ApiConnection` paths) or an `@{\u2026}` interpolation of\nliterals only. Where FG111 (bulk-secret-read) applies to the same action, FG111 reports instead.\n\nThe severity is high when the name derives \u2014 through variables, Compose and other data operations \u2014 from the\ntrigger\'s data (`triggerBody()`, `triggerOutputs()`, `trigger()`), e.g. a field of an HTTP request, a Power\nApps argument or a Dataverse row.\n\n## Why it matters\n\nThe flow reads Key Vault with its owner\'s connection. A fixed name means the flow can reveal one known secret;\nan expression means the flow reads whatever the expression says at run time. When the name comes from the\ntrigger, whoever can start the flow (any caller of an HTTP trigger URL, any user of the app or of the table\nthat triggers it) chooses which of the owner\'s secrets the flow fetches \u2014 and often also where it goes next.\nReviewers cannot see from the definition which secrets the flow touches.\n\n## How to fix\n\nUse a literal secret name. If the flow serves several tenants or environments, use an environment variable or a\n`Switch` with one *Get secret* per allowed name, so the set of readable secrets is fixed in the definition.\n\n## Example\n\n### Bad\n\n```json\n"Get_secret": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "@triggerBody()?[\'secretName\']" }\n  },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n### Good\n\n```json\n"Get_secret": {\n  "type": "OpenApiConnection",\n  "inputs": {\n    "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n    "parameters": { "secretName": "partner-orders-api-key" }\n  },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- A name built from a definition parameter or environment variable (`@parameters(\'KeyName\')`) is fixed per\n  environment but is still an expression: reported as medium. Dismiss it when the parameter is managed by the\n  solution\'s deployment settings.\n- Trigger data that the flow validates before use (a `Switch` over allowed names, then the name from the\n  trigger) is still reported as high: flowguard does not evaluate conditions.\n- Any trigger counts as "trigger data", including a Recurrence trigger whose outputs nobody controls.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG112: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG112\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Use a literal secret name, or one "Get secret" action per allowed name behind a "Switch".'
  },
  FG120: {
    markdown: '# FG120 secret-in-run-history\n\nSeverity: **high**\n\n**What to do:** Turn on *Secure inputs* on every action that receives the secret after the first hop (and on the\nvariable or data operation that carries it), or reference the secret source directly where it is used.\n\n## What it detects\n\nSecret-derived data that has travelled at least one hop \u2014 through a variable (*Initialize/Set/Append to\nvariable*) or the outputs of a data operation (Compose, Parse JSON, Select, Filter array, Join, Create table,\nResponse, \u2026) \u2014 reaching the inputs of an action whose inputs run history shows:\n\n- the action does not have *Secure inputs* on, and\n- it does not directly reference the outputs of an action or trigger that has *Secure outputs* on (such actions\n  get their inputs hidden automatically), and\n- the value is not in a credential slot (the HTTP `authentication` object or a credential header such as\n  `Authorization`, `api-key`, `Ocp-Apim-Subscription-Key`, `x-functions-key`).\n\nSecret-derived data in an action\'s `trackedProperties` is reported at any hop count, direct references included,\nand whatever the action\'s *Secure inputs*/*Secure outputs* say: tracked properties are not inputs \u2014 the engine\nevaluates them and writes them to run data and diagnostics (Azure Monitor / Log Analytics) as plain text, and the\nautomatic hiding of inputs that read secured outputs does not cover them. One finding per action\n(discriminator `trackedProperties`), beside any finding about its inputs.\n\nA direct reference to a secret source (`body(\'Get_secret\')`) in inputs is not reported here: its visibility depends on the\nsource\'s own *Secure outputs* (FG101, FG103). If the same action also sends the data out of the flow, FG121\nreports it instead.\n\n## Why it matters\n\nRun history shows every action\'s inputs and outputs to everyone who can open the flow\'s runs: its owners and\nco-owners, anyone it is shared with for editing, and environment admins. Power Automate hides the inputs of an\naction that reads a secured output directly \u2014 but not once the value has been copied into a variable or a\nCompose: the next action shows the secret in clear text. This is the most common way a Key Vault secret leaks\nfrom a flow that "has secure outputs on".\n\n## How to fix\n\nTurn on *Secure inputs* (action \u2192 *Settings*) on every action that receives the secret after the first hop \u2014 and\n*Secure inputs* and *Secure outputs* on the variable or data operation that carries it \u2014 or, better, reference\nthe secret source directly where it is used, without an intermediate variable:\n\n```json\n"runtimeConfiguration": { "secureData": { "properties": ["inputs"] } }\n```\n\n## Example\n\n### Bad\n\n```json\n"Initialize_token": {\n  "type": "InitializeVariable",\n  "inputs": { "variables": [{ "name": "token", "type": "string", "value": "@body(\'Get_secret\')?[\'value\']" }] }\n},\n"Build_filter": {\n  "type": "Compose",\n  "inputs": "key eq \'@{variables(\'token\')}\'"\n}\n```\n\n### Good\n\n```json\n"Initialize_token": {\n  "type": "InitializeVariable",\n  "inputs": { "variables": [{ "name": "token", "type": "string", "value": "@body(\'Get_secret\')?[\'value\']" }] },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n},\n"Build_filter": {\n  "type": "Compose",\n  "inputs": "key eq \'@{variables(\'token\')}\'",\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs", "outputs"] } }\n}\n```\n\n## Known false positives\n\n- Data flow ignores action order and conditions: a variable that held a secret in one branch and a harmless value\n  in another is treated as secret everywhere it is read.\n- A value derived from the secret that reveals nothing (its length, a boolean "is set", a hash) is still\n  reported; accept it with a reason (see *Accepting a finding* below).\n- A *Condition* or *Do until* expression over a secret is not reported (run history shows only the result);\n  a *Switch* expression is.\n- Reads through a loop item (`items(\'Loop\')` over secret data) count as direct reads, not hops.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG120: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG120\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Turn on "Secure inputs" on every action that receives the secret after the first hop (and on the variable or data operation that carries it), or reference the secret source directly where it is used.'
  },
  FG121: {
    markdown: '# FG121 secret-exfiltration\n\nSeverity: **critical**. Supersedes FG120 on the same action.\n\n**What to do:** Send the secret only as a credential (the `authentication` object or an `Authorization` header) to\nthe service it belongs to, or list a trusted receiver in `allowedHosts`.\n\n## What it detects\n\nSecret-derived data (read directly from a secret source or carried through variables, data operations and loop\nitems) sent out of the flow as data:\n\n- an HTTP action\'s (or HTTP webhook\'s, or *HTTP with Microsoft Entra ID*\'s) URI, query, body or headers other\n  than credential headers (`Authorization`, `api-key`, `Ocp-Apim-Subscription-Key`, `x-functions-key` and kin)\n  and the `authentication` object;\n- an Azure Functions (`Function`) or API Management (`ApiManagement`) action\'s `body`, `queries`, non-credential\n  `headers` and API Management `pathTemplate` parameters: they hand the data to code outside the flow\n  (`x-functions-key`, `Ocp-Apim-Subscription-Key`, `authentication` and `subscriptionKey` are credential slots);\n- write operations of mail connectors (Office 365 Outlook *Send an email*, reply, forward, events; Outlook.com,\n  Gmail, Mail, SMTP, SendGrid; Approvals), chat connectors (Teams *Post message* / *Post card* / *Post \u2026 and wait* (`Subscribe\u2026`), Slack, Yammer,\n  Twilio, Notifications), file connectors (SharePoint files, OneDrive, Dropbox, Box, Google Drive, Azure Blob and\n  File, FTP/SFTP, File System) and row/item connectors (Dataverse create/update, SharePoint items, Excel, SQL,\n  Azure Tables, Cosmos DB, Salesforce, Planner, Azure DevOps, GitHub, Jira, ServiceNow \u2026), queues (Service Bus,\n  Event Hubs, Azure Queues);\n- raw requests: *HTTP with Microsoft Entra ID* (`shared_webcontents` and `shared_webcontentsv2` `InvokeHttp`:\n  `request/url`, `request/headers`, `request/body`; the legacy ApiConnection form\'s request object in `body`) and the\n  *Send an HTTP request* operations (`HttpRequest`) of SharePoint, Office 365 Outlook, Office 365 Users, Office 365\n  Groups, Teams and Azure DevOps \u2014 URL, body and non-credential headers (`CustomHeader1`\u2026 written `Name: value`)\n  are sinks, credential headers are credential slots wherever they sit (`request/headers`, `parameters/headers`,\n  a flattened `request/headers/Authorization`, `CustomHeaderN: Authorization: \u2026`). A raw request whose URL posts\n  mail or a chat message through Microsoft Graph (`/sendMail`, `/reply`, `/forward`, `/messages/{id}/send`,\n  `/chats/\u2026/messages`, `/channels/\u2026/messages`) is a mail or chat sink;\n- Dataverse *Perform an unbound/bound action* parameters other than the action name (a custom API or plug-in\n  may send them anywhere);\n- a *Response* (also *Respond to a Power App or flow*), a *Terminate* error message, a child-flow call\n  (*Run a child flow*), the workflow\'s `outputs`.\n\nOne finding per action and sink (`body`, `uri`, `headers.X-Key`, `parameters.emailMessage/Body`, \u2026).\n\nNot reported: token requests to an identity provider \u2014 an HTTP action whose URI has a literal host\n`login.microsoftonline.com` (and the sovereign clouds\' login hosts), `login.windows.net`, `login.microsoft.com`,\n`sts.windows.net`, `*.b2clogin.com`, `*.ciamlogin.com`, `accounts.google.com`, `oauth2.googleapis.com` and a\n`token` path segment (`/{tenant}/oauth2/v2.0/token`, `/o/oauth2/token`) \u2014 and requests to hosts listed in\n`allowedHosts` (`api.contoso.com` exactly, `*.contoso.com` for subdomains). A generic `/oauth2/token` path on any\nother host is reported: the host, not the path, decides who receives the secret. A host built with an expression\nis never trusted.\n\n## Why it matters\n\nA secret that leaves the flow is no longer protected by Key Vault, by the flow\'s secure inputs/outputs or by who\nmay edit the flow: the mailbox, chat, list, table or web endpoint that receives it keeps it, and everyone who can\nread there can use it. Because the flow runs with its owner\'s connection, anyone who can edit the flow can add\nsuch a step and take the secret without ever having Key Vault access themselves.\n\n## How to fix\n\nSend a secret only as a credential \u2014 in the HTTP action\'s `authentication` object or an `Authorization` (or other\ncredential) header \u2014 to the service it belongs to. Never mail, post, store, return or forward it. If a trusted\nservice must receive secret material as data (a vault proxy, a rotation endpoint), add its host to `allowedHosts`\nin `.flowguard.yml`.\n\n## Example\n\n### Bad\n\n```json\n"Send_to_partner": {\n  "type": "Http",\n  "inputs": {\n    "method": "POST",\n    "uri": "https://partner.example.net/orders",\n    "body": { "apiKey": "@body(\'Get_secret\')?[\'value\']", "order": "@triggerBody()" }\n  }\n}\n```\n\n### Good\n\n```json\n"Send_to_partner": {\n  "type": "Http",\n  "inputs": {\n    "method": "POST",\n    "uri": "https://partner.example.net/orders",\n    "headers": { "Authorization": "Bearer @{body(\'Get_secret\')?[\'value\']}" },\n    "body": { "order": "@triggerBody()" }\n  },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs"] } }\n}\n```\n\n## Known false positives\n\n- Token endpoints of other identity providers (Okta, Auth0, your own) are reported until their host is added to\n  `allowedHosts`.\n- An API that takes its key in a custom header not in the credential-header list (e.g. `X-Partner-Key`) or in a\n  query parameter is reported; prefer a standard credential header, or allow the host.\n- Data flow ignores action order (`runAfter`, parallel branches) and conditions \u2014 a value assigned only after\n  the sink runs still counts (a possible false positive, never a missed finding) \u2014 and a value derived from the secret without revealing it (a\n  length, a hash) still counts as secret.\n- Custom connectors and connectors not in the lists above are not sinks (a secret given to them as a parameter is\n  treated as a credential use).\n- A child flow\'s outputs are not secret material: what the child returns is in the child\'s definition, which\n  is not matched to the call (SPEC \xA72 Known limitations); sending a secret *to* a child flow is reported.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG121: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG121\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Send the secret only as a credential (the `authentication` object or an `Authorization` header) to the service it belongs to, or list a trusted receiver in `allowedHosts`."
  },
  FG130: {
    markdown: '# FG130 anonymous-http-trigger\n\nSeverity: **high**\n\n**What to do:** Restrict who can trigger the flow (*Any user in my tenant* or *Specific users*) and have callers\nsend a Microsoft Entra ID token.\n\n## What it detects\n\nA `Request` trigger that anyone who has its URL can call: kind `Http` (*When an HTTP request is received*),\n`TeamsWebhook` (*When a Teams webhook request is received*), or no kind (Logic Apps). Kinds and types are\ncompared case-insensitively; manual triggers of other kinds (`Button`, `PowerApp`, `PowerAppV2`, `Skills`,\n`VirtualAgent`) have no public URL and are not reported.\n\nWhich setting protects the trigger depends on the platform that runs the definition:\n\n| platform | how flowguard tells | reported when |\n|---|---|---|\n| Power Automate | solutions (unpacked, packed, Dataverse YAML), legacy packages, `properties.definition` files, and any trigger that carries `triggerAuthenticationType` | `inputs.triggerAuthenticationType` is `All` (*Anyone*) or absent |\n| Logic Apps | Logic Apps Standard projects, ARM templates, a container with `accessControl`, and a bare `{ "definition": \u2026 }` file whose trigger has no `triggerAuthenticationType` | `accessControl.triggers` has neither `allowedCallerIpAddresses` (an empty list means *Only other Logic Apps*) nor `openAuthenticationPolicies.policies` |\n\nPower Automate values: `All` = *Anyone*, `Tenant` = *Any user in my tenant*, `User` with `triggerAllowedUsers`\n= *Specific users in my tenant*. A missing value is *Anyone*: flows saved before "Who can trigger the flow"\nexisted have none and keep the open behaviour. An unrecognised value is not reported. For Logic Apps, an IP\nlist that admits every address (`0.0.0.0-255.255.255.255`, `0.0.0.0/0`) restricts nothing; an ARM\nexpression in place of `accessControl` cannot be judged and is not reported.\n\n## Why it matters\n\nThe trigger URL carries a shared access signature (`sig=`), and with *Anyone* that signature is the only key.\nURLs travel: they are pasted into chats and tickets, stored in browser history, written to proxy and\napplication logs, and kept in the configuration of every system that calls the flow. Whoever holds the URL\ncan start the flow with any payload, and the flow then acts with its owner\'s connections \u2014 reading the\nowner\'s mail, writing Dataverse rows, reading Key Vault secrets. Nothing in the run tells who called.\n\n## How to fix\n\nPower Automate: in the trigger set *Who can trigger the flow* to *Any user in my tenant* or *Specific users in\nmy tenant*, and have callers send a Microsoft Entra ID token. In the definition:\n\n```json\n"inputs": { "triggerAuthenticationType": "Tenant", "schema": {} }\n```\n\nLogic Apps Consumption: restrict callers in *Workflow settings* \u2192 *Access control configuration* (specific IP\nranges, *Only other Logic Apps*) or add a Microsoft Entra ID authorization policy. Logic Apps Standard: put\nthe app behind private endpoints or access restrictions, or front the workflow with API Management.\n\n## Example\n\n### Bad\n\n```json\n"triggers": {\n  "manual": {\n    "type": "Request",\n    "kind": "Http",\n    "inputs": { "triggerAuthenticationType": "All", "schema": {} }\n  }\n}\n```\n\n### Good\n\n```json\n"triggers": {\n  "manual": {\n    "type": "Request",\n    "kind": "Http",\n    "inputs": { "triggerAuthenticationType": "Tenant", "schema": {} }\n  }\n}\n```\n\n## Known false positives\n\n- A trigger meant to be public (a web form, a third-party webhook that cannot send an Entra ID token), which\n  checks a shared secret or signature itself in its first actions. flowguard does not read that check; after\n  reviewing it, accept the finding with `flowguard-ignore FG130: <reason>` in the trigger\'s note (see\n  *Accepting a finding* below).\n- Logic Apps Standard: access restrictions, private endpoints and App Service authentication live in the app\'s\n  settings, not in `workflow.json`, so every Standard HTTP trigger is reported.\n- Not detected (false negatives): a Logic Apps Consumption workflow with a Microsoft Entra ID authorization\n  policy counts as restricted, although calls that carry the SAS signature instead of a token may still be\n  accepted.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG130: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG130\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: 'Restrict who can trigger the flow ("Any user in my tenant" or "Specific users") and have callers send a Microsoft Entra ID token.'
  },
  FG140: {
    markdown: '# FG140 privileged-connection-change\n\nSeverity: **high** for a connection reference switched from `invoker` to `embedded`, and for a secret or\nenumeration source that moves to another connection reference; otherwise **medium**.\n\n**What to do:** Keep privileged connectors on the run-only user\'s own connection (`runtimeSource: invoker`) and\ncheck who owns any new or changed connection reference.\n\n## What it detects\n\nFor privileged connectors \u2014 Azure Key Vault, Azure Resource Manager, HTTP with Microsoft Entra ID, the Power\nPlatform / Power Apps / Power Automate / Entra ID admin connectors, and those listed under\n`privilegedConnectors` in `.flowguard.yml`:\n\n- a connection reference whose `runtimeSource` changes from `invoker` to `embedded`;\n- an action that moves to another connection reference;\n- a flow that gains a connection reference to such a connector.\n\nConnection references are compared by what they name, not by their key: the `connectionReferenceLogicalName`\n(solutions), the connection name or id (legacy packages), the `$connections` value\'s `connectionId` (ARM, Logic\nApps Consumption), else the key (Logic Apps Standard, where the key is the connection\'s name). Renaming the key\n(`shared_keyvault` \u2192 `shared_keyvault_1`) while it names the same reference is no move; keeping the key while it\nnames another reference (`fg_kv_prod` \u2192 `fg_kv_other`, another `connectionId`) is one, and the message shows\n`"key" \u2192 "what it names"`.\n\n## Why it matters\n\nWith `invoker`, a flow shared with others runs with *their* connection and so with their rights; with\n`embedded`, every run uses the connection the owner embedded, whoever triggers it. Moving a Key Vault action\nto another reference changes whose vault access it uses. These are one-line edits in the JSON that change who\ncan read what.\n\n## How to fix\n\nKeep run-only users on their own connections (`runtimeSource: invoker`) for privileged connectors, and check\nwho owns the connection behind any new or changed reference before merging.\n\n## Example\n\n### Bad\n\n```json\n"connectionReferences": {\n  "shared_keyvault": { "runtimeSource": "embedded", "connection": { "connectionReferenceLogicalName": "cts_kv" }, "api": { "name": "shared_keyvault" } }\n}\n```\n\n### Good\n\n```json\n"connectionReferences": {\n  "shared_keyvault": { "runtimeSource": "invoker", "connection": { "connectionReferenceLogicalName": "cts_kv" }, "api": { "name": "shared_keyvault" } }\n}\n```\n\n## Known false positives\n\n- A solution that deliberately moves to a service account connection reports the move; accept it with an\n  `ignore:` entry (`rule: FG140`, `flow:`, `reason:`) once reviewed (see *Accepting a finding* below).\n- A flow gaining its first Key Vault reference is reported as medium even when the new use is harmless.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG140: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG140\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Keep privileged connectors on the run-only user's own connection (`runtimeSource: invoker`) and check who owns any new or changed connection reference."
  },
  FG141: {
    markdown: '# FG141 connector-policy-violation\n\nSeverity: **high** for a trigger or action that uses the connector; **medium** for a flow that only declares a\nconnection reference to it.\n\n**What to do:** Move the work into a flow under a path the policy allows (call it as a child flow) or remove the\nconnector; if the use is intended, change the policy\'s `allow` in the base branch first, where it gets its own\nreview.\n\n## What it detects\n\nFlows that use a connector outside the paths a `connectorPolicies` entry of `.flowguard.yml` allows:\n\n```yaml\nconnectorPolicies:\n  - connector: shared_keyvault          # connector id; the shared_ prefix is optional\n    allow: ["solutions/Secrets*/**"]    # repository-relative globs of the flow files that may use it\n    reason: "Key Vault only in the vault-access solution"\n```\n\n- every trigger or action of such a flow that uses the connector, in any of the three shapes\n  (`OpenApiConnection` `apiId`/connection reference, `ApiConnection` `$connections` key, Logic Apps\n  `ServiceProvider` id) \u2014 one finding per action, naming the flow, the action and the policy\'s reason;\n- for `keyvault`, also an HTTP action that reads or lists a vault through the Key Vault REST API\n  (`https://<vault>.vault.azure.net/secrets/\u2026`): the same vault access without the connector;\n- a flow that declares a connection reference to the connector without any action using it (medium): at import\n  the reference is bound to a connection, one designer edit away from use.\n\nAn empty `allow` list forbids the connector in every flow. The path is the flow\'s file (for a packed solution,\nthe zip); on a pull request, a flow the base already has must be inside the allowed paths in the base and the head. Solution-level connection references (`Customizations.xml`) are not flows and are not checked.\n\n## Why it matters\n\nA tenant\'s data loss prevention policy decides which connectors an environment may use, not which solution may\nuse them: once Key Vault is allowed for the vault-access solution, any flow in the environment can read secrets\nthrough it. Reviewing where a connector appears, in the pull request that adds it, keeps the rule that the DLP\npolicy cannot express.\n\n## How to fix\n\nMove the work into a flow under an allowed path (call it as a child flow), or remove the connector from this\nflow. If the use is intended, change the policy\'s `allow` in the base branch first, where it gets its own review.\n\n## Example\n\n### Bad\n\n`solutions/Sales/Workflows/Quote-\u2026.json`, with the policy above:\n\n```json\n"Get_API_key": {\n  "type": "OpenApiConnection",\n  "inputs": { "host": { "apiId": "/providers/Microsoft.PowerApps/apis/shared_keyvault", "connectionName": "shared_keyvault", "operationId": "GetSecret" },\n              "parameters": { "secretName": "pricing-api" } }\n}\n```\n\n### Good\n\nThe Sales flow calls a child flow in `solutions/SecretsAccess/`, which reads the secret with secure outputs and\nreturns only what the caller needs:\n\n```json\n"Get_pricing_token": {\n  "type": "Workflow",\n  "inputs": { "host": { "workflowReferenceName": "a1b2c3d4-0000-4000-8000-000000000001" } }\n}\n```\n\n## Known false positives\n\n- A flow that a pull request moves into an allowed folder is still reported in that pull request: the base\'s\n  path counts too, since the new place is the change\'s own choice (SPEC \xA74); the message names the move, and the\n  finding goes once the move is in the base branch. A flow the pull request adds is judged by its own path.\n- A flow outside the allowed paths that legitimately needs the connector is accepted with an `ignore:` entry and\n  its reason (`rule: FG141`, `flow:`, `reason:`), or by widening `allow`.\n- The policy matches paths, so a packed solution zip must be named by a glob that matches the zip itself.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG141: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG141\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Move the work into a flow under a path the policy allows (call it as a child flow) or remove the connector; if the use is intended, change the policy's `allow` in the base branch first, where it gets its own review."
  },
  FG150: {
    markdown: '# FG150 hardcoded-credential\n\nSeverity: **critical**\n\n**What to do:** Remove the credential from the definition, rotate it, and read it at run time from Azure Key Vault\nor a secret environment variable.\n\n## What it detects\n\nA literal credential written into the flow definition \u2014 its triggers, actions, parameters and outputs:\n\n| where | discriminator | examples |\n|---|---|---|\n| HTTP `authentication` object (Basic, ClientCertificate, ActiveDirectoryOAuth, Raw; also in webhook `subscribe`) | `auth:password`, `auth:secret`, `auth:pfx`, `auth:value` | `"password": "\u2026"` |\n| credential headers: `Authorization`, `api-key`, `Ocp-Apim-Subscription-Key`, `x-functions-key` and kin, and names ending in `-api-key`, `-access-token`, `-secret`, or `x-\u2026-key` (any case) \u2014 in `headers`, `request/headers` and `parameters/headers` objects, flattened `request/headers/<name>` parameters and raw-request `CustomHeaderN` values written `Name: value` | `header:<name>` | `"Authorization": "Bearer eyJ\u2026"` |\n| request bodies: `client_secret=` / `password=` in a form-encoded string, `client_secret` / `password` keys in an object body or a `body/\u2026` parameter | `body:client_secret`, `body:password` | token requests, Graph *create user* |\n| URLs: `sig=` (SAS, flow trigger URLs) anywhere, `code=` (Azure Functions keys) in a URL, and `sig` / `code` in `queries` | `url:sig`, `url:code` | `\u2026/invoke?\u2026&sig=\u2026` |\n| URLs with a password in their userinfo, any scheme, anywhere in a string (also inside expressions) | `url:password` | `ftps://svc:\u2026@ftp.contoso.com/in` |\n| `definition.parameters` of type `SecureString` / `SecureObject` with a non-empty literal `defaultValue` | `param:<name>` | |\n| well-known token formats in any string, also inside expressions and parameter defaults | `token:<format>` | see below |\n\nToken formats: GitHub (`ghp_`, `gho_`, `ghu_`, `ghs_`, `ghr_`, `github_pat_`), AWS access keys (`AKIA`, `ASIA`),\nSlack tokens (`xoxa-`, `xoxb-`, `xoxp-`, `xoxr-`) and incoming webhook URLs, Azure storage `AccountKey=`, Azure\nService Bus / Event Hubs `SharedAccessKey=`, JSON Web Tokens (`eyJ\u2026.eyJ\u2026.\u2026`), PEM private keys, Stripe live keys\n(`sk_live_`, `rk_live_`), SendGrid (`SG.\u2026`), Google API keys (`AIza`), OpenAI keys (`sk-proj-`, `sk-\u2026T3BlbkFJ\u2026`),\nMicrosoft Entra ID client secrets (`\u20268Q~\u2026`), and the `Password=` of a connection string.\n\nNot credentials: expressions (`@parameters(\'\u2026\')`, `@{body(\'Get_secret\')?[\'value\']}`, `@parameters(\'$authentication\')`),\nempty strings, values shorter than 6 characters in headers and bodies (16 in URLs), and placeholders: `<\u2026>`,\n`{\u2026}`, `{{\u2026}}`, `${\u2026}`, `$(\u2026)`, `#{\u2026}#`, `__\u2026__`, `%\u2026%`, ARM `[\u2026]` expressions, masked values (`xxx`, `XXX`,\n`***`, `...`), one character repeated, stock words (`password`, `secret`, `token`, `test`, `none`, `TODO`,\n`TBD`, \u2026), values starting with `your`, `my`, `enter`, `insert`, `paste`, `replace`\u2026, and values containing\n`changeme`, `replace_me`, `placeholder`, `redacted`, `dummy`, `example` or `sample`.\n\nThe finding never shows the value: at most its first three characters and its length.\n\n## Why it matters\n\nA flow definition is not a secret store. Everyone who can open the flow \u2014 owners, co-owners, anyone it is\nshared with for editing, environment admins \u2014 can read the value, and so can everyone who gets the solution:\nsolution exports, the pipeline that deploys it, the git repository and its forks, backups. Environment\nvariable defaults travel with the solution into every environment it is imported into. A credential in a\ndefinition cannot be rotated without editing and redeploying the flow, so it tends to live for years.\n\n## How to fix\n\nRemove the value from the definition and rotate it \u2014 it is in the git history. Then read it at run time:\n\n- from Azure Key Vault with *Get secret* (secure inputs and outputs on), or from a secret-type environment\n  variable backed by Key Vault;\n- for Azure resources, prefer a managed identity or a connection with Microsoft Entra ID authentication;\n- for calls to other flows, use *Run a child flow* instead of a trigger URL, or an HTTP trigger restricted to\n  the tenant (FG130) called with an Entra ID token.\n\n## Example\n\n### Bad\n\n```json\n"Call_partner_API": {\n  "type": "Http",\n  "inputs": {\n    "method": "GET",\n    "uri": "https://partner.contoso.com/orders",\n    "headers": { "api-key": "4f1c9d2e7b8a4c6f9e3d2b1a0c9f8e7d" }\n  },\n  "runAfter": {}\n}\n```\n\n### Good\n\n```json\n"Call_partner_API": {\n  "type": "Http",\n  "inputs": {\n    "method": "GET",\n    "uri": "https://partner.contoso.com/orders",\n    "headers": { "api-key": "@{body(\'Get_partner_API_key\')?[\'value\']}" }\n  },\n  "runAfter": { "Get_partner_API_key": ["Succeeded"] },\n  "runtimeConfiguration": { "secureData": { "properties": ["inputs"] } }\n}\n```\n\n## Known false positives\n\n- Test or sample values that look real (a documented sample JWT, a non-production password): write them as\n  obvious placeholders (`<api-key>`), or accept the finding with a reason (see *Accepting a finding* below).\n- A non-secret value in a credential slot (an `api-key` header that is a public client id) is reported.\n- An Azure Functions URL with `code=` for an anonymous function, or a `sig=` of a public, read-only SAS.\n- Not detected (false negatives): credentials built inside expressions other than `encodeURIComponent`,\n  `string` or `trim` of a literal (`@{base64(\'user:password\')}`, `concat(\'Bearer \', \'\u2026\')` \u2014 unless the value\n  has a well-known token format), credentials shorter than the minimum lengths, and plain `String` parameters\n  with a secret-looking name but no recognisable format.\n\n## Accepting a finding\n\nA required check has no "dismiss" button: accept a reviewed finding with a reason that stays in the\nrepository. In the trigger\'s or action\'s note (the designer\'s *Notes*, `description` in the JSON):\n`flowguard-ignore FG150: <why this is acceptable>`; or in `.flowguard.yml`:\n\n```yaml\nignore:\n  - rule: FG150\n    flow: "Flow display name*"   # or the flow\'s GUID\n    action: Action_name          # optional\n    reason: "why this is acceptable"\n    expires: 2027-03-31          # optional: from that day the finding counts again\n```\n\nA finding about the flow as a whole (an unreadable file, a connection reference) has no note to carry an inline\nsuppression: use an `ignore:` entry. The finding is still reported (marked suppressed, with the reason) and no\nlonger fails the gate. On a pull\nrequest, a suppression applies only once it is in the base branch: one the pull request adds is listed for the\nreviewer under "suppressions proposed by this pull request" and does not hide that pull request\'s findings.\n',
    todo: "Remove the credential from the definition, rotate it, and read it at run time from Azure Key Vault or a secret environment variable."
  }
};

// src/report/rule-docs.ts
var RULE_DOCS = rule_docs_default;
function ruleDocMarkdown(ruleId) {
  return Object.prototype.hasOwnProperty.call(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId].markdown : null;
}
function ruleTodo(ruleId) {
  return Object.prototype.hasOwnProperty.call(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId].todo : null;
}

// src/report/sarif-location.ts
function sarifRegion(loc) {
  if (loc.entry !== null) return { byteOffset: 0 };
  if (loc.line === null) return { startLine: 1 };
  return loc.endLine !== null ? { startLine: loc.line, endLine: loc.endLine } : { startLine: loc.line };
}
function toUriReference(file) {
  return file.split("/").map((segment) => encodeURIComponent(segment.replace(new RegExp("\\p{Cs}", "gu"), "\uFFFD"))).join("/");
}

// src/report/sarif-code-flows.ts
function sarifCodeFlows(f) {
  if (!f.path || f.path.length === 0) return void 0;
  return [
    {
      message: { text: sarifText(`${f.path.map((s) => s.action).join(" \u2192 ")}`) },
      threadFlows: [
        {
          locations: f.path.map((step, i) => ({
            location: stepLocation(step),
            executionOrder: i + 1,
            kinds: [step.role]
          }))
        }
      ]
    }
  ];
}
function sarifRelatedLocations(f) {
  return (f.path ?? []).map((step, i) => ({ id: i + 1, ...stepLocation(step) }));
}
function stepLocation(step) {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUriReference(step.file) },
      region: sarifRegion({ entry: step.entry, line: step.line, endLine: null })
    },
    message: { text: sarifText(pathStepDescription(step)) }
  };
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
  const findings = report.findings.filter(isPresent);
  const rules = ruleCatalogue(options.rules ?? [], findings);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        ...options.automationDetails ? { automationDetails: options.automationDetails } : {},
        tool: {
          driver: {
            name: TOOL_NAME,
            fullName: `${TOOL_NAME} ${VERSION}`,
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: projectUrl(),
            rules: rules.map(toReportingDescriptor)
          }
        },
        results: findings.map((f) => toResult(f, ruleIndex.get(f.ruleId) ?? 0, report.compared)),
        ...options.failure !== void 0 ? { invocations: [failedInvocation(options.failure)] } : {}
      }
    ]
  };
}
function failedInvocation(reason) {
  return {
    executionSuccessful: false,
    toolExecutionNotifications: [{ level: "error", message: { text: sarifText(reason) } }]
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
      // The rule's documentation page (what, why, fix, example), as GitHub's rule panel shows it.
      markdown: ruleDocMarkdown(rule.id) ?? `**${sarifMarkdown(rule.name)}**: ${sarifMarkdown(rule.summary)} [Documentation](${helpUri})`
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
  const codeFlows = sarifCodeFlows(f);
  if (codeFlows) {
    result.codeFlows = codeFlows;
    result.relatedLocations = sarifRelatedLocations(f);
  }
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
  physicalLocation.region = sarifRegion(f.location);
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
var INDENT = "    ";
var CHAIN_LIMIT2 = 300;
var RULE_ID2 = /^FG\d{3}$/;
function renderText(report, options = {}) {
  const paint = (style, text) => options.color ? `${style}${text}${SGR.reset}` : text;
  const lines = [];
  for (const findings of groupByFile(report.findings)) {
    for (const f of [...findings].sort(compareInFile)) {
      const { file, entry, line } = f.location;
      const where = entry === null && line !== null ? `${file}:${line}:` : `${file}:`;
      const severity = paint(SEVERITY_STYLE[f.severity], f.severity);
      const status = report.compared ? ` ${paint(STATUS_STYLE[f.status], `(${f.status})`)}` : "";
      lines.push(
        `${paint(SGR.bold, escapeTerminal(where))} ${severity} ${escapeTerminal(`${f.ruleId} ${f.rule}`)}${status}`
      );
      const subject = f.action === null ? f.flow.name : `${f.flow.name} \u203A ${f.action}`;
      const context = placeInMessage(f);
      lines.push(
        `${INDENT}${escapeTerminal(subject)}${context ? ` (${escapeTerminal(context)})` : ""}: ${escapeTerminal(f.message)}`
      );
      if (f.path?.length)
        lines.push(`${INDENT}Path: ${escapeTerminal(clip(pathChain(f.path), CHAIN_LIMIT2))}`);
      const suppressed = suppressionPhrase(f);
      if (suppressed) lines.push(`${INDENT}${paint(SGR.dim, escapeTerminal(suppressed))}`);
      const todo = todoLine(f);
      if (todo) lines.push(`${INDENT}${paint(SGR.dim, todo)}`);
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
function placeInMessage(f) {
  const { entry, line, endLine } = f.location;
  const span = line === null ? "" : endLine !== null && endLine !== line ? `lines ${line}-${endLine}` : `line ${line}`;
  if (entry !== null) return `zip entry ${entry}${span ? `, ${span}` : ""}`;
  return span.startsWith("lines ") ? span : "";
}
function todoLine(f) {
  if (!RULE_ID2.test(f.ruleId)) return null;
  const link = escapeTerminal(ruleDocUrl(f.ruleId));
  const todo = f.status === "resolved" ? null : ruleTodo(f.ruleId);
  return todo ? `What to do: ${escapeTerminal(todo)} ${link}` : `Docs: ${link}`;
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
var REPORT_FORMATS = ["text", "json", "sarif", "markdown", "azure-devops"];
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
    case "azure-devops":
      return renderAzureDevOps(report);
  }
}

export {
  renderAzureDevOps,
  toJsonReportV1,
  renderJson,
  useLinkSource,
  ruleDocUrl,
  ruleIndexUrl,
  linksFromActionEnv,
  clip,
  secretAccessMap,
  renderSecretAccessMap,
  pathChain,
  MARKDOWN_MAX_LENGTH,
  renderMarkdown,
  toSarifLog,
  renderSarif,
  renderText,
  REPORT_FORMATS,
  renderReport
};
