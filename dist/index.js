import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  FsTree
} from "./chunks/chunk-7R7DW2ZZ.js";
import {
  clip,
  linksFromActionEnv,
  pathChain,
  renderReport,
  renderSecretAccessMap,
  ruleDocUrl,
  ruleIndexUrl,
  secretAccessMap,
  useLinkSource
} from "./chunks/chunk-K55IDCPZ.js";
import "./chunks/chunk-AZKPCXJK.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-6EKG7ZJO.js";
import {
  ConfigError,
  nothingAnalysed,
  parseFailOn,
  parseReportMode,
  resolveOptions
} from "./chunks/chunk-OKUCVPH5.js";
import {
  escapeHtmlComment,
  escapeMarkdown,
  escapeTerminal,
  escapeWorkflowCommandData
} from "./chunks/chunk-Q4ZBXGX2.js";
import {
  require_micromatch
} from "./chunks/chunk-Z7J2HPXS.js";
import "./chunks/chunk-D42DQ53W.js";
import {
  needsAction
} from "./chunks/chunk-PXSJU5AW.js";
import {
  isSeverity,
  severityRank
} from "./chunks/chunk-VEL7OLBI.js";
import "./chunks/chunk-SVGO55I2.js";
import {
  CliGit,
  secretForms
} from "./chunks/chunk-ZCMC2OZU.js";
import {
  __toESM
} from "./chunks/chunk-IMH2DE2T.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties2) {
  if (!Object.keys(annotationProperties2).length) {
    return {};
  }
  return {
    title: annotationProperties2.title,
    file: annotationProperties2.file,
    line: annotationProperties2.startLine,
    endLine: annotationProperties2.endLine,
    col: annotationProperties2.startColumn,
    endColumn: annotationProperties2.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/action/action-inputs.ts
import path from "node:path";
var InputError = class extends ConfigError {
};
var COMMENT_MODES = ["review", "summary", "none"];
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function parseInputs(get, env = process.env) {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const value = (name) => get(name).trim();
  const failOn = value("fail-on");
  const report = value("report");
  const comment = value("comment") || "review";
  if (!COMMENT_MODES.includes(comment)) {
    throw new InputError(`input "comment": "${comment}" is not one of ${COMMENT_MODES.join(", ")}`);
  }
  const sarifFile = value("sarif-file");
  const config = value("config");
  const paths = list(get("paths"));
  for (const p of paths) insideWorkspace("paths", p, workspace);
  if (config) insideWorkspace("config", config, workspace);
  return {
    token: value("github-token"),
    paths,
    exclude: list(get("exclude")),
    ...failOn ? { failOn: parseFailOn(failOn, 'input "fail-on"') } : {},
    ...report ? { report: parseReportMode(report, 'input "report"') } : {},
    comment,
    annotations: booleanInput("annotations", value("annotations"), true),
    // RUNNER_TEMP is emptied after each job: the file lives as long as the job's later steps need it.
    sarifFile: path.resolve(
      workspace,
      sarifFile || path.join(env.RUNNER_TEMP || workspace, "flowguard.sarif")
    ),
    ...config ? { config } : {}
  };
}
function list(raw) {
  return raw.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
}
function insideWorkspace(name, value, workspace) {
  const rel = path.relative(workspace, path.resolve(workspace, value));
  if (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) {
    throw new InputError(`input "${name}": ${value} is outside the workspace ${workspace}`);
  }
}
function booleanInput(name, raw, fallback) {
  if (raw === "") return fallback;
  if (TRUE.includes(raw)) return true;
  if (FALSE.includes(raw)) return false;
  throw new InputError(`input "${name}": "${raw}" is not a boolean (expected true or false)`);
}

// src/action/event-context.ts
import { readFile } from "node:fs/promises";
var EventContextError = class extends Error {
};
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
async function readRunContext(env = process.env) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || rest.length > 0) {
    throw new EventContextError(
      `GITHUB_REPOSITORY is "${env.GITHUB_REPOSITORY ?? ""}": expected "owner/repo"`
    );
  }
  const serverUrl = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const runUrl = env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : null;
  const payload = needsPayload(eventName) ? await readPayload(env.GITHUB_EVENT_PATH) : {};
  return {
    eventName,
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl,
    runUrl,
    target: targetOf(eventName, payload, `${owner}/${repo}`)
  };
}
function needsPayload(eventName) {
  return PULL_REQUEST_EVENTS.has(eventName) || eventName === "merge_group";
}
async function readPayload(file) {
  if (!file) throw new EventContextError("GITHUB_EVENT_PATH is not set: cannot read the event payload");
  let parsed;
  try {
    parsed = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new EventContextError(`cannot read the event payload ${file}: ${err.message}`);
  }
  if (typeof parsed !== "object" || parsed === null)
    throw new EventContextError(`the event payload ${file} is not an object`);
  return parsed;
}
function targetOf(eventName, payload, repository) {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = object(payload.pull_request, "pull_request");
    const number = pr.number;
    if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
      throw new EventContextError(
        `pull_request.number in the ${eventName} payload is ${JSON.stringify(number)}: expected a PR number`
      );
    }
    const base = object(pr.base, "pull_request.base");
    const head = object(pr.head, "pull_request.head");
    const headRepo = head.repo;
    const fork = typeof headRepo?.full_name === "string" ? headRepo.full_name.toLowerCase() !== repository.toLowerCase() : true;
    return {
      kind: "pull-request",
      number,
      baseSha: sha(base.sha, "pull_request.base.sha"),
      headSha: sha(head.sha, "pull_request.head.sha"),
      fork
    };
  }
  if (eventName === "merge_group") {
    const group = object(payload.merge_group, "merge_group");
    return {
      kind: "compare",
      baseSha: sha(group.base_sha, "merge_group.base_sha"),
      headSha: sha(group.head_sha, "merge_group.head_sha")
    };
  }
  return { kind: "tree" };
}
function object(v, what) {
  if (typeof v !== "object" || v === null)
    throw new EventContextError(`the event payload has no ${what} object`);
  return v;
}
function sha(v, what) {
  if (typeof v !== "string" || !SHA.test(v)) {
    throw new EventContextError(
      `${what} in the event payload is ${JSON.stringify(v)}: expected a full commit SHA`
    );
  }
  return v;
}

