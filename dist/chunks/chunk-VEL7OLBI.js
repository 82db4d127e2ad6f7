import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/rules/severity.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
function isSeverity(v) {
  return SEVERITIES.includes(v);
}

export {
  severityRank,
  isSeverity
};
