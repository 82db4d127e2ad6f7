import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  needsAction
} from "./chunk-PXSJU5AW.js";
import {
  isSeverity,
  severityRank
} from "./chunk-VEL7OLBI.js";
import {
  compareCodeUnits
} from "./chunk-SVGO55I2.js";

// src/findings/baseline-file.ts
var BASELINE_SCHEMA_VERSION = 1;
var DEFAULT_BASELINE_FILE = ".flowguard-baseline.json";
var BaselineError = class extends Error {
};
function buildBaseline(findings, tool) {
  const entries = findings.filter(needsAction).map((f) => ({
    fingerprint: f.fingerprint,
    rule: f.ruleId,
    flow: f.flow.name,
    action: f.action,
    file: f.location.entry ? `${f.location.file}!${f.location.entry}` : f.location.file,
    severity: f.severity,
    count: f.occurrences ?? 1
  })).sort(
    (a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.rule, b.rule) || compareCodeUnits(a.fingerprint, b.fingerprint)
  );
  return { schemaVersion: BASELINE_SCHEMA_VERSION, tool, findings: entries };
}
function renderBaseline(b) {
  return `${JSON.stringify(b, null, 2)}
`;
}
function parseBaseline(text, where) {
  let doc;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new BaselineError(`${where} is not valid JSON: ${err.message}`);
  }
  const d = doc;
  if (typeof d !== "object" || d === null || d.schemaVersion !== BASELINE_SCHEMA_VERSION || !Array.isArray(d.findings))
    throw new BaselineError(
      `${where}: not a flowguard baseline (schemaVersion ${BASELINE_SCHEMA_VERSION} with a "findings" list); create one with "flowguard baseline"`
    );
  const out = /* @__PURE__ */ new Map();
  d.findings.forEach((e, i) => {
    if (typeof e?.fingerprint !== "string" || !/^[0-9a-f]{32}$/.test(e.fingerprint))
      throw new BaselineError(`${where}: findings[${i}] has no valid "fingerprint"`);
    const severity = typeof e.severity === "string" && isSeverity(e.severity) ? e.severity : "critical";
    const count = Number.isInteger(e.count) && e.count > 0 ? e.count : 1;
    out.set(e.fingerprint, {
      fingerprint: e.fingerprint,
      rule: String(e.rule ?? ""),
      flow: String(e.flow ?? ""),
      action: typeof e.action === "string" ? e.action : null,
      file: String(e.file ?? ""),
      severity,
      count
    });
  });
  return out;
}
function baselineAccepts(entry, f, occurrences) {
  return !!entry && occurrences <= entry.count && severityRank(f.severity) <= severityRank(entry.severity);
}

export {
  BASELINE_SCHEMA_VERSION,
  DEFAULT_BASELINE_FILE,
  BaselineError,
  buildBaseline,
  renderBaseline,
  parseBaseline,
  baselineAccepts
};