// src/action/event-scan.ts
var import_micromatch = __toESM(require_micromatch(), 1);
import { existsSync as existsSync2 } from "node:fs";
import path2 from "node:path";

// src/action/merge-base.ts
async function mergeBaseOf(git, base, head, lookup) {
  const local = await git.mergeBase(base, head);
  if (local && /^[0-9a-f]{40}$/.test(local)) return local;
  return lookup ? lookup(base, head).catch(() => null) : null;
}
async function fetchMissing(git, shas, log2) {
  for (const sha2 of shas) {
    if (await git.hasCommit(sha2)) continue;
    log2(`Fetching ${sha2} (git fetch --depth=1 origin ${sha2}): the checkout does not contain it`);
    await git.fetchCommit(sha2);
  }
}
async function reviewBase(git, baseSha, headSha, lookup, log2, notes) {
  const mergeBase = await mergeBaseOf(git, baseSha, headSha, lookup);
  if (!mergeBase) {
    notes.push(
      `The merge base of ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)} could not be found: compared with the base branch tip.`
    );
    return baseSha;
  }
  if (mergeBase !== baseSha && !await git.hasCommit(mergeBase)) {
    log2(`Fetching the merge base ${mergeBase} (git fetch --depth=1 origin ${mergeBase})`);
    await git.fetchCommit(mergeBase);
  }
  return mergeBase;
}

// src/action/event-scan.ts
async function scanForEvent(target, inputs, workspace, log2, mergeBaseLookup = null, warn = log2, git = new CliGit(workspace)) {
  const engine = await import("./chunks/scan-FANCELQ2.js");
  const notes = [];
  const options = (base2) => resolveOptions({
    cwd: workspace,
    ...inputs.config ? { config: { file: inputs.config, named: 'input "config"' } } : {},
    overrides: { failOn: inputs.failOn, report: inputs.report, exclude: inputs.exclude },
    ...base2 ? { base: base2 } : {},
    notes
  });
  if (target.kind === "tree") {
    const { config: config2, failOn: failOn2, report: mode2, baseline: baseline2 } = await options();
    await warnUnmatched(workspace, inputs, config2, warn);
    const report2 = await engine.scanPaths({
      cwd: workspace,
      paths: inputs.paths,
      config: config2,
      failOn: failOn2,
      report: mode2,
      notes,
      ...baseline2 ? { baseline: baseline2 } : {}
    });
    const empty = nothingAnalysed(report2, { command: "scan", paths: inputs.paths }, config2);
    if (empty) throw new Error(empty);
    return { report: report2, config: config2, notes };
  }
  await fetchMissing(git, [target.baseSha, target.headSha], log2);
  const base = target.kind === "pull-request" ? await reviewBase(git, target.baseSha, target.headSha, mergeBaseLookup, log2, notes) : target.baseSha;
  const {
    config,
    failOn,
    report: mode,
    baseline
  } = await options({
    git,
    commit: base,
    compareWith: { head: target.headSha }
  });
  await warnUnmatched(workspace, inputs, config, warn);
  const report = await engine.scanRevisions({
    cwd: workspace,
    paths: inputs.paths,
    config,
    failOn,
    report: mode,
    base,
    head: target.headSha,
    notes,
    git,
    // Read from the base commit by the engine, like the config: a PR cannot accept its own findings.
    ...baseline ? { baseline } : {}
  });
  return { report, config, notes };
}
async function warnUnmatched(workspace, inputs, config, warn) {
  for (const p of inputs.paths)
    if (!existsSync2(path2.resolve(workspace, p)))
      warn(`input "paths": ${p} matches no file of the repository`);
  if (!config.include?.length) return;
  const files = await new FsTree(workspace).list();
  for (const glob of config.include)
    if (!files.some((f) => import_micromatch.default.isMatch(f, glob, { dot: true })))
      warn(`config "include": ${glob} matches no file of the repository`);
}

