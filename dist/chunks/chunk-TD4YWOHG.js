import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/engine/nothing-analysed.ts
function nothingAnalysed(report, cmd, config) {
  if (report.summary.flows > 0 || cmd.command === "scan" && cmd.base) return null;
  if (cmd.command === "diff" && report.findings.some((f) => f.status === "resolved")) return null;
  const where = cmd.paths.length ? cmd.paths.join(", ") : ".";
  const filters = [
    config.include?.length ? `include: ${config.include.join(", ")}` : "",
    config.exclude?.length ? `exclude: ${config.exclude.join(", ")}` : ""
  ].filter(Boolean);
  const unreadable = report.findings.filter((f) => f.ruleId === "FG001").length;
  if (unreadable > 0 && (report.summary.gate === "failed" || report.summary.failOn === "none")) return null;
  return `no flow found under ${where}${filters.length ? ` (${filters.join("; ")})` : ""}` + (unreadable ? `: ${unreadable} file${unreadable === 1 ? "" : "s"} could not be read` : "") + " \u2014 nothing was analysed, so the gate cannot pass";
}

export {
  nothingAnalysed
};
