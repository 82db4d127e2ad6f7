#!/usr/bin/env node
import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  nothingAnalysed,
  parseFailOn,
  parseReportMode,
  resolveOptions,
  unpassed
} from "./chunks/chunk-OKUCVPH5.js";
import {
  escapeTerminal
} from "./chunks/chunk-Q4ZBXGX2.js";
import "./chunks/chunk-Z7J2HPXS.js";
import {
  VERSION
} from "./chunks/chunk-D42DQ53W.js";
import "./chunks/chunk-VEL7OLBI.js";
import "./chunks/chunk-SVGO55I2.js";
import "./chunks/chunk-IMH2DE2T.js";

// src/cli/cli-args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var USAGE = `Usage:
  flowguard scan [PATH ...]                  analyse the flows under PATH (default .)
  flowguard scan --base REV [--head REV]     analyse the changes between two git revisions (head: working tree)
  flowguard diff OLD NEW                     compare two flow files, solution folders or solution zips
  flowguard rules                            list the rules
  flowguard baseline [PATH ...] [--output FILE]   accept today's findings (default .flowguard-baseline.json)
Options:
  --format text|json|sarif|markdown|azure-devops   default text
  --output FILE                              write the report there instead of stdout
  --fail-on none|info|low|medium|high|critical   default high
  --report new|all                           default new with a base, all without
  --config FILE                              default .flowguard.yml (or .yaml) when present; with --base, from the base
  --baseline FILE                            accepted findings (flowguard baseline); with --base, from the base
  --include GLOB, --exclude GLOB             limit the files read (repeatable)
  --color, --no-color                        default: colour when stdout is a terminal
  -h, --help, -v, --version
Exit status: 0 gate passed, 1 gate failed, 2 usage error or failure to run.`;
var FORMATS = /* @__PURE__ */ new Set(["text", "json", "sarif", "markdown", "azure-devops"]);
function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        base: { type: "string" },
        head: { type: "string" },
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        report: { type: "string" },
        config: { type: "string", short: "c" },
        baseline: { type: "string" },
        include: { type: "string", multiple: true },
        exclude: { type: "string", multiple: true },
        color: { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (err) {
    throw new UsageError(err.message);
  }
  const v = parsed.values;
  for (const [name, value] of Object.entries(v))
    if (value === "" || Array.isArray(value) && value.includes(""))
      throw new UsageError(`--${name} needs a value`);
  const [first, ...rest] = parsed.positionals;
  const base = {
    command: "scan",
    paths: rest,
    format: "text",
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    ...v.color !== void 0 ? { color: v.color } : {}
  };
  if (v.version) return { ...base, command: "version" };
  if (v.help || first === void 0 || first === "help") return { ...base, command: "help" };
  if (first !== "scan" && first !== "diff" && first !== "rules" && first !== "baseline")
    throw new UsageError(`unknown command "${first}"`);
  if (first === "rules") {
    if (rest.length > 0) throw new UsageError("rules takes no arguments");
    const given = Object.keys(v).filter((k) => k !== "color");
    if (given.length > 0) throw new UsageError(`--${given[0]} does not apply to rules`);
  }
  if (first === "baseline") {
    for (const name of ["format", "fail-on", "report"])
      if (v[name] !== void 0)
        throw new UsageError(
          `--${name} does not apply to baseline: it records every finding in its own format (--output FILE)`
        );
  }
  const format = v.format ?? "text";
  if (!FORMATS.has(format))
    throw new UsageError(`--format: "${format}" is not one of text, json, sarif, markdown, azure-devops`);
  const cmd = { ...base, command: first, format };
  if (v.output !== void 0) cmd.output = v.output;
  if (v.config !== void 0) cmd.config = v.config;
  if (v.baseline !== void 0) {
    if (first === "baseline")
      throw new UsageError("baseline writes a baseline: use --output FILE, not --baseline");
    cmd.baseline = v.baseline;
  }
  if (first === "baseline" && (v.base || v.head))
    throw new UsageError("baseline scans the tree: --base and --head belong to scan");
  try {
    if (v["fail-on"] !== void 0) cmd.failOn = parseFailOn(v["fail-on"], "--fail-on");
    if (v.report !== void 0) cmd.report = parseReportMode(v.report, "--report");
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (first === "diff") {
    if (rest.length !== 2) throw new UsageError("diff needs exactly two arguments: OLD NEW");
    if (v.base || v.head) throw new UsageError("--base and --head belong to scan, not diff");
  }
  if (first === "scan") {
    if (v.head && !v.base) throw new UsageError("--head needs --base");
    if (v.base !== void 0) cmd.base = v.base;
    if (v.head !== void 0) cmd.head = v.head;
  }
  return cmd;
}

// src/cli/run-cli.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
async function runCli(cmd, io) {
  if (cmd.command === "version") return io.stdout(`${VERSION}
`), 0;
  if (cmd.command === "help") return io.stdout(`${USAGE}
`), 0;
  if (cmd.command === "rules") {
    const { RULES: RULES2 } = await import("./chunks/rules-JUHTMKKO.js");
    for (const r of RULES2)
      io.stdout(`${r.meta.id}  ${r.meta.name.padEnd(30)} ${r.meta.severity.padEnd(8)} ${r.meta.summary}