// src/github/octokit-client.ts
var MAX_RATE_LIMIT_WAIT_SECONDS = 60;
var MAX_RATE_LIMIT_RETRIES = 2;
var MAX_SERVER_ERROR_RETRIES = 3;
var DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
async function createGitHubClient(options) {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import("./chunks/github-JKK7OGQD.js"),
    import("./chunks/dist-bundle-IPUS2SWO.js"),
    import("./chunks/dist-bundle-TGPX4OYH.js")
  ]);
  const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
    const retrying = retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    options.log(
      `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` + (retrying ? `retrying after ${retryAfter} s` : `giving up (retry-after ${retryAfter} s, attempt ${retryCount + 1})`)
    );
    return retrying;
  };
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl,
      retry: { doNotRetry: DO_NOT_RETRY, retries: MAX_SERVER_ERROR_RETRIES },
      throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") }
    },
    retry,
    throttling
  );
}
function httpStatus(err) {
  const status = err?.status;
  return typeof status === "number" ? status : void 0;
}

// src/github/merge-base-lookup.ts
function compareApiLookup(token, apiUrl, owner, repo, log2) {
  return async (base, head) => {
    if (!token) return null;
    const client = await createGitHubClient({ token, baseUrl: apiUrl, log: log2 });
    const { data } = await client.rest.repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead: `${base}...${head}`,
      per_page: 1
    });
    const sha2 = data.merge_base_commit?.sha;
    return typeof sha2 === "string" && /^[0-9a-f]{40}$/.test(sha2) ? sha2 : null;
  };
}

// src/github/github-limits.ts
var MAX_INLINE_COMMENTS = 30;
var COMMENT_BODY_MAX_CHARS = 65536;
var STEP_SUMMARY_MAX_BYTES = 1024 * 1024;
var ANNOTATIONS_PER_LEVEL_PER_STEP = 10;
var MAX_PER_PAGE = 100;
var MAX_PULL_REQUEST_FILES = 3e3;

// src/github/annotations-publisher.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "notice",
  info: "notice"
};
var MESSAGE_LIMIT = 1e3;
var NAME_LIMIT = 100;
var AnnotationsPublisher = class {
  constructor(sink, reservedNotices = 0) {
    this.sink = sink;
    this.reservedNotices = reservedNotices;
  }
  sink;
  reservedNotices;
  name = "annotations";
  async publish(report) {
    const findings = report.findings.filter(needsAction).sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    if (findings.length === 0)
      return { publisher: this.name, status: "skipped", reason: "no findings to annotate" };
    const room = {
      error: ANNOTATIONS_PER_LEVEL_PER_STEP,
      warning: ANNOTATIONS_PER_LEVEL_PER_STEP,
      // One notice slot is kept for the "N more" line.
      notice: Math.max(0, ANNOTATIONS_PER_LEVEL_PER_STEP - this.reservedNotices - 1)
    };
    let shown = 0;
    for (const f of findings) {
      const level = LEVEL[f.severity];
      if (room[level] === 0) continue;
      room[level]--;
      shown++;
      this.sink[level](annotationMessage(f), annotationProperties(f));
    }
    const rest = findings.length - shown;
    if (rest > 0) {
      this.sink.notice(
        `flowguard: ${rest} more finding${rest === 1 ? "" : "s"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL_PER_STEP} annotations per level per step); the job summary and the SARIF file list every finding.`,
        { title: "flowguard: more findings" }
      );
    }
    return {
      publisher: this.name,
      status: "posted",
      reason: `${shown} annotations${rest > 0 ? `, ${rest} more in the job summary and SARIF` : ""}`
    };
  }
};
function annotationMessage(f) {
  const where = [`flow ${clip(f.flow.name, NAME_LIMIT)}`];
  if (f.location.entry !== null)
    where.push(
      `zip entry ${clip(f.location.entry, 200)}${f.location.line === null ? "" : ` line ${f.location.line}`}`
    );
  return escapeTerminal(`${clip(f.message, MESSAGE_LIMIT)} (${where.join("; ")})`);
}
function annotationProperties(f) {
  const subject = f.action === null ? "" : `: ${clip(f.action, NAME_LIMIT)}`;
  const props = {
    title: escapeTerminal(`${f.ruleId} ${f.rule} (${f.severity})${subject}`),
    file: escapeTerminal(f.location.file)
  };
  if (f.location.entry === null && f.location.line !== null) {
    props.startLine = f.location.line;
    props.endLine = f.location.endLine ?? f.location.line;
  }
  return props;
}

