import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  isSeverity
} from "./chunk-D5OJBM4B.js";

// src/config/config-file.ts
import { readFile } from "node:fs/promises";
var ConfigError = class extends Error {
};
var KEYS = /* @__PURE__ */ new Set([
  "failOn",
  "report",
  "include",
  "exclude",
  "disable",
  "allowedHosts",
  "privilegedConnectors",
  "secretSources",
  "limits"
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
  const yaml = await import("./dist-432PHUS3.js");
  const parse = yaml.parse ?? yaml.default.parse;
  let doc;
  try {
    doc = parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new ConfigError(`${file} is not valid YAML: ${err.message}`);
  }
  return validateConfig(doc ?? {}, file);
}
function validateConfig(doc, where) {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc))
    throw new ConfigError(`${where}: expected a mapping at the top level`);
  const d = doc;
  for (const k of Object.keys(d))
    if (!KEYS.has(k)) throw new ConfigError(`${where}: unknown key "${k}" (known: ${[...KEYS].join(", ")})`);
  const out = {};
  if (d.failOn !== void 0) out.failOn = parseFailOn(String(d.failOn), `${where}: failOn`);
  if (d.report !== void 0) out.report = parseReportMode(String(d.report), `${where}: report`);
  for (const key of ["include", "exclude", "disable", "allowedHosts", "privilegedConnectors"]) {
    if (d[key] === void 0) continue;
    const v = d[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string"))
      throw new ConfigError(`${where}: ${key} must be a list of strings`);
    out[key] = v;
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
function parseFailOn(v, what) {
  if (v === "none" || isSeverity(v)) return v;
  throw new ConfigError(`${what}: "${v}" is not one of none, info, low, medium, high, critical`);
}
function parseReportMode(v, what) {
  if (v === "new" || v === "all") return v;
  throw new ConfigError(`${what}: "${v}" is not one of new, all`);
}

export {
  ConfigError,
  loadConfig,
  parseFailOn,
  parseReportMode
};