`);
    return 0;
  }
  const notes = [];
  const review = cmd.command === "scan" && cmd.base ? await baseRevision(cmd.base, io.cwd) : void 0;
  const resolved = await resolveOptions({
    cwd: io.cwd,
    ...cmd.config ? { config: { file: cmd.config, named: "--config" } } : {},
    overrides: {
      failOn: cmd.failOn,
      report: cmd.report,
      include: cmd.include,
      exclude: cmd.exclude,
      baseline: cmd.baseline
    },
    ...review ? { base: review } : {},
    notes
  });
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    config: resolved.config,
    failOn: resolved.failOn,
    report: resolved.report,
    notes,
    ...review ? { git: review.git } : {},
    // `flowguard baseline` records every finding: an older baseline must not hide any from the new one.
    ...resolved.baseline && cmd.command !== "baseline" ? { baseline: resolved.baseline } : {}
  };
  if (review && cmd.base) {
    const { checkReviewPaths } = await import("./chunks/review-paths-5Y55IC2E.js");
    await checkReviewPaths(review.git, io.cwd, cmd.paths, { base: cmd.base, head: cmd.head });
  }
  const engine = await import("./chunks/scan-FANCELQ2.js");
  let report;
  if (cmd.command === "diff")
    report = await engine.diffTargets({ ...request, paths: [], old: cmd.paths[0], new: cmd.paths[1] });
  else if (cmd.base) report = await engine.scanRevisions({ ...request, base: cmd.base, head: cmd.head });
  else if (cmd.command === "baseline")
    report = await engine.scanPaths({ ...request, failOn: "none", report: "all" });
  else report = await engine.scanPaths(request);
  writeNotes(io, notes, report);
  const empty = nothingAnalysed(
    report,
    { command: cmd.command, paths: cmd.paths, base: cmd.base },
    resolved.config
  );
  if (cmd.command === "baseline") {
    if (empty) throw new Error(empty);
    return writeBaseline(report, cmd, io);
  }
  const { renderReport } = await import("./chunks/report-4BCRW3A3.js");
  const { RULES } = await import("./chunks/rules-JUHTMKKO.js");
  const color = cmd.color ?? (io.isTTY && !cmd.output && !process.env.NO_COLOR);
  const { azurePipelinesAutomation } = await import("./chunks/azure-pipelines-run-OQFK6NBC.js");
  const automationDetails = azurePipelinesAutomation(process.env) ?? void 0;
  const out = renderReport(empty ? unpassed(report) : report, cmd.format, {
    color,
    rules: RULES.map((r) => r.meta),
    secretAccessMap: true,
    ...automationDetails ? { automationDetails } : {},
    ...empty ? { failure: empty } : {}
  });
  if (cmd.output) await writeFile(path.resolve(io.cwd, cmd.output), out);
  else io.stdout(out.endsWith("\n") ? out : `${out}
`);
  if (empty) {
    io.stderr(`flowguard: ${escapeTerminal(empty)}
`);
    return 2;
  }
  return report.summary.gate === "failed" ? 1 : 0;
}
async function baseRevision(rev, cwd) {
  const { CliGit } = await import("./chunks/git-cli-7ZZRFVYD.js");
  const git = new CliGit(cwd);
  const [, commit] = await Promise.all([git.toplevel(), git.resolveCommit(rev)]);
  return { git, commit, compareWith: "working-tree" };
}
function writeNotes(io, notes, report) {
  const line = (kind, text) => io.stderr(`flowguard: ${kind}: ${escapeTerminal(text)}
`);
  for (const n of notes) line("note", n);
  for (const w of report.warnings ?? []) line("warning", w);
  for (const p of report.proposedSuppressions ?? [])
    line(
      "note",
      `suppression proposed by this change, not applied to it: ${p.rule} in flow "${p.flow}", ${p.action} (${p.file}): ${p.reason}`
    );
}
async function writeBaseline(report, cmd, io) {
  const { buildBaseline, renderBaseline, DEFAULT_BASELINE_FILE } = await import("./chunks/baseline-file-5A4CI4ZZ.js");
  const { TOOL_NAME } = await import("./chunks/version-XZB45U5I.js");
  const baseline = buildBaseline(report.findings, `${TOOL_NAME} ${VERSION}`);
  const file = path.resolve(io.cwd, cmd.output ?? DEFAULT_BASELINE_FILE);
  await writeFile(file, renderBaseline(baseline));
  io.stderr(
    `flowguard: ${baseline.findings.length} finding${baseline.findings.length === 1 ? "" : "s"} in ${report.summary.flows} flow${report.summary.flows === 1 ? "" : "s"} accepted in ${escapeTerminal(path.relative(io.cwd, file) || file)}
`
  );
  return 0;
}

// src/cli.ts
async function main() {
  try {
    const cmd = parseCli(process.argv.slice(2));
    return await runCli(cmd, {
      cwd: process.cwd(),
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: !!process.stdout.isTTY
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`flowguard: ${terminalLines(message)}
`);
    if (err instanceof UsageError) process.stderr.write(`
${USAGE}
`);
    if (process.env.FLOWGUARD_DEBUG && err instanceof Error)
      process.stderr.write(`${terminalLines(err.stack ?? "")}
`);
    return 2;
  }
}
function terminalLines(text) {
  return text.split("\n").map(escapeTerminal).join("\n");
}
var stdoutFailed = false;
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") return;
  stdoutFailed = true;
  process.stderr.write(`flowguard: cannot write to stdout: ${escapeTerminal(err.message)}
`);
  process.exitCode = 2;
});
main().then((code) => {
  process.exitCode = stdoutFailed ? 2 : code;
});