// src/github/comment-identity.ts
var GITHUB_ACTIONS_BOT = "github-actions[bot]";
async function commentAuthor(client) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    if (httpStatus(err) === void 0) throw err;
    return GITHUB_ACTIONS_BOT;
  }
}
function isAuthor(comment, login) {
  return comment.user?.login === login;
}
var SUMMARY_MARKER = "flowguard-summary";
function isSummaryComment(body) {
  return (body ?? "").startsWith(`<!-- ${SUMMARY_MARKER} -->`);
}
var FINGERPRINT_PREFIX = "<!-- flowguard-fingerprint ";
var FINGERPRINT_AT_START = /^<!-- flowguard-fingerprint ([^\s<>]+) -->/;
function fingerprintMarker(fingerprint) {
  return `${FINGERPRINT_PREFIX}${escapeHtmlComment(fingerprint)} -->`;
}
function fingerprintOf(body) {
  const m = FINGERPRINT_AT_START.exec(body ?? "");
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

// src/github/job-summary-publisher.ts
var MARGIN_BYTES = 4096;
var MAX_BYTES_PER_UNIT = 3;
var JobSummaryPublisher = class {
  constructor(sink, options = {}) {
    this.sink = sink;
    this.options = options;
  }
  sink;
  options;
  name = "job summary";
  async publish(report) {
    if (!this.sink)
      return { publisher: this.name, status: "skipped", reason: "GITHUB_STEP_SUMMARY is not set" };
    try {
      await this.sink(jobSummary(report, this.options));
    } catch (err) {
      return { publisher: this.name, status: "degraded", reason: `not written \u2014 ${err.message}` };
    }
    return { publisher: this.name, status: "posted", reason: "job summary written" };
  }
};
function jobSummary(report, options = {}) {
  let map = renderSecretAccessMap(secretAccessMap(report));
  const notes = (options.notes ?? []).map((n) => `> ${escapeMarkdown(clip(n, 500))}
`).join("");
  const bytes = (s) => Buffer.byteLength(s, "utf8");
  let room = STEP_SUMMARY_MAX_BYTES - MARGIN_BYTES - bytes(notes) - bytes(map);
  if (room < STEP_SUMMARY_MAX_BYTES / 2) {
    map = "### \u{1F510} Secret access map\n\nToo large for the job summary; see the SARIF file.\n";
    room = STEP_SUMMARY_MAX_BYTES - MARGIN_BYTES - bytes(notes) - bytes(map);
  }
  const markdown = renderReport(report, "markdown", { maxLength: Math.floor(room / MAX_BYTES_PER_UNIT) });
  return `${markdown}
${map}
${notes}`;
}

// src/github/diff-hunks.ts
var HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const hunks = { right: /* @__PURE__ */ new Set(), left: /* @__PURE__ */ new Set(), added: /* @__PURE__ */ new Set(), deleted: /* @__PURE__ */ new Set() };
  let oldLine = 0;
  let newLine = 0;
  let oldLeft = 0;
  let newLeft = 0;
  for (const line of patch.split("\n")) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      oldLine = Number(header[1]);
      oldLeft = header[2] === void 0 ? 1 : Number(header[2]);
      newLine = Number(header[3]);
      newLeft = header[4] === void 0 ? 1 : Number(header[4]);
      continue;
    }
    if (oldLeft <= 0 && newLeft <= 0) continue;
    const mark = line[0];
    if (mark === "+" && newLeft > 0) {
      hunks.added.add(newLine);
      hunks.right.add(newLine++);
      newLeft--;
    } else if (mark === "-" && oldLeft > 0) {
      hunks.deleted.add(oldLine);
      hunks.left.add(oldLine++);
      oldLeft--;
    } else if ((mark === " " || line === "") && oldLeft > 0 && newLeft > 0) {
      hunks.left.add(oldLine++);
      hunks.right.add(newLine++);
      oldLeft--;
      newLeft--;
    }
  }
  return hunks;
}
var PullRequestDiff = class {
  byPath = /* @__PURE__ */ new Map();
  byBasePath = /* @__PURE__ */ new Map();
  constructor(files) {
    for (const f of files) {
      const lines = f.patch === void 0 ? parsePatch("") : parsePatch(f.patch);
      const hunks = { ...lines, path: f.filename, basePath: f.previous_filename ?? f.filename };
      this.byPath.set(hunks.path, hunks);
      if (f.status !== "added") this.byBasePath.set(hunks.basePath, hunks);
    }
  }
  /** The file as the head revision names it. */
  head(path4) {
    return this.byPath.get(path4);
  }
  /** The file as the base revision names it (follows renames). */
  base(path4) {
    return this.byBasePath.get(path4);
  }
  get size() {
    return this.byPath.size;
  }
};

// src/github/publisher.ts
function describeApiFailure(err) {
  const status = httpStatus(err);
  const message = err?.response?.data?.message;
  const detail = typeof message === "string" && message ? message : err instanceof Error ? err.message : String(err);
  const headers = err?.response?.headers;
  if ((status === 403 || status === 429) && (String(headers?.["x-ratelimit-remaining"]) === "0" || /rate limit/i.test(detail))) {
    return `GitHub answered ${status} (${detail}): rate limited for longer than flowguard waits`;
  }
  if (status === 403 || status === 404) {
    return `GitHub answered ${status} (${detail}): the token cannot write here (a pull request from a fork, or a workflow without \`pull-requests: write\`)`;
  }
  return status === void 0 ? detail : `GitHub answered ${status} (${detail})`;
}
async function degradeOnApiError(publisher, work, onDegraded = (reason) => ({ publisher, status: "degraded", reason: `not posted \u2014 ${reason}` })) {
  try {
    return await work();
  } catch (err) {
    if (httpStatus(err) === void 0) throw err;
    return onDegraded(describeApiFailure(err));
  }
}

