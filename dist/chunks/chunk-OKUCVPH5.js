import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  RULES
} from "./chunk-Z7J2HPXS.js";
import {
  isSeverity
} from "./chunk-VEL7OLBI.js";

// src/config/config-error.ts
var ConfigError = class extends Error {
};

// src/config/config-file.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/config/connector-policy-keys.ts
var POLICY_KEYS = ["connector", "allow", "reason"];
function parseConnectorPolicies(value, where) {
  if (!Array.isArray(value)) throw new ConfigError(`${where}: connectorPolicies must be a list of entries`);
  return value.map((raw, i) => {
    const at = `${where}: connectorPolicies[${i}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new ConfigError(`${at}: expected a mapping with "connector", "allow" and "reason"`);
    const p = raw;
    for (const k of Object.keys(p))
      if (!POLICY_KEYS.includes(k))
        throw new ConfigError(`${at}: unknown key "${k}" (known: ${POLICY_KEYS.join(", ")})`);
    if (typeof p.connector !== "string" || p.connector.trim() === "")
      throw new ConfigError(`${at}: key "connector" is required (a connector id such as shared_keyvault)`);
    if (!Array.isArray(p.allow) || p.allow.some((g) => typeof g !== "string" || g === ""))
      throw new ConfigError(`${at}: key "allow" is required: a list of path globs (may be empty)`);
    if (typeof p.reason !== "string" || p.reason.trim() === "")
      throw new ConfigError(`${at}: key "reason" is required and must be a non-empty string`);
    return {
      connector: p.connector.trim().toLowerCase().replace(/^shared_/, ""),
      allow: p.allow,
      reason: p.reason.trim()
    };
  });
}

// src/config/rule-ids.ts
function catalogueRuleId(value, what) {
  const known = RULES.map((r) => r.meta.id);
  const id = typeof value === "string" ? known.find((k) => k.toLowerCase() === value.toLowerCase()) : void 0;
  if (id === void 0)
    throw new ConfigError(`${what}: ${JSON.stringify(value)} is not a rule id (known: ${known.join(", ")})`);
  return id;
}
function switchableRuleId(id, what) {
  if (id === "FG001")
    throw new ConfigError(
      `${what}: FG001 cannot be switched off: a file flowguard cannot read would pass unreviewed. Accept a known file with an ignore entry (rule: FG001, path, reason), or leave it out with exclude`
    );
  return id;
}

// src/config/suppression-keys.ts
var IGNORE_KEYS = ["rule", "flow", "action", "path", "reason", "expires"];
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseIgnore(value, where) {
  if (!Array.isArray(value)) throw new ConfigError(`${where}: ignore must be a list of entries`);
  return value.map((raw, index) => {
    const at = `${where}: ignore[${index}]`;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      throw new ConfigError(`${at}: expected a mapping with "rule" and "reason"`);
    const e = raw;
    for (const k of Object.keys(e))
      if (!IGNORE_KEYS.includes(k))
        throw new ConfigError(`${at}: unknown key "${k}" (known: ${IGNORE_KEYS.join(", ")})`);
    if (e.rule === void 0) throw new ConfigError(`${at}: key "rule" is required`);
    const entry = { rule: catalogueRuleId(e.rule, `${at}: rule`), reason: "", index };
    if (typeof e.reason !== "string" || e.reason.trim() === "")
      throw new ConfigError(`${at}: key "reason" is required and must be a non-empty string`);
    entry.reason = e.reason.trim();
    for (const k of ["flow", "action", "path"]) {
      if (e[k] === void 0) continue;
      if (typeof e[k] !== "string" || e[k] === "")
        throw new ConfigError(`${at}: key "${k}" must be a non-empty string`);
      entry[k] = e[k];
    }
    if (e.expires !== void 0) entry.expires = parseDate(e.expires, `${at}: key "expires"`);
    return entry;
  });
}
function parseDate(value, what) {
  const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
  const m = typeof text === "string" ? DATE.exec(text) : null;
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]))
      return text;
  }
  throw new ConfigError(`${what}: ${JSON.stringify(value)} is not a date of the form YYYY-MM-DD`);
}
function parseSeverity(value, where) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new ConfigError(`${where}: severity must be a mapping of rule id to severity or off`);
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const id = catalogueRuleId(k, `${where}: severity`);
    if (id in out)
      throw new ConfigError(`${where}: severity: ${id} is given twice (ids are case-insensitive)`);
    if (typeof v !== "string" || !(v === "off" || isSeverity(v)))
      throw new ConfigError(
        `${where}: severity.${k}: ${JSON.stringify(v)} is not one of off, info, low, medium, high, critical`
      );
    if (v === "off") switchableRuleId(id, `${where}: severity.${k}`);
    out[id] = v;
  }
  return out;
}

// src/config/config-file.ts
var CONFIG_FILE_NAMES = [".flowguard.yml", ".flowguard.yaml"];
function findConfigFile(dir, exists = existsSync) {
  const present = CONFIG_FILE_NAMES.filter((n) => exists(path.join(dir, n)));
  if (present.length > 1)
    throw new ConfigError(
      `both ${present.join(" and ")} exist in ${dir}: keep one (flowguard will not guess which one you meant)`
    );
  return present[0];
}
var KEYS = /* @__PURE__ */ new Set([
  "failOn",
  "report",
  "include",
  "exclude",
  "disable",
  "allowedHosts",
  "privilegedConnectors",
  "secretSources",
  "limits",
  "ignore",
  "baseline",
  "severity",
  "connectorPolicies"
]);
var LIMIT_KEYS = /* @__PURE__ */ new Set([
  "maxFileBytes",
  "maxFlowBytes",
  "maxZipEntries",
  "maxZipEntryBytes",
  "maxZipTotalBytes",
  "maxNestingDepth",
  "maxExpressionLength"
]);
var MAX_NESTING_DEPTH_SETTING = 1e3;
async function loadConfig(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new ConfigError(`cannot read config file ${file}: ${err.message}`);
  }
  return parseConfigText(text, file);
}
async function parseConfigText(text, where) {
  const yaml = await import("./dist-432PHUS3.js");
  const parse = yaml.parse ?? yaml.default.parse;
  let doc;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (err) {
    const said = err.message.split("\n")[0].replace(/:$/, "");
    throw new ConfigError(`${where} is not valid YAML: ${said}`);
  }
  return validateConfig(doc ?? {}, where);
}
function validateConfig(doc, where) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new ConfigError(`${where}: expected a mapping at the top level`);
  const d = doc;
  for (const k of Object.keys(d))
    if (!KEYS.has(k)) throw new ConfigError(`${where}: unknown key "${k}" (known: ${[...KEYS].join(", ")})`);
  const out = {};
  if (d.failOn !== void 0) out.failOn = parseFailOn(scalar(d.failOn), `${where}: failOn`);
  if (d.report !== void 0) out.report = parseReportMode(scalar(d.report), `${where}: report`);
  for (const key of ["include", "exclude", "disable", "allowedHosts", "privilegedConnectors"]) {
    if (d[key] === void 0) continue;
    const v = d[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      throw new ConfigError(`${where}: ${key} must be a list of strings`);
    out[key] = v;
  }
  if (out.disable)
    out.disable = out.disable.map(
      (id, i) => switchableRuleId(catalogueRuleId(id, `${where}: disable[${i}]`), `${where}: disable[${i}]`)
    );
  if (d.ignore !== void 0) out.ignore = parseIgnore(d.ignore, where);
  if (d.severity !== void 0) out.severity = parseSeverity(d.severity, where);
  if (d.connectorPolicies !== void 0)
    out.connectorPolicies = parseConnectorPolicies(d.connectorPolicies, where);
  if (d.baseline !== void 0) {
    if (typeof d.baseline !== "string" || d.baseline.trim() === "")
      throw new ConfigError(`${where}: baseline must be a file path (e.g. .flowguard-baseline.json)`);
    out.baseline = d.baseline;
  }
  if (out.allowedHosts) out.allowedHosts = out.allowedHosts.map((h) => h.toLowerCase());
  if (out.privilegedConnectors)
    out.privilegedConnectors = out.privilegedConnectors.map((c) => c.toLowerCase().replace(/^shared_/, ""));
  if (d.secretSources !== void 0) {
    if (!Array.isArray(d.secretSources)) throw new ConfigError(`${where}: secretSources must be a list`);
    out.secretSources = d.secretSources.map((s, i) => {
      const o = s;
      if (typeof o?.connector !== "string" || typeof o?.operationId !== "string") {
        throw new ConfigError(`${where}: secretSources[${i}] needs "connector" and "operationId" strings`);
      }
      if (o.nameParameter !== void 0 && typeof o.nameParameter !== "string")
        throw new ConfigError(`${where}: secretSources[${i}]: key "nameParameter" must be a string`);
      return {
        connector: o.connector,
        operationId: o.operationId,
        ...typeof o.nameParameter === "string" ? { nameParameter: o.nameParameter } : {}
      };
    });
  }
  if (d.limits !== void 0) {
    const l = d.limits;
    if (typeof l !== "object" || l === null) throw new ConfigError(`${where}: limits must be a mapping`);
    out.limits = {};
    for (const [k, v] of Object.entries(l)) {
      if (!LIMIT_KEYS.has(k))
        throw new ConfigError(`${where}: unknown limit "${k}" (known: ${[...LIMIT_KEYS].join(", ")})`);
      if (typeof v !== "number" || !Number.isInteger(v) || v <= 0)
        throw new ConfigError(`${where}: limits.${k} must be a positive integer, got ${JSON.stringify(v)}`);
      if (k === "maxNestingDepth" && v > MAX_NESTING_DEPTH_SETTING)
        throw new ConfigError(
          `${where}: limits.maxNestingDepth must be at most ${MAX_NESTING_DEPTH_SETTING}, got ${v}`
        );
      out.limits[k] = v;
    }
  }
  return out;
}
function scalar(v) {
  return typeof v === "string" ? v : JSON.stringify(v);
}
function parseFailOn(v, what) {
  if (v === "none" || isSeverity(v)) return v;
  throw new ConfigError(`${what}: "${v}" is not one of none, info, low, medium, high, critical`);
}
function parseReportMode(v, what) {
  if (v === "new" || v === "all") return v;
  throw new ConfigError(`${what}: "${v}" is not one of new, all`);
}

// src/config/resolve-options.ts
import { readFile as readFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/config/revision-config.ts
async function configAtRevision(git, rev, file, label = "revision") {
  const read = (rel2) => git.show(rev, rel2);
  const candidates = file ? [file] : [...CONFIG_FILE_NAMES];
  const found = (await Promise.all(candidates.map(async (rel2) => ({ rel: rel2, content: await read(rel2) })))).filter((c) => c.content !== null);
  if (found.length > 1)
    throw new ConfigError(
      `both ${found.map((c) => c.rel).join(" and ")} exist in ${label} ${rev.slice(0, 7)}: keep one`
    );
  if (found.length === 0) return { config: {}, file: null, content: null };
  const { rel, content } = found[0];
  const config = await parseConfigText(content.toString("utf8"), `${rel} (${label} ${rev.slice(0, 7)})`);
  return { config, file: rel, content };
}

// src/config/resolve-options.ts
var DEFAULT_FAIL_ON = "high";
async function resolveOptions(req) {
  const found = req.base ? await fromBase(req, req.base) : await fromTree(req);
  const o = req.overrides;
  const config = {
    ...found.config,
    include: o.include?.length ? [...o.include] : found.config.include,
    exclude: [...found.config.exclude ?? [], ...o.exclude ?? []],
    report: o.report ?? found.config.report
  };
  const baseline = o.baseline ? path2.resolve(req.cwd, o.baseline) : config.baseline ? path2.resolve(found.file ? path2.dirname(found.file) : req.cwd, config.baseline) : void 0;
  return {
    config,
    failOn: o.failOn ?? config.failOn ?? DEFAULT_FAIL_ON,
    report: config.report,
    ...baseline ? { baseline } : {}
  };
}
async function fromTree(req) {
  const name = req.config?.file ?? findConfigFile(req.cwd);
  if (!name) return { config: {} };
  const file = path2.resolve(req.cwd, name);
  return { config: await loadConfig(file), file };
}
async function fromBase(req, base) {
  const { git, commit, compareWith } = base;
  const top = await git.toplevel();
  let rel;
  if (req.config) {
    rel = path2.relative(top, path2.resolve(req.cwd, req.config.file)).split(path2.sep).join("/");
    if (rel.startsWith(".."))
      throw new Error(`${req.config.named}: "${req.config.file}" is outside the repository ${top}`);
  }
  const label = compareWith === "working-tree" ? "base revision" : "base commit";
  const atBase = await configAtRevision(git, commit, rel, label);
  const note = compareWith === "working-tree" ? await workingTreeNote(top, commit, rel, atBase) : await pullRequestNote(git, compareWith.head, rel, atBase);
  if (note) req.notes.push(note);
  if (atBase.file === null && req.config)
    throw new Error(`${req.config.named}: ${rel} does not exist in the ${label} ${commit.slice(0, 7)}`);
  return { config: atBase.config, ...atBase.file ? { file: path2.join(top, atBase.file) } : {} };
}
async function workingTreeNote(top, commit, rel, atBase) {
  let local;
  try {
    local = rel ?? findConfigFile(top);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return `${err.message}; flowguard used the base revision ${commit.slice(0, 7)}'s configuration.`;
  }
  const localText = local ? await readFile2(path2.join(top, local)).catch(() => null) : null;
  return localText !== null && (atBase.content === null || !atBase.content.equals(localText)) ? `${local} differs from the base revision ${commit.slice(0, 7)}: flowguard used the base's configuration${atBase.file ? "" : " (none)"}.` : null;
}
async function pullRequestNote(git, head, rel, atBase) {
  const atHead = await configAtRevision(git, head, rel).catch(() => null);
  const changed = atHead === null || atHead.file !== atBase.file || atHead.content !== null && (atBase.content === null || !atBase.content.equals(atHead.content));
  const file = atHead?.file ?? atBase.file;
  return changed && file ? `This pull request changes ${file}; flowguard used the version in the base commit.` : null;
}

// src/engine/nothing-analysed.ts
function nothingAnalysed(report, cmd, config) {
  if (report.summary.flows > 0 || cmd.command === "scan" && cmd.base) return null;
  if (cmd.command === "diff" && report.findings.some((f) => f.status === "resolved")) return null;
  const oldHasFlows = cmd.command === "diff" && (report.baseFlows ?? 0) > 0;
  const where = oldHasFlows ? cmd.paths[1] : cmd.paths.length ? cmd.paths.join(", ") : ".";
  const filters = [
    config.include?.length ? `include: ${config.include.join(", ")}` : "",
    config.exclude?.length ? `exclude: ${config.exclude.join(", ")}` : ""
  ].filter(Boolean);
  const unreadable = report.findings.filter((f) => f.ruleId === "FG001").length;
  if (unreadable > 0 && (report.summary.gate === "failed" || report.summary.failOn === "none")) return null;
  return `no flow found under ${where}${filters.length ? ` (${filters.join("; ")})` : ""}` + (unreadable ? `: ${unreadable} file${unreadable === 1 ? "" : "s"} could not be read` : "") + " \u2014 nothing was analysed, so the gate cannot pass" + (oldHasFlows ? ` (${cmd.paths[0]} holds ${report.baseFlows} flow${report.baseFlows === 1 ? "" : "s"})` : "");
}
function unpassed(report) {
  return report.summary.gate === "failed" ? report : { ...report, summary: { ...report.summary, gate: "failed" } };
}

export {
  ConfigError,
  parseFailOn,
  parseReportMode,
  resolveOptions,
  nothingAnalysed,
  unpassed
};
