#!/usr/bin/env node
import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  loadConfig,
  parseFailOn,
  parseReportMode
} from "./chunks/chunk-UMX6PRIN.js";
import {
  VERSION,
  escapeTerminal
} from "./chunks/chunk-HMTAEYJJ.js";
import "./chunks/chunk-D5OJBM4B.js";
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
Options:
  --format text|json|sarif|markdown          default text
  --output FILE                              write the report there instead of stdout
  --fail-on none|info|low|medium|high|critical   default high
  --report new|all                           default new with a base, all without
  --config FILE                              default .flowguard.yml when present
  --include GLOB, --exclude GLOB             limit the files read (repeatable)
  --color, --no-color                        default: colour when stdout is a terminal
  -h, --help, -v, --version
Exit status: 0 gate passed, 1 gate failed, 2 usage error or failure to run.`;
var FORMATS = /* @__PURE__ */ new Set(["text", "json", "sarif", "markdown"]);
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
  if (first !== "scan" && first !== "diff" && first !== "rules")
    throw new UsageError(`unknown command "${first}"`);
  const format = v.format ?? "text";
  if (!FORMATS.has(format))
    throw new UsageError(`--format: "${format}" is not one of text, json, sarif, markdown`);
  const cmd = { ...base, command: first, format };
  if (v.output !== void 0) cmd.output = v.output;
  if (v.config !== void 0) cmd.config = v.config;
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
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
async function runCli(cmd, io) {
  if (cmd.command === "version") return io.stdout(`${VERSION}
`), 0;
  if (cmd.command === "help") return io.stdout(`${USAGE}
`), 0;
  if (cmd.command === "rules") {
    const { RULES: RULES2 } = await import("./chunks/rules-66NHLHK3.js");
    for (const r of RULES2)
      io.stdout(`${r.meta.id}  ${r.meta.name.padEnd(30)} ${r.meta.severity.padEnd(8)} ${r.meta.summary}
`);
    return 0;
  }
  const configFile = cmd.config ?? (existsSync(path.join(io.cwd, ".flowguard.yml")) ? ".flowguard.yml" : void 0);
  const fileConfig = configFile ? await loadConfig(path.resolve(io.cwd, configFile)) : {};
  const config = {
    ...fileConfig,
    include: cmd.include.length ? cmd.include : fileConfig.include,
    exclude: [...fileConfig.exclude ?? [], ...cmd.exclude]
  };
  const request = {
    cwd: io.cwd,
    paths: cmd.paths,
    config,
    failOn: cmd.failOn ?? config.failOn ?? "high",
    report: cmd.report ?? config.report
  };
  const engine = await import("./chunks/scan-RQJ5LTBA.js");
  let report;
  if (cmd.command === "diff")
    report = await engine.diffTargets({ ...request, paths: [], old: cmd.paths[0], new: cmd.paths[1] });
  else if (cmd.base) report = await engine.scanRevisions({ ...request, base: cmd.base, head: cmd.head });
  else report = await engine.scanPaths(request);
  const { renderReport } = await import("./chunks/report-JUONAHRW.js");
  const { RULES } = await import("./chunks/rules-66NHLHK3.js");
  const color = cmd.color ?? (io.isTTY && !cmd.output && !process.env.NO_COLOR);
  const out = renderReport(report, cmd.format, { color, rules: RULES.map((r) => r.meta) });
  if (cmd.output) await writeFile(path.resolve(io.cwd, cmd.output), out);
  else io.stdout(out.endsWith("\n") ? out : `${out}
`);
  return report.summary.gate === "failed" ? 1 : 0;
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
main().then((code) => {
  process.exitCode = code;
});