// src/github/review-publisher.ts
var SEVERITY_ICON = { critical: "\u{1F534}", high: "\u{1F7E0}", medium: "\u{1F7E1}", low: "\u{1F535}", info: "\u26AA" };
var RULE_ID = /^FG\d{3}$/;
var MESSAGE_LIMIT2 = 2e3;
var NAME_LIMIT2 = 200;
var ReviewPublisher = class {
  constructor(client, pr, author) {
    this.client = client;
    this.pr = pr;
    this.author = author;
  }
  client;
  pr;
  author;
  name = "review";
  async publish(report) {
    const candidates = report.findings.filter(needsAction);
    const everything = (why) => candidates.map((finding) => ({ finding, why }));
    if (candidates.length === 0) return this.result("skipped", "no findings to comment on", [], /* @__PURE__ */ new Set());
    return degradeOnApiError(
      this.name,
      async () => {
        const [diff, earlier] = await Promise.all([this.diff(), this.commentedFingerprints()]);
        const { comments, notInline } = this.plan(candidates, diff, earlier);
        const reported = new Set(candidates.map((f) => f.fingerprint));
        const commented = new Set([...earlier].filter((fp) => reported.has(fp)));
        if (comments.length === 0) {
          const reason = commented.size > 0 ? "every finding on a changed line already has a comment" : "no finding is on a line this pull request changed";
          return this.result("skipped", reason, notInline, commented);
        }
        return this.post(comments, notInline, commented);
      },
      (reason) => this.result(
        "degraded",
        `not posted \u2014 ${reason}`,
        everything("the review could not be posted"),
        /* @__PURE__ */ new Set()
      )
    );
  }
  result(status, reason, notInline, commented) {
    return { publisher: this.name, status, reason, notInline, commented };
  }
  async diff() {
    const files = await this.client.paginate(this.client.rest.pulls.listFiles, {
      owner: this.pr.owner,
      repo: this.pr.repo,
      pull_number: this.pr.number,
      per_page: MAX_PER_PAGE
    });
    return new PullRequestDiff(files);
  }
  async commentedFingerprints() {
    const comments = await this.client.paginate(this.client.rest.pulls.listReviewComments, {
      owner: this.pr.owner,
      repo: this.pr.repo,
      pull_number: this.pr.number,
      per_page: MAX_PER_PAGE
    });
    const fps = /* @__PURE__ */ new Set();
    for (const c of comments) {
      const fp = isAuthor(c, this.author) ? fingerprintOf(c.body) : null;
      if (fp) fps.add(fp);
    }
    return fps;
  }
  plan(candidates, diff, earlier) {
    const comments = [];
    const notInline = [];
    for (const finding of candidates) {
      if (earlier.has(finding.fingerprint)) continue;
      const anchor = anchorOf(finding, diff);
      if (!anchor) notInline.push({ finding, why: whyUnanchored(finding, diff) });
      else if (comments.length >= MAX_INLINE_COMMENTS)
        notInline.push({ finding, why: `over the limit of ${MAX_INLINE_COMMENTS} inline comments per run` });
      else comments.push({ ...anchor, body: commentBody(finding, anchor.side), finding });
    }
    return { comments, notInline };
  }
  async post(comments, notInline, commented) {
    const request = (withComments, body) => this.client.rest.pulls.createReview({
      owner: this.pr.owner,
      repo: this.pr.repo,
      pull_number: this.pr.number,
      commit_id: this.pr.headSha,
      event: "COMMENT",
      body,
      comments: withComments.map(({ path: path4, line, side, body: text }) => ({ path: path4, line, side, body: text }))
    });
    try {
      await request(comments, reviewBody(comments.length));
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
      const moved = comments.map(({ finding, path: path4, line, side }) => ({
        finding,
        why: `GitHub rejected the inline position ${path4}:${line} (${side} side) with 422`
      }));
      await request([], rejectedReviewBody(comments.length, describeApiFailure(err)));
      return this.result(
        "degraded",
        `posted without its ${comments.length} inline comments \u2014 GitHub rejected their positions (422); the summary comment lists them`,
        [...notInline, ...moved],
        commented
      );
    }
    for (const c of comments) commented.add(c.finding.fingerprint);
    return this.result(
      "posted",
      `${comments.length} inline comment${comments.length === 1 ? "" : "s"} on ${this.pr.headSha.slice(0, 7)}`,
      notInline,
      commented
    );
  }
};
function anchorOf(f, diff) {
  if (f.baseLocation) {
    const file2 = lineSpan(f.baseLocation) && diff.base(f.baseLocation.file);
    const line2 = file2 ? pick(file2.deleted, file2.left, f.baseLocation) : null;
    if (file2 && line2 !== null) return { path: file2.path, line: line2, side: "LEFT" };
  }
  const file = lineSpan(f.location) && diff.head(f.location.file);
  const line = file ? pick(file.added, file.right, f.location) : null;
  return file && line !== null ? { path: file.path, line, side: "RIGHT" } : null;
}
function lineSpan(loc) {
  return loc.entry === null && loc.line !== null;
}
function pick(changed, commentable, loc) {
  const first = loc.line;
  const last = Math.max(first, loc.endLine ?? first);
  for (let l = first; l <= last; l++) if (changed.has(l)) return l;
  if (commentable.has(first)) return first;
  for (let l = first; l <= last; l++) if (commentable.has(l)) return l;
  return null;
}
function whyUnanchored(f, diff) {
  if (f.location.entry !== null) return "inside a zip file, which has no lines in the diff";
  if (f.location.line === null) return "about the flow as a whole, not a line";
  const listed = diff.head(f.location.file) || f.baseLocation && diff.base(f.baseLocation.file);
  if (!listed && diff.size >= MAX_PULL_REQUEST_FILES)
    return `in a file past the first ${MAX_PULL_REQUEST_FILES} that GitHub lists for a pull request`;
  return "not on a line this pull request changed";
}
function ruleLabel(f) {
  return RULE_ID.test(f.ruleId) ? `[${f.ruleId}](${ruleDocUrl(f.ruleId)}) ${escapeMarkdown(f.rule)}` : escapeMarkdown(`${f.ruleId} ${f.rule}`);
}
function commentBody(f, side) {
  const where = [`Flow: ${escapeMarkdown(clip(f.flow.name, NAME_LIMIT2))}`];
  if (f.action !== null) where.push(`action: ${escapeMarkdown(clip(f.action, NAME_LIMIT2))}`);
  const lines = [
    fingerprintMarker(f.fingerprint),
    `**${SEVERITY_ICON[f.severity]} ${f.severity} \xB7 ${ruleLabel(f)}**`,
    "",
    escapeMarkdown(clip(f.message, MESSAGE_LIMIT2)),
    "",
    // The secret's path, e.g. `Get_secret → Set_variable → Send_an_email`.
    ...f.path?.length ? [`Path: ${escapeMarkdown(clip(pathChain(f.path), MESSAGE_LIMIT2))}`, ""] : [],
    `<sub>${where.join(" \xB7 ")}${side === "LEFT" ? " \xB7 this line was removed by the pull request" : ""}</sub>`
  ];
  return lines.join("\n");
}
function reviewBody(count) {
  return `\u{1F6E1}\uFE0F **flowguard** left ${count} inline comment${count === 1 ? "" : "s"} on this change. The summary comment lists every finding and the gate result.`;
}
function rejectedReviewBody(count, failure) {
  return `\u{1F6E1}\uFE0F **flowguard** found ${count} finding${count === 1 ? "" : "s"} on changed lines, but GitHub did not accept their positions (${escapeMarkdown(failure)}). They are listed in the summary comment.`;
}

// src/github/sarif-file-publisher.ts
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";
var SarifFilePublisher = class {
  constructor(file, rules) {
    this.file = file;
    this.rules = rules;
  }
  file;
  rules;
  name = "SARIF file";
  async publish(report) {
    try {
      await mkdir2(path3.dirname(this.file), { recursive: true });
      await writeFile2(this.file, renderReport(report, "sarif", { rules: this.rules }));
    } catch (err) {
      return { publisher: this.name, status: "degraded", reason: `not written \u2014 ${err.message}` };
    }
    return { publisher: this.name, status: "posted", reason: `wrote ${this.file}` };
  }
};

// src/github/summary-comment-publisher.ts
var STATE_PREFIX = "<!-- flowguard-state ";
var STATE = /<!-- flowguard-state ([^<>]*) -->\s*$/;
var STATE_MAX_CHARS = 2e4;
var LIST_LIMIT = 50;
var NAME_LIMIT3 = 80;
var SummaryCommentPublisher = class {
  constructor(client, pr, author, options = {}) {
    this.client = client;
    this.pr = pr;
    this.author = author;
    this.options = options;
  }
  client;
  pr;
  author;
  options;
  name = "summary comment";
  async publish(report) {
    return this.upsert(
      (previous) => summaryBody(report, readState(previous), { ...this.options, headSha: this.pr.headSha })
    );
  }
  /**
   * A run that could not finish replaces the summary comment with that failure: an earlier run's
   * "Gate passed" must not stand on the PR as if it were this commit's. The hidden state is kept, so the
   * next run that finishes still knows what the PR introduced.
   */
  async publishFailure(error2) {
    return this.upsert(
      (previous) => failureBody(error2, previous, this.options.runUrl ?? null, this.pr.headSha)
    );
  }
  /**
   * Edits our summary comment (found by the marker, on a comment by our own login) or creates it — only
   * while this run's commit is the PR's head: runs for two quick pushes can finish in either order, and the
   * later-finishing run for the older commit must not put its result on the PR as the current one.
   */
  async upsert(bodyFor) {
    return degradeOnApiError(this.name, async () => {
      const { owner, repo, number } = this.pr;
      const { data: pull } = await this.client.rest.pulls.get({ owner, repo, pull_number: number });
      if (pull.head.sha !== this.pr.headSha) {
        return {
          publisher: this.name,
          status: "skipped",
          reason: `the pull request's head is now ${pull.head.sha.slice(0, 7)}: the run for that commit writes the summary`
        };
      }
      const comments = await this.client.paginate(this.client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: MAX_PER_PAGE
      });
      const ours = comments.find((c) => isAuthor(c, this.author) && isSummaryComment(c.body));
      const body = bodyFor(ours?.body ?? "");
      if (ours) {
        await this.client.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
        return { publisher: this.name, status: "posted", reason: `updated comment ${ours.id}` };
      }
      const { data } = await this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body
      });
      return { publisher: this.name, status: "posted", reason: `created comment ${data.id}` };
    });
  }
};
function failureBody(error2, previous, runUrl, headSha) {
  return [
    `<!-- ${SUMMARY_MARKER} -->`,
    "## \u{1F6E1}\uFE0F flowguard security review",
    "",
    `\u274C **Gate failed**: flowguard could not review commit ${headSha.slice(0, 7)}: ${escapeMarkdown(clip(error2, 1e3))}`,
    "",
    "No result is shown for this commit; the workflow run has the details.",
    "",
    "---",
    footer(runUrl, headSha),
    encodeState(readState(previous)),
    ""
  ].join("\n");
}
function summaryBody(report, previous, options) {
  const { shown, state } = withFixedSinceLastRun(report, previous);
  const extra = [...notInlineSection(options.notInline ?? []), ...notesSection(options.notes ?? [])];
  extra.push("---", footer(options.runUrl ?? null, options.headSha), encodeState(state), "");
  const tail = extra.join("\n");
  const markdown = renderReport(shown, "markdown", {
    marker: SUMMARY_MARKER,
    maxLength: COMMENT_BODY_MAX_CHARS - tail.length - 2
  });
  return `${markdown}
${tail}`;
}
function withFixedSinceLastRun(report, previous) {
  const present = new Set(report.findings.map((f) => f.fingerprint));
  const current = report.findings.filter((f) => f.status === "new").map((f) => [
    f.fingerprint,
    f.ruleId,
    f.rule,
    f.severity,
    clip(f.flow.name, NAME_LIMIT3),
    f.action === null ? null : clip(f.action, NAME_LIMIT3),
    clip(f.location.file, 160),
    0
  ]);
  const fixed = previous.filter((e) => !present.has(e[0])).map((e) => [...e.slice(0, 7), 1]);
  const resolved = fixed.map(([fingerprint, ruleId, rule, severity, flow, action, file]) => ({
    ruleId,
    rule,
    severity: isSeverity(severity) ? severity : "info",
    status: "resolved",
    message: "Fixed by a later push to this pull request.",
    location: { file, entry: null, path: null, line: null, endLine: null },
    flow: { id: null, name: flow, key: "" },
    action,
    fingerprint
  }));
  const counts = report.summary.findings;
  const shown = {
    ...report,
    findings: [...report.findings, ...resolved],
    summary: { ...report.summary, findings: { ...counts, resolved: counts.resolved + resolved.length } }
  };
  return { shown, state: [...current, ...fixed] };
}
function notInlineSection(items) {
  if (items.length === 0) return [];
  const lines = [`### Not commented inline (${items.length})`, ""];
  for (const { finding: f, why } of items.slice(0, LIST_LIMIT)) {
    const action = f.action === null ? "" : ` \xB7 ${escapeMarkdown(clip(f.action, NAME_LIMIT3))}`;
    lines.push(
      `- ${escapeMarkdown(`${f.ruleId} ${f.rule}`)} \xB7 ${escapeMarkdown(clip(f.flow.name, NAME_LIMIT3))}${action}: ${escapeMarkdown(clip(why, 300))}`
    );
  }
  if (items.length > LIST_LIMIT) lines.push(`- \u2026 and ${items.length - LIST_LIMIT} more`);
  lines.push("");
  return lines;
}
function notesSection(notes) {
  return notes.length === 0 ? [] : [...notes.map((n) => `> ${escapeMarkdown(clip(n, 500))}`), ""];
}
function footer(runUrl, headSha) {
  const parts = [
    `Rules and fixes: [flowguard rule documentation](${ruleIndexUrl()})`,
    `commit ${headSha.slice(0, 7)}`
  ];
  if (runUrl && /^https?:\/\/[^\s)<>]+$/.test(runUrl)) parts.push(`[workflow run](${runUrl})`);
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}
function encodeEntries(entries) {
  return escapeHtmlComment(encodeURIComponent(JSON.stringify(entries)));
}
function encodeState(entries) {
  const kept = [];
  let size = 6;
  for (const e of entries) {
    size += encodeEntries([e]).length;
    if (size > STATE_MAX_CHARS) break;
    kept.push(e);
  }
  return `${STATE_PREFIX}${encodeEntries(kept)} -->`;
}
function readState(body) {
  const m = STATE.exec(body);
  if (!m) return [];
  try {
    const parsed = JSON.parse(decodeURIComponent(decodeURIComponent(m[1])));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e) => Array.isArray(e) && e.length === 8 && e.every(
        (v, i) => i === 5 ? v === null || typeof v === "string" : i === 7 ? v === 0 || v === 1 : typeof v === "string"
      )
    );
  } catch {
    return [];
  }
}

// src/action/publish-report.ts
async function publishReport(report, ctx) {
  const { inputs, run: run2 } = ctx;
  const results = [
    await new SarifFilePublisher(inputs.sarifFile, ctx.rules).publish(report)
  ];
  const skip = (publisher, reason) => ({
    publisher,
    status: "skipped",
    reason
  });
  const target = run2.target;
  if (inputs.comment === "none") results.push(skip("PR comments", 'input "comment" is none'));
  else if (target.kind !== "pull-request")
    results.push(skip("PR comments", `a ${run2.eventName || "local"} run has no pull request to comment on`));
  else if (!inputs.token)
    results.push({
      publisher: "PR comments",
      status: "degraded",
      reason: 'not posted \u2014 input "github-token" is empty'
    });
  else {
    const { client, author, pr } = await commentTarget(inputs.token, run2, target, ctx.log);
    let notInline;
    if (inputs.comment === "review") {
      const review = await new ReviewPublisher(client, pr, author).publish(report);
      notInline = review.notInline;
      results.push(review);
    }
    const notes = [...ctx.notes, ...degradedNotes(results)];
    results.push(
      await new SummaryCommentPublisher(client, pr, author, { notInline, notes, runUrl: run2.runUrl }).publish(
        report
      )
    );
  }
  const degraded = results.filter((r) => r.status === "degraded");
  for (const r of degraded)
    ctx.notice(`flowguard ${r.publisher}: ${r.reason}. The other outputs and the gate are not affected.`);
  results.push(
    inputs.annotations ? await new AnnotationsPublisher(ctx.annotate, degraded.length).publish(report) : skip("annotations", 'input "annotations" is false')
  );
  results.push(
    await new JobSummaryPublisher(ctx.jobSummary, {
      notes: [...ctx.notes, ...degradedNotes(results)]
    }).publish(report)
  );
  for (const r of results) ctx.log(`${r.publisher}: ${r.status} (${r.reason})`);
  return results;
}
async function publishRunFailure(error2, inputs, run2, log2) {
  const target = run2.target;
  if (inputs.comment === "none" || target.kind !== "pull-request" || !inputs.token) return null;
  const { client, author, pr } = await commentTarget(inputs.token, run2, target, log2);
  return new SummaryCommentPublisher(client, pr, author, { runUrl: run2.runUrl }).publishFailure(error2);
}
async function commentTarget(token, run2, target, log2) {
  const client = await createGitHubClient({ token, baseUrl: run2.apiUrl, log: log2 });
  const author = await commentAuthor(client);
  const pr = { owner: run2.owner, repo: run2.repo, number: target.number, headSha: target.headSha };
  return { client, author, pr };
}
function degradedNotes(results) {
  return results.filter((r) => r.status === "degraded").map((r) => `flowguard ${r.publisher}: ${r.reason}.`);
}

// src/action.ts
var reportFailure = null;
var log = (message) => info(escapeWorkflowCommandData(message));
async function run() {
  for (const secret of secretForms(getInput("github-token").trim())) setSecret(secret);
  useLinkSource(linksFromActionEnv(process.env));
  const inputs = parseInputs((name) => getInput(name));
  const context = await readRunContext();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  reportFailure = async (error2) => {
    const result = await publishRunFailure(error2, inputs, context, log);
    if (result) log(`${result.publisher}: ${result.status} (${result.reason})`);
  };
  const lookup = compareApiLookup(inputs.token, context.apiUrl, context.owner, context.repo, log);
  const warn = (message) => warning(escapeTerminal(message), { title: "flowguard" });
  const credential = inputs.token ? { serverUrl: context.serverUrl, token: inputs.token } : null;
  const git = new CliGit(workspace, credential);
  const { report, notes } = await scanForEvent(context.target, inputs, workspace, log, lookup, warn, git);
  for (const w of report.warnings ?? []) warning(escapeTerminal(w), { title: "flowguard suppression" });
  notes.push(...report.warnings ?? []);
  const { RULES } = await import("./chunks/rules-JUHTMKKO.js");
  const results = await publishReport(report, {
    inputs,
    run: context,
    rules: RULES.map((r) => r.meta),
    notes,
    annotate: { error, warning, notice },
    jobSummary: process.env.GITHUB_STEP_SUMMARY ? (markdown) => summary.addRaw(markdown, true).write().then(() => void 0) : null,
    notice: (message) => notice(message),
    log
  });
  const { summary: summary2 } = report;
  setOutput("new-findings", String(summary2.findings.new));
  setOutput("max-severity", summary2.maxSeverity ?? "none");
  setOutput("gate", summary2.gate);
  if (results.some((r) => r.publisher === "SARIF file" && r.status === "posted"))
    setOutput("sarif-file", inputs.sarifFile);
  if (summary2.gate === "failed") {
    setFailed(
      `flowguard: gate failed \u2014 a reported finding is at or above fail-on ${summary2.failOn} (max severity ${summary2.maxSeverity}).`
    );
  } else {
    log(`flowguard: gate passed (fail-on ${summary2.failOn}).`);
  }
}
run().catch(async (err) => {
  setOutput("gate", "failed");
  if (err instanceof Error && err.stack) debug(err.stack.split("\n").map(escapeTerminal).join("\n"));
  const message = err instanceof Error ? err.message : String(err);
  setFailed(`flowguard: ${escapeTerminal(message)}`);
  await reportFailure?.(message).catch(
    (e) => log(`summary comment: not updated with the failure (${e instanceof Error ? e.message : String(e)})`)
  );
});
