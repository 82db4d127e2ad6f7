import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  FsTree
} from "./chunk-7R7DW2ZZ.js";
import {
  maskSecret
} from "./chunk-AZKPCXJK.js";
import {
  AUTHENTICATION_SECRET_FIELDS,
  RULES,
  classifySecretSource,
  connectionIdentities,
  credentialSlot,
  dataFlowOf,
  entries,
  fg001,
  forEachString,
  identityOf,
  isCredentialHeader,
  isEnumerationSource,
  isObject,
  literalString,
  longestExpression,
  nodeLabel,
  own,
  ownCI,
  require_micromatch,
  sinkOf,
  str
} from "./chunk-Z7J2HPXS.js";
import {
  BaselineError,
  baselineAccepts,
  decodeText,
  parseBaseline,
  parseJsonText,
  withoutBom
} from "./chunk-U5GFTU7F.js";
import {
  isPresent,
  needsAction
} from "./chunk-PXSJU5AW.js";
import {
  severityRank
} from "./chunk-VEL7OLBI.js";
import {
  compareCodeUnits
} from "./chunk-SVGO55I2.js";
import {
  CliGit
} from "./chunk-ZCMC2OZU.js";
import {
  __toESM
} from "./chunk-IMH2DE2T.js";

// src/engine/scan.ts
import path3 from "node:path";
import { readFile as readFile2 } from "node:fs/promises";

// src/findings/config-suppressions.ts
var import_micromatch = __toESM(require_micromatch(), 1);
var GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;
var ConfigSuppressions = class {
  active;
  warnings = [];
  constructor(entries2, today) {
    this.active = entries2.filter((e) => !e.expires || today < e.expires);
    for (const e of entries2)
      if (e.expires && today >= e.expires)
        this.warnings.push(
          `config ignore[${e.index}] (${describeEntry(e)}) expired on ${e.expires}: its findings count again. Fix them, or renew the entry with a reason.`
        );
  }
  /**
   * The first entry in force that matches the finding. `base`: in a comparison, how the base revision names
   * and places the finding's flow (null for a flow the change adds): the entry must match those names too
   * (SPEC §4), so renaming or moving a flow or action into an entry does not accept the change's findings.
   */
  lookup(f, base = null) {
    return this.active.find(
      (e) => matches(e, f) && (base === null || matchesNames(e, f.ruleId, baseNames(f, base)))
    );
  }
  /** An entry in force that matches the finding by the names the change gave it, but not by the base's. */
  refusedBy(f, base) {
    if (base === null) return void 0;
    return this.active.find((e) => matches(e, f) && !matchesNames(e, f.ruleId, baseNames(f, base)));
  }
};
function matches(e, f) {
  return matchesNames(e, f.ruleId, { ...f.flow, file: f.location.file, action: f.action });
}
function baseNames(f, base) {
  const action = f.action === null ? null : base.nodes.get(f.action) ?? f.action;
  return { id: base.id, name: base.name, file: base.file ?? f.location.file, action };
}
function matchesNames(e, rule, n) {
  if (e.rule !== rule) return false;
  if (e.flow !== void 0) {
    const guid = GUID.exec(e.flow);
    if (guid) {
      if ((n.id ?? "").toLowerCase() !== guid[1].toLowerCase()) return false;
    } else if (!import_micromatch.default.isMatch(n.name, e.flow, { dot: true })) return false;
  }
  if (e.action !== void 0 && (n.action === null || !import_micromatch.default.isMatch(n.action, e.action, { dot: true })))
    return false;
  if (e.path !== void 0 && !import_micromatch.default.isMatch(n.file, e.path, { dot: true })) return false;
  return true;
}
function describeEntry(e) {
  return `${e.rule}${e.flow ? `, flow ${e.flow}` : ""}${e.action ? `, action ${e.action}` : ""}${e.path ? `, path ${e.path}` : ""}`;
}
function refusalWarning(e, f, base) {
  const was = baseNames(f, base);
  const differs = [];
  if (was.name !== f.flow.name) differs.push(`the base revision calls the flow "${was.name}"`);
  if (was.file !== f.location.file) differs.push(`the base revision has the flow in ${was.file}`);
  if (was.action !== null && was.action !== f.action)
    differs.push(`the base revision calls the action "${was.action}"`);
  if ((was.id ?? "") !== (f.flow.id ?? ""))
    differs.push(`the base revision knows the flow by ${was.id ?? "its path, without a GUID"}`);
  const subject = `${f.ruleId} in flow "${f.flow.name}"${f.action === null ? "" : `, ${f.action}`} (${f.location.file})`;
  return `config ignore[${e.index}] (${describeEntry(e)}) not applied to ${subject}: it matches only the names this change gives (${differs.join("; ")}). A suppression follows a rename or move once that is in the base branch.`;
}

// src/findings/severity-overrides.ts
function applySeverityOverrides(findings, overrides) {
  if (!overrides) return findings;
  for (const f of findings) {
    const s = overrides[f.ruleId];
    if (s && s !== "off") f.severity = s;
  }
  return findings;
}
function disabledRules(disable, overrides) {
  const off = Object.entries(overrides ?? {}).filter(([, s]) => s === "off").map(([id]) => id);
  return [.../* @__PURE__ */ new Set([...disable ?? [], ...off])];
}

// src/sources/layout-discovery.ts
var dirOf = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
var join = (dir, name) => dir ? `${dir}/${name}` : name;
function discoverCandidates(files, explicit) {
  const lowers = files.map((f) => f.toLowerCase());
  const byLower = /* @__PURE__ */ new Map();
  for (let k = 0; k < files.length; k++) if (!byLower.has(lowers[k])) byLower.set(lowers[k], files[k]);
  const find = (p) => byLower.get(p.toLowerCase());
  const yamlRoots = /* @__PURE__ */ new Set();
  const logicAppRoots = /* @__PURE__ */ new Set();
  for (const lower of lowers) {
    if (lower.endsWith("/solution.yml")) {
      const segs = lower.split("/");
      if (segs.length >= 3 && segs[segs.length - 3] === "solutions")
        yamlRoots.add(segs.slice(0, -3).join("/"));
    } else if (lower === "host.json" || lower.endsWith("/host.json")) logicAppRoots.add(dirOf(lower));
  }
  const out = [];
  for (let k = 0; k < files.length; k++) {
    const f = files[k];
    const lower = lowers[k];
    const isExplicit = explicit.has(f);
    if (lower.endsWith(".zip")) {
      out.push({ path: f, kind: "zip", reportable: isExplicit, requireDefinition: true, metaPaths: [] });
      continue;
    }
    if (!lower.endsWith(".json") && !(isExplicit && !/\.(xml|xaml)$/.test(lower))) continue;
    const segs = lower.split("/");
    const base = segs[segs.length - 1];
    const n = segs.length;
    const loose = {
      path: f,
      kind: "single-file",
      reportable: isExplicit,
      requireDefinition: isExplicit,
      metaPaths: []
    };
    if (base === "definition.json" && n >= 4 && segs[n - 3] === "flows" && segs[n - 4] === "microsoft.flow") {
      out.push({ ...loose, kind: "legacy-package", reportable: true, requireDefinition: true });
    } else if (base === "workflow.json") {
      const projectRoot = segs.slice(0, -2).join("/");
      if (n >= 2 && logicAppRoots.has(projectRoot)) {
        const connections = find(join(dirOf(dirOf(f)), "connections.json"));
        out.push({
          ...loose,
          kind: "logic-apps-standard",
          reportable: true,
          requireDefinition: true,
          ...connections ? { connections } : {},
          metaPaths: connections ? [connections] : []
        });
      } else {
        out.push({ ...loose, reportable: true, requireDefinition: true });
      }
    } else if (yamlRoots.size > 0 && underYamlFlows(segs, yamlRoots)) {
      out.push({ ...loose, kind: "dataverse-yaml", reportable: true, requireDefinition: isExplicit });
    } else if (n >= 2 && segs[n - 2] === "workflows" && !(yamlRoots.size > 0 && yamlRoots.has(segs.slice(0, -2).join("/")))) {
      const root = dirOf(dirOf(f));
      const dataXml = find(`${f}.data.xml`);
      const customizations2 = find(join(root, "Other/Customizations.xml")) ?? find(join(root, "customizations.xml"));
      const c = {
        path: f,
        kind: "unpacked-solution",
        reportable: true,
        requireDefinition: true,
        metaPaths: [],
        solutionRoot: root
      };
      if (dataXml) {
        c.dataXml = dataXml;
        c.metaPaths.push(dataXml);
      }
      if (customizations2) {
        c.customizations = customizations2;
        c.metaPaths.push(customizations2);
      }
      out.push(c);
    } else {
      out.push(loose);
    }
  }
  return out;
}
function nearPaths(files, only, explicit) {
  const near = nearFolders(only);
  return files.filter((f) => {
    const lower = f.toLowerCase();
    const dir = dirOf(lower);
    if (near.has(dir) || near.has(dirOf(dir)) || explicit.has(f)) return true;
    return isYamlSolutionFile(lower);
  });
}
function nearFolders(only) {
  const near = /* @__PURE__ */ new Set();
  for (const p of only) {
    const dir = dirOf(p.toLowerCase());
    near.add(dir);
    near.add(dirOf(dir));
  }
  return near;
}
function isYamlSolutionFile(lower) {
  if (!lower.endsWith("/solution.yml")) return false;
  const segs = lower.split("/");
  return segs.length >= 3 && segs[segs.length - 3] === "solutions";
}
function underYamlFlows(segs, yamlRoots) {
  for (let i = 0; i < segs.length - 1; i++) {
    if (segs[i] === "modernflows" && yamlRoots.has(segs.slice(0, i).join("/"))) return true;
  }
  return false;
}

// src/sources/git-revision-tree.ts
var GitRevisionTree = class _GitRevisionTree {
  constructor(git, commit, prefix = "") {
    this.git = git;
    this.commit = commit;
    this.prefix = prefix;
  }
  git;
  commit;
  prefix;
  entries;
  blobs;
  /** Fetches started by `size()`, whose content `read()` then takes. */
  fetched = /* @__PURE__ */ new Map();
  load() {
    this.entries ??= this.git.lsTree(this.commit, { recursive: true }).then((entries2) => this.addFiles(entries2, /* @__PURE__ */ new Map()));
    return this.entries;
  }
  /** Listing entries into path → blob id: files only (no symlinks, submodules or folders). */
  addFiles(entries2, map) {
    for (const e of entries2) {
      if (e.type !== "blob" || e.mode === "120000") continue;
      const rel = this.relative(e.path);
      if (rel !== null) map.set(rel, e.oid);
    }
    return map;
  }
  /**
   * PR mode: `list()` then gives only the files near `paths` — every file `nearPaths` keeps for them, and
   * a few more — found by listing the repository's folders (a tenth of its files) and then those
   * folders, instead of every file of the repository.
   */
  near(paths) {
    if (!this.prefix && !this.entries) {
      this.entries = this.loadNear(paths);
      this.entries.catch(() => void 0);
    }
    return this;
  }
  async loadNear(paths) {
    const commit = this.commit;
    const listing = this.git.lsFolders(commit);
    listing.catch(() => void 0);
    const near = nearFolders(await paths);
    const root = near.has("") ? this.git.lsTree(commit, { recursive: false }) : null;
    const folders = await listing;
    const wanted = [];
    for (const dir of folders) {
      const lower = dir.toLowerCase();
      const parent = dirOf2(lower);
      const yaml = parent === "solutions" || parent.endsWith("/solutions");
      if (near.has(lower) || near.has(parent) || yaml) wanted.push(`${dir}/`);
    }
    if (wanted.length > MAX_NEAR_FOLDERS) return this.load();
    const map = /* @__PURE__ */ new Map();
    if (root) this.addFiles(await root, map);
    if (wanted.length > 0)
      this.addFiles(await this.git.lsTree(commit, { recursive: false, folders: wanted }), map);
    return map;
  }
  /** A repository path as this tree names it, or null when the tree leaves it out. */
  relative(path4) {
    if (this.prefix && !path4.startsWith(this.prefix)) return null;
    const rel = path4.slice(this.prefix.length);
    const skipped = (rel.includes(".git/") || rel.includes("node_modules/")) && /(^|\/)(\.git|node_modules)\//.test(rel);
    return skipped ? null : rel;
  }
  /**
   * The tree of `commit`, listed from this one and `changes` (the raw diff from `commit` to this tree's
   * commit) instead of a second `ls-tree` of the whole repository: PR mode lists one tree, not two.
   */
  before(commit, changes) {
    const tree = new _GitRevisionTree(this.git, commit, this.prefix);
    tree.entries = this.load().then((mine) => {
      const map = new Map(mine);
      for (const c of changes) {
        const rel = this.relative(c.path);
        if (rel === null) continue;
        if (isFileMode(c.oldMode)) map.set(rel, c.oldId);
        else map.delete(rel);
      }
      return map;
    });
    return tree;
  }
  async list() {
    return [...(await this.load()).keys()].sort();
  }
  async size(path4) {
    const blob = await this.blobOf(path4);
    let f = this.fetched.get(blob);
    if (!f) this.fetched.set(blob, f = this.reader().fetch(blob, KEEP_FOR_READ));
    return f.size;
  }
  async read(path4) {
    const blob = await this.blobOf(path4);
    const f = this.fetched.get(blob);
    this.fetched.delete(blob);
    const kept = f ? await f.content : null;
    return kept ?? await this.reader().fetch(blob, Infinity).content;
  }
  /** Ends the `cat-file` process (it also ends with flowguard). */
  close() {
    this.blobs?.close();
  }
  async blobOf(path4) {
    const blob = (await this.load()).get(path4);
    if (!blob) throw new Error(`${path4} is not in ${this.commit.slice(0, 12)}`);
    return blob;
  }
  reader() {
    this.blobs ??= this.git.catFileBatch();
    return this.blobs;
  }
};
var MAX_NEAR_FOLDERS = 2e3;
var dirOf2 = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
function isFileMode(mode) {
  return mode.startsWith("100");
}
var KEEP_FOR_READ = 64 * 1024 * 1024;

// src/sources/read-paths.ts
import { readFile, stat } from "node:fs/promises";
import path2 from "node:path";

// src/sources/report-root.ts
import { existsSync } from "node:fs";
import path from "node:path";
function reportRoot(cwd) {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}
function displayPath(abs, root, cwd) {
  const fromRoot = path.relative(root, abs);
  const inside = !fromRoot.startsWith("..") && !path.isAbsolute(fromRoot);
  const rel = inside ? fromRoot : path.relative(path.resolve(cwd), abs);
  return rel.split(path.sep).join("/");
}

// src/sources/flow-guid.ts
var GUID2 = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;
function guidFrom(text) {
  const m = text ? GUID2.exec(text) : null;
  return m ? m[1].toLowerCase() : null;
}

// src/sources/arm-workflows.ts
var MAX_ARM_DEPTH = 8;
var TEMPLATE_REF = /^\[\s*(parameters|variables)\s*\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;
function templateValue(ref, template) {
  const m = TEMPLATE_REF.exec(ref.trim());
  if (!m) return null;
  const name = m[2].replace(/''/g, "'");
  const parameter = m[1].toLowerCase() === "parameters";
  for (let t = template; t; t = t.parent) {
    const value = parameter ? own(own(own(t.value, "parameters"), name), "defaultValue") : own(own(t.value, "variables"), name);
    if (isObject(value))
      return {
        value,
        path: parameter ? [...t.path, "parameters", name, "defaultValue"] : [...t.path, "variables", name]
      };
  }
  return null;
}
function armContainers(doc) {
  const found = [];
  const root = { value: doc, path: [], parent: null };
  const stack = [
    { list: own(doc, "resources"), path: ["resources"], depth: 0, template: root }
  ];
  while (stack.length > 0) {
    const { list: list2, path: path4, depth, template } = stack.pop();
    if (depth > MAX_ARM_DEPTH) continue;
    const keys = Array.isArray(list2) ? list2.map((_, i) => i) : isObject(list2) ? Object.keys(list2) : [];
    for (let n = keys.length - 1; n >= 0; n--) {
      const i = keys[n];
      const r = Array.isArray(list2) ? list2[i] : own(list2, i);
      if (own(r, "existing") === true) continue;
      const type = str(own(r, "type"))?.toLowerCase();
      const rp = own(r, "properties");
      const definition = isObject(rp) ? own(rp, "definition") : void 0;
      if (type === "microsoft.logic/workflows" && isObject(rp) && isObject(definition)) {
        found.push({
          containerPath: [...path4, i, "properties"],
          container: rp,
          resourceKey: null,
          name: str(own(r, "name"))
        });
      } else if (type === "microsoft.logic/workflows" && isObject(rp) && typeof definition === "string") {
        const at = templateValue(definition, template);
        if (at)
          found.push({
            containerPath: [...path4, i, "properties"],
            // The resource as deployed: its properties with the definition the expression names.
            container: { ...rp, definition: at.value },
            definitionPath: at.path,
            resourceKey: null,
            name: str(own(r, "name"))
          });
      }
      if (type === "microsoft.resources/deployments") {
        const t = own(rp, "template");
        const tPath = [...path4, i, "properties", "template"];
        stack.push({
          list: own(t, "resources"),
          path: [...tPath, "resources"],
          depth: depth + 1,
          template: { value: t, path: tPath, parent: template }
        });
      }
      stack.push({ list: own(r, "resources"), path: [...path4, i, "resources"], depth: depth + 1, template });
    }
  }
  found.sort((a, b) => comparePaths(a.containerPath, b.containerPath));
  const names = /* @__PURE__ */ new Map();
  for (const f of found) if (f.name) names.set(f.name, (names.get(f.name) ?? 0) + 1);
  const containers = found.map(({ name, ...c }) => ({
    ...c,
    resourceKey: name && names.get(name) === 1 ? name : armIndexKey(c.containerPath),
    ...name ? { resourceName: name } : {}
  }));
  return { arm: found.length > 0, containers };
}
function armIndexKey(containerPath) {
  return containerPath.slice(0, -1).map((p) => typeof p === "number" ? `[${p}]` : `.${p}`).join("").replace(/^\./, "");
}
function comparePaths(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === "number" && typeof b[i] === "number") return a[i] - b[i];
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

// src/sources/flow-document.ts
function isBareDefinition(doc) {
  if (!isObject(doc)) return false;
  const schema = str(own(doc, "$schema"))?.trim().toLowerCase();
  if (!schema?.endsWith("workflowdefinition.json#")) return false;
  return isObject(own(doc, "triggers")) || isObject(own(doc, "actions"));
}
var BARE_DEFINITION_MARK = /workflowdefinition\.json/i;
function findContainers(doc) {
  const props = own(doc, "properties");
  if (isObject(props) && isObject(own(props, "definition"))) {
    return {
      arm: false,
      containers: [{ containerPath: ["properties"], container: props, resourceKey: null }]
    };
  }
  if (isObject(doc) && isObject(own(doc, "definition"))) {
    return { arm: false, containers: [{ containerPath: [], container: doc, resourceKey: null }] };
  }
  if (isBareDefinition(doc)) {
    return {
      arm: false,
      containers: [
        { containerPath: [], container: { definition: doc }, resourceKey: null, definitionPath: [] }
      ]
    };
  }
  return armContainers(doc);
}
function isCloudFlow(meta, container) {
  if (meta.category !== void 0) return meta.category === 5;
  return isObject(own(own(container, "definition"), "triggers"));
}
function extractFlows(input) {
  const parsed = parseJsonText(input.source.text);
  if (!parsed.ok) return parsed;
  const { arm, containers } = findContainers(parsed.value);
  if (containers.length === 0) {
    return input.requireDefinition ? {
      ok: false,
      reason: 'not a flow definition: no "properties.definition" or "definition" object',
      line: null
    } : { ok: true, flows: [] };
  }
  const docMeta = input.metaFromDoc?.(parsed.value) ?? {};
  const base = input.source.entry ? `${input.source.file}!${input.source.entry}` : input.source.file;
  const source = arm && input.source.layout === "single-file" ? { ...input.source, layout: "arm-template" } : input.source;
  const flows = [];
  for (const c of containers) {
    const meta = { ...arm ? {} : docMeta, ...definedOnly(input.meta) };
    if (c.resourceName !== void 0) meta.name ??= c.resourceName;
    if (!isCloudFlow(meta, c.container)) continue;
    flows.push({
      source,
      containerPath: c.containerPath,
      container: c.container,
      meta: definedOnly(meta),
      solutionConnectionReferences: input.refs,
      pathKey: c.resourceKey === null ? base : `${base}#${c.resourceKey}`,
      ...c.definitionPath ? { definitionPath: c.definitionPath } : {}
    });
  }
  return { ok: true, flows };
}
function documentMetadata(filePath) {
  const segments = filePath.split("/");
  return (doc) => {
    const id = guidFrom(segments[segments.length - 1]) ?? guidFrom(str(own(doc, "name"))) ?? guidFrom(segments[segments.length - 2]);
    return id ? { id } : {};
  };
}
function definedOnly(m) {
  const out = {};
  if (m.id !== void 0) out.id = m.id;
  if (m.name !== void 0) out.name = m.name;
  if (m.category !== void 0) out.category = m.category;
  if (m.stateCode !== void 0) out.stateCode = m.stateCode;
  return out;
}

// src/sources/path-filter.ts
var import_micromatch2 = __toESM(require_micromatch(), 1);
function pathFilter(include = [], exclude = []) {
  const inc = include.map((g) => import_micromatch2.default.matcher(g, { dot: true }));
  const exc = exclude.map((g) => import_micromatch2.default.matcher(g, { dot: true }));
  return (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p));
}

// src/sources/logic-app-connections.ts
function connectionsFromJson(doc) {
  const out = [];
  for (const [logicalName, c] of entries(own(doc, "managedApiConnections"))) {
    const connectorId = str(own(own(c, "api"), "id"));
    const connectionId = str(own(own(c, "connection"), "id"));
    if (connectorId) out.push({ logicalName, connectorId, ...connectionId ? { connectionId } : {} });
  }
  for (const [logicalName, c] of entries(own(doc, "serviceProviderConnections"))) {
    const connectorId = str(own(own(c, "serviceProvider"), "id"));
    if (connectorId) out.push({ logicalName, connectorId });
  }
  return out;
}

// src/sources/types.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFlowBytes: 16 * 1024 * 1024,
  maxZipEntries: 2e4,
  maxZipEntryBytes: 64 * 1024 * 1024,
  maxZipTotalBytes: 512 * 1024 * 1024
};

// src/sources/read-limits.ts
function resolveLimits(opts) {
  const out = { ...DEFAULT_LIMITS };
  for (const key2 of Object.keys(DEFAULT_LIMITS)) {
    const v = opts.limits?.[key2];
    if (typeof v === "number" && Number.isFinite(v) && v >= 0) out[key2] = v;
  }
  return out;
}
function formatBytes(n) {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  if (u === 0) return `${n} B`;
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}
function overTheLimit(limits, limit) {
  const v = limits[limit];
  return `over the ${limit} limit of ${limit === "maxZipEntries" ? v : formatBytes(v)}`;
}

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string, regex) {
  const matches2 = [];
  let match = regex.exec(string);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches2.push(allmatches);
    match = regex.exec(string);
  }
  return matches2;
}
var isName = function(string) {
  const match = regexName.exec(string);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches2 = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches2.length; i++) {
    if (matches2[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' has no space in starting.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] !== void 0 && matches2[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches2[i][2] + "' is without value.", getPositionFromMatch(matches2[i]));
    } else if (matches2[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches2[i][2] + "' is not allowed.", getPositionFromMatch(matches2[i]));
    }
    const attrName = matches2[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches2[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches2[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name) {
  if (name[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name}"`);
  }
  for (const ch of name) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name}"`);
    }
  }
  return name;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key2 of Object.keys(map)) {
      const raw = map[key2];
      if (typeof raw === "string") {
        out[key2] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key2] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name, value, context) {
    if (!hook) return true;
    const action = hook(name, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key2 of Object.keys(map)) {
        validateEntityName(key2);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name, value, "external")) {
        filtered[name] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key2, value) {
    validateEntityName(key2);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key2, value, "external")) {
        this._externalMap[key2] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name, value, "input")) {
        filtered[name] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str2) {
    if (typeof str2 !== "string" || str2.length === 0) return str2;
    if (str2.indexOf("&") === -1) return str2;
    const original = str2;
    const chunks = [];
    const len = str2.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str2.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str2.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str2.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str2.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str2.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str2.slice(last));
    const result = chunks.length === 0 ? str2 : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name) {
    if (name in this._inputMap) return { value: this._inputMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._externalMap) return { value: this._externalMap[name], tier: LIMIT_TIER_EXTERNAL };
    if (name in this._baseMap) return { value: this._baseMap[name], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return "__" + name;
  }
  return name;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key2, val) {
    if (key2 === "__proto__") key2 = "#__proto__";
    this.child.push({ [key2]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var qName = (str2, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str2);

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name, xmlVersion) {
  if (qName(name, { xmlVersion }))
    return name;
  else
    throw new Error(`Invalid entity name ${name}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str2) {
  if (typeof str2 !== "string") return str2;
  const len = str2.length;
  if (len === 0) return str2;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str2.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str2.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str2;
  const chars = [];
  if (firstHit > 0) chars.push(str2.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str2.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str2[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str2[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str2.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str2[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str2[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str2, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str2 || typeof str2 !== "string") return str2;
  let trimmedStr = str2.trim();
  if (trimmedStr.length === 0) return str2;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str2;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num = Number(trimmedStr);
    if (Number.isNaN(num)) return str2;
    return handleInfinity(str2, num, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str2, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str2;
      } else {
        const num = Number(trimmedStr);
        const parsedStr = String(num);
        if (num === 0) return num;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num;
          else return str2;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num;
          else if (parsedStr === numTrimmedByZeros) return num;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num;
          else return str2;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num : str2;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num : str2;
        }
      }
    } else {
      return str2;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str2, trimmedStr, options) {
  if (!options.eNotation) return str2;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str2;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str2;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str2;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str2 = numStr.trim();
  if (base === 2 || base === 8) numStr = str2.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str2, num, options) {
  const isPositive = num === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str2;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key2 = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key2)) this._byDepthAndTag.set(key2, []);
      this._byDepthAndTag.get(key2).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path4 = this._matcher.path;
    return path4.length > 0 ? path4[path4.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path4 = this._matcher.path;
    return path4.length > 0 ? path4[path4.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path4 = this._matcher.path;
    if (path4.length === 0) return void 0;
    return path4[path4.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path4 = this._matcher.path;
    if (path4.length === 0) return false;
    const current = path4[path4.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path4 = this._matcher.path;
    if (path4.length === 0) return -1;
    return path4[path4.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path4 = this._matcher.path;
    if (path4.length === 0) return -1;
    return path4[path4.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep2 = separator || this.separator;
    const isDefault = sep2 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep2);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep2);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name) => {
    if (name !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name) ? NAMED[name] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  const label = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list2 of lists) {
    if (matchList(value, list2) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key2 in attrs) {
    if (key2.startsWith(options.attributeNamePrefix)) {
      const rawName = key2.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key2];
    } else {
      rawAttrs[key2] = attrs[key2];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches2 = getAllMatches(attrStr, attrsRegx);
    const len = matches2.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      const oldVal = attrValue(matches2[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches2[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches2[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str2, i, errMsg) {
  const closingIndex = xmlData.indexOf(str2, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str2.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep2 = exp.search(/\s/);
            const name = sep2 === -1 ? exp : exp.substring(0, sep2);
            if (name === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name, options) {
  if (criticalProperties.includes(name)) {
    throw new Error(`[SECURITY] Invalid name: "${name}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name)) {
    return options.onDangerousProperty(name);
  }
  return name;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key2 in attrs) {
    if (key2.startsWith(prefix)) {
      const rawName = key2.substring(prefix.length);
      rawAttrs[rawName] = attrs[key2];
    } else {
      rawAttrs[key2] = attrs[key2];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text === void 0) text = tagObj[property];
      else text += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text === "string") {
    if (text.length > 0) compressedObj[options.textNodeName] = text;
  } else if (text !== void 0) compressedObj[options.textNodeName] = text;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key2 = keys[i];
    if (key2 !== ":@") return key2;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key2, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key2.indexOf("&") !== -1 || key2.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key2] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-parser/src/fxp.js
var XMLValidator = {
  validate
};

// src/sources/xml-subset.ts
var MAX_DEPTH = 64;
var DECLARATION = /^<\?xml(?:[ \t\r\n]+[A-Za-z]+=(?:"[^"<&]*"|'[^'<&]*'))*[ \t\r\n]*\?>/;
var REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
var isNameStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57 || c === 45 || c === 46 || c === 58;
function parseXmlSubset(text, only) {
  const sections = only?.children;
  const n = text.length;
  let i = 0;
  if (text.startsWith("<?")) {
    const m = DECLARATION.exec(text);
    if (!m) return void 0;
    i = m[0].length;
  }
  const stack = [];
  let doc;
  const amps = { at: text.indexOf("&") };
  while (i < n) {
    const lt = text.indexOf("<", i);
    const end = lt < 0 ? n : lt;
    const top = stack.length > 0 ? stack[stack.length - 1] : void 0;
    if (!top) {
      for (let k = i; k < end; k++) if (!isSpace(text.charCodeAt(k))) return void 0;
    } else if (end > i) {
      if (!plainText(text, i, end, amps)) return void 0;
      if (top.children) top.text += text.slice(i, end);
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 47) {
      if (!top || !text.startsWith(top.name, lt + 2) || text.charCodeAt(lt + 2 + top.name.length) !== 62) {
        return void 0;
      }
      stack.pop();
      if (!close(top, stack[stack.length - 1])) return void 0;
      if (stack.length === 0) doc = { [top.name]: valueOf(top) };
      i = lt + 3 + top.name.length;
      continue;
    }
    if (!isNameStart(c) || doc !== void 0) return void 0;
    let p = lt + 2;
    while (p < n && isNameChar(text.charCodeAt(p))) p++;
    const name = text.slice(lt + 1, p);
    if (!safeName(name) || stack.length >= MAX_DEPTH) return void 0;
    if (stack.length >= 2 && name === stack[1].name) return void 0;
    const build = !top ? true : stack.length === 1 && sections ? sections.has(name.toLowerCase()) : !!top.children;
    const frame = {
      name,
      children: build ? {} : null,
      childCount: 0,
      attributes: null,
      text: ""
    };
    let selfClosing = false;
    for (; ; ) {
      const ch = text.charCodeAt(p);
      if (ch === 62) {
        p++;
        break;
      }
      if (ch === 47 && text.charCodeAt(p + 1) === 62) {
        selfClosing = true;
        p += 2;
        break;
      }
      if (!isSpace(ch)) return void 0;
      while (p < n && isSpace(text.charCodeAt(p))) p++;
      const at = text.charCodeAt(p);
      if (at === 62 || at === 47 && text.charCodeAt(p + 1) === 62) continue;
      if (!isNameStart(at)) return void 0;
      const nameStart = p;
      while (p < n && isNameChar(text.charCodeAt(p))) p++;
      const attr = text.slice(nameStart, p);
      const quote = text.charCodeAt(p + 1);
      if (text.charCodeAt(p) !== 61 || quote !== 34 && quote !== 39) return void 0;
      const close2 = text.indexOf(quote === 34 ? '"' : "'", p + 2);
      if (close2 < 0 || !attributeText(text, p + 2, close2, build)) return void 0;
      if (!safeName(attr)) return void 0;
      frame.attributes ??= [];
      if (frame.attributes.some(([a]) => a === attr)) return void 0;
      frame.attributes.push([attr, build ? text.slice(p + 2, close2) : ""]);
      p = close2 + 1;
    }
    if (stack.length === 1 && only?.stopNodes && build && frame.attributes) return void 0;
    if (top) top.childCount++;
    if (!selfClosing) stack.push(frame);
    else if (!close(frame, top)) return void 0;
    else if (!top) doc = { [name]: valueOf(frame) };
    i = p;
  }
  return stack.length === 0 ? doc : void 0;
}
function close(f, parent) {
  if (!f.children) return true;
  const text = f.text.trim();
  if (text.includes("\r") || f.childCount > 0 && text !== "") return false;
  const siblings = parent?.children;
  if (!siblings) return true;
  const value = valueOf(f);
  if (!Object.prototype.hasOwnProperty.call(siblings, f.name)) siblings[f.name] = value;
  else {
    const prev = siblings[f.name];
    if (Array.isArray(prev)) prev.push(value);
    else siblings[f.name] = [prev, value];
  }
  return true;
}
function valueOf(f) {
  const text = f.text.trim();
  if (f.childCount === 0 && !f.attributes) return text;
  const obj = f.children ?? {};
  if (f.childCount === 0 && text !== "") obj["#text"] = text;
  for (const [a, v] of f.attributes ?? []) obj[`@_${a}`] = v.trim();
  return obj;
}
function plainText(text, from, to, amps) {
  const gt = text.indexOf(">", from);
  if (gt >= 0 && gt < to) return false;
  if (amps.at >= 0 && amps.at < from) amps.at = text.indexOf("&", from);
  while (amps.at >= 0 && amps.at < to) {
    if (!reference(text, amps.at, to)) return false;
    amps.at = text.indexOf("&", amps.at + 1);
  }
  return true;
}
function attributeText(text, from, to, build) {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 60) return false;
    if (c === 38 && !reference(text, k, to)) return false;
    if (build && (c === 9 || c === 10 || c === 13)) return false;
  }
  return true;
}
function reference(text, at, limit) {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m || at + m[0].length > limit) return false;
  if (m[0][1] !== "#") return true;
  const code = m[0][2] === "x" ? parseInt(m[0].slice(3), 16) : parseInt(m[0].slice(2), 10);
  return code === 9 || code === 10 || code === 13 || code >= 32 && code <= 55295 || code >= 57344 && code <= 65533 || code >= 65536 && code <= 1114111;
}
var UNSAFE_NAMES = /* @__PURE__ */ new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  "prototype"
]);
function safeName(name) {
  return !UNSAFE_NAMES.has(name) && !name.startsWith("__");
}

// src/sources/solution-metadata.ts
var OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true
};
var parser = new XMLParser(OPTIONS);
var sectionsParser = new XMLParser({ ...OPTIONS, stopNodes: ["ImportExportXml.*"] });
var READ_SECTIONS = {
  children: /* @__PURE__ */ new Set(["workflows", "connectionreferences"]),
  stopNodes: true
};
var DATA_FIELDS = {
  children: /* @__PURE__ */ new Set(["jsonfilename", "category", "statecode"]),
  stopNodes: false
};
function parseXml2(stored, xml, fast, only) {
  const text = withoutBom(stored);
  if (fast) {
    const doc = parseXmlSubset(text, only);
    if (doc && (!only.stopNodes || Object.keys(doc)[0] === "ImportExportXml"))
      return { ok: true, value: doc };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { ok: false, reason: `invalid XML: ${valid.err.msg}`, line: valid.err.line ?? null };
  try {
    const doc = xml.parse(text);
    return isObject(doc) ? { ok: true, value: doc } : { ok: false, reason: "invalid XML: no document", line: null };
  } catch (err) {
    return {
      ok: false,
      reason: `invalid XML: ${err instanceof Error ? err.message : "parse error"}`,
      line: null
    };
  }
}
function parseDataXml(text, fast = true) {
  const doc = parseXml2(text, parser, fast, DATA_FIELDS);
  if (!doc.ok) return doc;
  const wf = ownCI(doc.value, "Workflow")?.[1];
  if (!isObject(wf))
    return { ok: false, reason: "not a workflow data file: no <Workflow> element", line: null };
  return { ok: true, value: workflowEntry(wf) };
}
function parseCustomizationsXml(text, fast = true) {
  const doc = parseXml2(text, sectionsParser, fast, READ_SECTIONS);
  if (!doc.ok) return doc;
  const root = ownCI(doc.value, "ImportExportXml")?.[1];
  if (!isObject(root))
    return { ok: false, reason: "not a solution customizations file: no <ImportExportXml>", line: null };
  let workflowsSection;
  let refsSection;
  try {
    workflowsSection = section(root, "Workflows");
    refsSection = section(root, "connectionreferences");
  } catch (err) {
    return {
      ok: false,
      reason: `invalid XML: ${err instanceof Error ? err.message : "parse error"}`,
      line: null
    };
  }
  const workflows = list(ownCI(workflowsSection, "Workflow")?.[1]).filter(isObject).map(workflowEntry);
  const connectionReferences = [];
  for (const ref of list(ownCI(refsSection, "connectionreference")?.[1])) {
    const logicalName = text1(ownCI(ref, "@_connectionreferencelogicalname")?.[1]);
    const connectorId = text1(ownCI(ref, "connectorid")?.[1]);
    if (logicalName && connectorId) connectionReferences.push({ logicalName, connectorId });
  }
  return { ok: true, value: { workflows, connectionReferences } };
}
function section(root, name) {
  let raw = ownCI(root, name)?.[1];
  if (Array.isArray(raw)) raw = raw[0];
  const inner = typeof raw === "string" ? raw : own(raw, "#text");
  if (typeof inner !== "string") return isObject(raw) ? raw : void 0;
  if (!inner.includes("<")) return void 0;
  const parsed = parser.parse(`<s>${inner}</s>`);
  return own(parsed, "s");
}
function workflowEntry(wf) {
  const id = guidFrom(text1(ownCI(wf, "@_WorkflowId")?.[1]));
  const name = text1(ownCI(wf, "@_Name")?.[1]);
  const category = int(ownCI(wf, "Category")?.[1]);
  const stateCode = int(ownCI(wf, "StateCode")?.[1]);
  const jsonFile = text1(ownCI(wf, "JsonFileName")?.[1]);
  const out = { jsonFile: jsonFile ? solutionRelative(jsonFile) : null };
  if (id) out.id = id;
  if (name) out.name = name;
  if (category !== void 0) out.category = category;
  if (stateCode !== void 0) out.stateCode = stateCode;
  return out;
}
function solutionRelative(p) {
  return p.trim().replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();
}
function workflowFor(meta, relFile, guid) {
  if (!meta) return void 0;
  const rel = relFile.toLowerCase();
  return meta.workflows.find((w) => w.jsonFile === rel) ?? (guid ? meta.workflows.find((w) => w.id === guid) : void 0);
}
function mergeMetadata(...sources) {
  const out = {};
  for (const s of sources) {
    if (!s) continue;
    out.id ??= s.id;
    out.name ??= s.name;
    out.category ??= s.category;
    out.stateCode ??= s.stateCode;
  }
  for (const k of Object.keys(out)) if (out[k] === void 0) delete out[k];
  return out;
}
function list(v) {
  return v === void 0 ? [] : Array.isArray(v) ? v : [v];
}
function text1(v) {
  const raw = typeof v === "string" ? v : typeof own(v, "#text") === "string" ? own(v, "#text") : void 0;
  return raw === void 0 ? void 0 : decodeXmlText(raw).trim() || void 0;
}
function int(v) {
  const t = text1(v);
  return t !== void 0 && /^-?\d+$/.test(t) ? Number(t) : void 0;
}
var PREDEFINED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeXmlText(s) {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (m, ref) => {
    if (ref[0] !== "#") return PREDEFINED[ref] ?? m;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 1114111 ? String.fromCodePoint(code) : m;
  });
}

// src/sources/read-context.ts
var emptyPart = () => ({ flows: [], unreadable: [], filesRead: 0 });
var ReadContext = class {
  constructor(tree, limits) {
    this.tree = tree;
    this.limits = limits;
  }
  tree;
  limits;
  cache = /* @__PURE__ */ new Map();
  problems = /* @__PURE__ */ new Map();
  /**
   * A tree file's bytes; the size limit (`maxFileBytes`, and `maxFlowBytes` too for a flow document) is
   * checked before reading whenever the tree can tell the size.
   */
  async bytes(path4, flow = false) {
    const limit = flow && this.limits.maxFlowBytes < this.limits.maxFileBytes ? "maxFlowBytes" : "maxFileBytes";
    const max = this.limits[limit];
    const tooBig = (n) => ({
      ok: false,
      reason: `the file is ${formatBytes(n)}, ${overTheLimit(this.limits, limit)}`
    });
    try {
      if (this.tree.readWithin) {
        const got = await this.tree.readWithin(path4, max);
        if (!Buffer.isBuffer(got)) return tooBig(got.tooBig);
        return got.length > max ? tooBig(got.length) : { ok: true, buf: got };
      }
      const size = this.tree.size ? await this.tree.size(path4) : void 0;
      if (size !== void 0 && size > max) return tooBig(size);
      const buf = await this.tree.read(path4);
      return buf.length > max ? tooBig(buf.length) : { ok: true, buf };
    } catch (err) {
      const code = err.code;
      return { ok: false, reason: `the file could not be read (${code ?? err.message})` };
    }
  }
  /**
   * The bytes of a flow candidate, or null to skip it silently. A file in a flow's place (`reportable`) is
   * bounded by `maxFlowBytes` before it is read. A sniffed file over that limit is still looked into — as
   * bytes, never parsed — and is a breach only when it could hold a definition (it spells `"definition"` or
   * a bare definition's `workflowdefinition.json` schema,
   * or hides it in `\u` escapes or UTF-16): otherwise padding a Logic App past the limit would make it pass
   * unreviewed, while a large data file is no flow and stays silent.
   */
  async flowBytes(path4, reportable) {
    if (reportable) return this.bytes(path4, true);
    const got = await this.bytes(path4);
    if (!got.ok) return null;
    const { buf } = got;
    if (buf.length <= this.limits.maxFlowBytes) return got;
    const couldHoldFlow = buf.includes('"definition"') || buf.includes("workflowdefinition.json") || buf.includes("\\u") || buf[0] === 255 || buf[0] === 254;
    if (!couldHoldFlow) return null;
    return {
      ok: false,
      reason: `the file is ${formatBytes(buf.length)}, ${overTheLimit(this.limits, "maxFlowBytes")}`
    };
  }
  /**
   * A flow's `.data.xml`: read each time it is asked for, never kept. It describes one flow, read once
   * per scan, and keeping every entry for the run only moved them into the old generation.
   */
  dataXml(path4) {
    return this.load(path4, parseDataXml);
  }
  customizations(path4) {
    return this.metadata(path4, parseCustomizationsXml);
  }
  connections(path4) {
    return this.metadata(path4, (text) => {
      const parsed = parseJsonText(text);
      return parsed.ok ? { ok: true, value: connectionsFromJson(parsed.value) } : parsed;
    }).then((refs) => refs ?? []);
  }
  /** Metadata files that could not be read, one each. */
  metadataProblems() {
    return [...this.problems.values()];
  }
  /** A metadata file shared by flows: read and parsed once, however many ask. */
  metadata(path4, parse) {
    let p = this.cache.get(path4);
    if (!p) {
      p = this.load(path4, parse);
      this.cache.set(path4, p);
    }
    return p;
  }
  async load(path4, parse) {
    const got = await this.bytes(path4);
    if (!got.ok) return this.problem(path4, got.reason, null);
    const decoded = decodeText(got.buf);
    if (!decoded.ok) return this.problem(path4, decoded.reason, decoded.line);
    const parsed = parse(decoded.text);
    return parsed.ok ? parsed.value : this.problem(path4, parsed.reason, parsed.line);
  }
  problem(file, reason, line) {
    this.problems.set(file, { file, entry: null, reason, line });
    return void 0;
  }
};

// src/sources/zip-reader.ts
import zlib from "node:zlib";

// src/sources/zip-directory.ts
var ZipError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
  kind;
};
var EOCD_SIG = 101010256;
var ZIP64_LOCATOR_SIG = 117853008;
var ZIP64_EOCD_SIG = 101075792;
var CENTRAL_SIG = 33639248;
var U16 = 65535;
var U32 = 4294967295;
var nameDecoder = new TextDecoder("utf-8");
function readCentralDirectory(buf, maxEntries) {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError("format", "not a zip archive (no end of central directory record)");
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16 || size === U32 || offset === U32) {
    const loc = eocd - 20;
    if (loc >= 0 && buf.readUInt32LE(loc) === ZIP64_LOCATOR_SIG) {
      const rec = safeNumber(buf.readBigUInt64LE(loc + 8));
      if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== ZIP64_EOCD_SIG) {
        throw new ZipError("format", "broken zip64 end of central directory record");
      }
      count = safeNumber(buf.readBigUInt64LE(rec + 32));
      size = safeNumber(buf.readBigUInt64LE(rec + 40));
      offset = safeNumber(buf.readBigUInt64LE(rec + 48));
    }
  }
  if (count > maxEntries) {
    throw new ZipError(
      "limit",
      `zip declares ${count} entries, over the maxZipEntries limit of ${maxEntries}`
    );
  }
  if (offset + size > buf.length) throw new ZipError("format", "the central directory lies outside the file");
  const out = [];
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL_SIG) {
      throw new ZipError("format", `central directory entry ${i + 1} of ${count} is damaged`);
    }
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const end = pos + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length)
      throw new ZipError("format", `central directory entry ${i + 1} of ${count} is damaged`);
    const rawName = nameDecoder.decode(buf.subarray(pos + 46, pos + 46 + nameLen));
    const entry = {
      rawName,
      name: normaliseEntryName(rawName),
      dir: /[/\\]$/.test(rawName),
      flags: buf.readUInt16LE(pos + 8),
      method: buf.readUInt16LE(pos + 10),
      crc32: buf.readUInt32LE(pos + 16),
      compressedSize: buf.readUInt32LE(pos + 20),
      uncompressedSize: buf.readUInt32LE(pos + 24),
      localHeaderOffset: buf.readUInt32LE(pos + 42)
    };
    applyZip64Extra(entry, buf.subarray(pos + 46 + nameLen, pos + 46 + nameLen + extraLen));
    out.push(entry);
    pos = end;
  }
  return out;
}
function normaliseEntryName(raw) {
  return raw.replace(/\\/g, "/").replace(/^[A-Za-z]:/, "").split("/").filter((s) => s !== "" && s !== "." && s !== "..").join("/");
}
function findEndOfCentralDirectory(buf) {
  const stop = Math.max(0, buf.length - 22 - U16);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}
function applyZip64Extra(e, extra) {
  if (e.uncompressedSize !== U32 && e.compressedSize !== U32 && e.localHeaderOffset !== U32) return;
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + len || q + 8 > extra.length)
          throw new ZipError("format", `${e.name}: broken zip64 field`);
        const v = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (e.uncompressedSize === U32) e.uncompressedSize = next();
      if (e.compressedSize === U32) e.compressedSize = next();
      if (e.localHeaderOffset === U32) e.localHeaderOffset = next();
      return;
    }
    p += 4 + len;
  }
}
function safeNumber(v) {
  if (v > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError("format", "a zip64 size or offset is out of range");
  return Number(v);
}

// src/sources/zip-reader.ts
var LOCAL_SIG = 67324752;
function openZip(buf, limits) {
  const all = readCentralDirectory(buf, limits.maxZipEntries);
  let declared = 0;
  for (const e of all) if (!e.dir) declared += e.uncompressedSize;
  if (declared > limits.maxZipTotalBytes) {
    throw new ZipError(
      "limit",
      `zip declares ${formatBytes(declared)} of content, ${overTheLimit(limits, "maxZipTotalBytes")}`
    );
  }
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const duplicates = /* @__PURE__ */ new Set();
  for (const e of all) {
    if (e.dir || e.name === "") continue;
    if (seen.has(e.name)) duplicates.add(e.name);
    else {
      seen.add(e.name);
      files.push(e);
    }
  }
  let inflated = 0;
  const read = async (e, flow = false) => {
    if (e.flags & 1) throw new ZipError("format", "the entry is encrypted");
    const entryLimit = flow && limits.maxFlowBytes < limits.maxZipEntryBytes ? "maxFlowBytes" : "maxZipEntryBytes";
    if (e.uncompressedSize > limits[entryLimit]) {
      throw new ZipError(
        "limit",
        `the entry declares ${formatBytes(e.uncompressedSize)}, ${overTheLimit(limits, entryLimit)}`
      );
    }
    const data = entryData(buf, e);
    const remaining = limits.maxZipTotalBytes - inflated;
    const allowed = Math.min(limits[entryLimit], remaining);
    const limitName = limits[entryLimit] <= remaining ? entryLimit : "maxZipTotalBytes";
    const tooBig = () => new ZipError(
      "limit",
      `the entry inflates to more than its declared ${formatBytes(e.uncompressedSize)}, ${overTheLimit(limits, limitName)}`
    );
    let out;
    if (e.method === 0) {
      if (data.length > allowed) throw tooBig();
      out = data;
    } else if (e.method === 8) {
      if (allowed <= 0) throw tooBig();
      try {
        out = inflateRaw(data, allowed);
      } catch (err) {
        if (err.code === "ERR_BUFFER_TOO_LARGE") {
          inflated += allowed;
          throw tooBig();
        }
        throw new ZipError("format", "the entry is damaged (its deflate data does not decode)");
      }
    } else {
      throw new ZipError(
        "format",
        `the entry uses compression method ${e.method}; only stored and deflate are read`
      );
    }
    inflated += out.length;
    if (out.length !== e.uncompressedSize) {
      throw new ZipError(
        "format",
        `the entry declares ${e.uncompressedSize} bytes but holds ${out.length}: the zip is damaged or crafted`
      );
    }
    if (typeof zlib.crc32 === "function" && zlib.crc32(out) >>> 0 !== e.crc32 >>> 0) {
      throw new ZipError("format", "the entry is damaged (CRC-32 mismatch)");
    }
    return out;
  };
  return { files, duplicates, read };
}
function entryData(buf, e) {
  const off = e.localHeaderOffset;
  if (off + 30 > buf.length || buf.readUInt32LE(off) !== LOCAL_SIG) {
    throw new ZipError("format", "the entry has no local header where the central directory says");
  }
  const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError("format", "the entry runs past the end of the file");
  return buf.subarray(start, end);
}
function inflateRaw(data, maxOutputLength) {
  return zlib.inflateRawSync(data, { maxOutputLength });
}

// src/sources/zip-candidate.ts
var SOLUTION_FLOW = /^workflows\/[^/]+\.json$/i;
var LEGACY_DEFINITION = /^microsoft\.flow\/flows\/[^/]+\/definition\.json$/i;
var METADATA = /^(solution\.xml|customizations\.xml|manifest\.json)$/i;
async function readZipCandidate(ctx, c) {
  const part = emptyPart();
  const report = (reason, entry = null, line = null) => {
    part.unreadable.push({ file: c.path, entry, reason, line });
  };
  const got = await ctx.bytes(c.path);
  if (!got.ok) {
    report(got.reason);
    return part;
  }
  let zip;
  try {
    zip = openZip(got.buf, ctx.limits);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    if (err.kind === "limit") report(err.message);
    else if (c.reportable || namesSolutionFiles(got.buf)) report(`broken zip: ${err.message}`);
    return part;
  }
  const byLower = /* @__PURE__ */ new Map();
  for (const e of zip.files) if (!byLower.has(e.name.toLowerCase())) byLower.set(e.name.toLowerCase(), e);
  const isSolution = byLower.has("solution.xml");
  const legacy = zip.files.filter((e) => LEGACY_DEFINITION.test(e.name));
  if (!isSolution && legacy.length === 0) {
    if (c.reportable) {
      report(
        "not a solution or flow package: no solution.xml at the zip root and no Microsoft.Flow/flows/<id>/definition.json"
      );
    }
    return part;
  }
  for (const name of zip.duplicates) {
    if (SOLUTION_FLOW.test(name) || LEGACY_DEFINITION.test(name) || METADATA.test(name)) {
      report(
        "the zip stores this entry name more than once; flowguard read the first copy, other tools may use another",
        name
      );
    }
  }
  const readFlow = async (e, layout, meta, refs, fromDoc) => {
    const text = await entryText(zip, e, true);
    if (!text.ok) return report(text.reason, e.name, text.line);
    part.filesRead++;
    const source = { file: c.path, entry: e.name, layout, text: text.text };
    const res = extractFlows({
      source,
      meta,
      refs,
      requireDefinition: true,
      ...fromDoc ? { metaFromDoc: fromDoc } : {}
    });
    if (!res.ok) report(res.reason, e.name, res.line);
    else part.flows.push(...res.flows);
  };
  if (isSolution) {
    const cust = await customizations(zip, byLower.get("customizations.xml"), report);
    const refs = cust?.connectionReferences ?? [];
    for (const e of zip.files) {
      if (!SOLUTION_FLOW.test(e.name)) continue;
      const guid = guidFrom(e.name.slice(e.name.lastIndexOf("/") + 1));
      const meta = mergeMetadata(workflowFor(cust, e.name, guid), guid ? { id: guid } : void 0);
      if (meta.category !== void 0 && meta.category !== 5) continue;
      await readFlow(e, "packed-solution", meta, refs);
    }
  } else {
    for (const e of legacy) await readFlow(e, "legacy-package", {}, [], documentMetadata(e.name));
  }
  return part;
}
async function customizations(zip, entry, report) {
  if (!entry) return void 0;
  const text = await entryText(zip, entry);
  if (!text.ok) {
    report(text.reason, entry.name, text.line);
    return void 0;
  }
  const parsed = parseCustomizationsXml(text.text);
  if (!parsed.ok) {
    report(parsed.reason, entry.name, parsed.line);
    return void 0;
  }
  return parsed.value;
}
async function entryText(zip, e, flow = false) {
  let buf;
  try {
    buf = await zip.read(e, flow);
  } catch (err) {
    if (!(err instanceof ZipError)) throw err;
    return { ok: false, reason: err.message, line: null };
  }
  const decoded = decodeText(buf);
  return decoded.ok ? decoded : { ok: false, reason: decoded.reason, line: decoded.line };
}
var SOLUTION_MARKERS = ["solution.xml", "customizations.xml", "microsoft.flow/flows/"];
function namesSolutionFiles(buf) {
  const text = buf.toString("latin1").toLowerCase();
  return SOLUTION_MARKERS.some((m) => text.includes(m));
}

// src/sources/read-tree.ts
var CONCURRENCY = 8;
async function readTree(tree, opts = {}, explicit = /* @__PURE__ */ new Set()) {
  const ctx = new ReadContext(tree, resolveLimits(opts));
  const shown = displayName(opts.displayPrefix);
  const filter = pathFilter(opts.include, opts.exclude);
  const keep = (p) => filter(shown.path(p));
  const only = opts.only;
  const listed = await tree.list();
  const candidates = discoverCandidates(only ? nearPaths(listed, only, explicit) : listed, explicit).filter(
    (c) => keep(c.path) && (!only || only.has(c.path) || c.metaPaths.some((m) => only.has(m)))
  );
  const parts = await mapLimited(candidates, CONCURRENCY, async (c, order) => {
    const part = await readCandidate(ctx, c);
    if (!opts.onFlows) return part;
    if (part.flows.length > 0) opts.onFlows(shown.flows(part.flows), order);
    const summary = { flows: [], unreadable: part.unreadable, filesRead: part.filesRead };
    return summary;
  });
  const unreadable = [...ctx.metadataProblems(), ...parts.flatMap((p) => p.unreadable)].map(
    (u) => ({ ...u, file: shown.path(u.file) })
  );
  unreadable.sort(
    (a, b) => compareCodeUnits(a.file, b.file) || compareCodeUnits(a.entry ?? "", b.entry ?? "")
  );
  return {
    flows: shown.flows(parts.flatMap((p) => p.flows)),
    unreadable,
    filesRead: parts.reduce((n, p) => n + p.filesRead, 0)
  };
}
function displayName(prefix) {
  const renamed = /* @__PURE__ */ new WeakSet();
  const at = (p) => prefix ? `${prefix}/${p}` : p;
  return {
    path: at,
    flows(flows) {
      if (!prefix) return flows;
      for (const f of flows) {
        if (renamed.has(f.source)) continue;
        renamed.add(f.source);
        f.source.file = at(f.source.file);
      }
      return flows;
    }
  };
}
async function readCandidate(ctx, c) {
  try {
    return await (c.kind === "zip" ? readZipCandidate(ctx, c) : readFileCandidate(ctx, c));
  } catch (err) {
    const part = emptyPart();
    part.unreadable.push({
      file: c.path,
      entry: null,
      reason: `unexpected error while reading: ${errorText(err)}`,
      line: null
    });
    return part;
  }
}
async function readFileCandidate(ctx, c) {
  const part = emptyPart();
  const report = (reason, line = null) => {
    part.unreadable.push({ file: c.path, entry: null, reason, line });
    return part;
  };
  const { meta, refs } = await metadataOf(ctx, c);
  if (meta.category !== void 0 && meta.category !== 5) return part;
  const got = await ctx.flowBytes(c.path, c.reportable);
  if (got === null) return part;
  if (!got.ok) return report(got.reason);
  const decoded = decodeText(got.buf);
  if (!decoded.ok) return c.reportable ? report(decoded.reason, decoded.line) : part;
  const text = decoded.text;
  if (!c.reportable && !text.includes('"definition"') && !BARE_DEFINITION_MARK.test(text) && !text.includes("\\u"))
    return part;
  const source = { file: c.path, entry: null, layout: c.kind, text };
  const fromDoc = c.kind === "unpacked-solution" || c.kind === "logic-apps-standard" ? void 0 : documentMetadata(c.path);
  const res = extractFlows({
    source,
    meta,
    refs,
    requireDefinition: c.requireDefinition,
    ...fromDoc ? { metaFromDoc: fromDoc } : {}
  });
  if (!res.ok) {
    if (!c.reportable && !looksLikeFlow(text)) return part;
    part.filesRead++;
    return report(res.reason, res.line);
  }
  if (c.reportable || res.flows.length > 0) part.filesRead++;
  part.flows.push(...res.flows);
  return part;
}
async function metadataOf(ctx, c) {
  const segs = c.path.split("/");
  if (c.kind === "unpacked-solution") {
    const [data, cust] = await Promise.all([
      c.dataXml ? ctx.dataXml(c.dataXml) : void 0,
      c.customizations ? ctx.customizations(c.customizations) : void 0
    ]);
    const fileGuid = guidFrom(segs[segs.length - 1]);
    const rel = c.solutionRoot ? c.path.slice(c.solutionRoot.length + 1) : c.path;
    const meta = mergeMetadata(
      data,
      workflowFor(cust, rel, data?.id ?? fileGuid),
      fileGuid ? { id: fileGuid } : void 0
    );
    return { meta, refs: cust?.connectionReferences ?? [] };
  }
  if (c.kind === "logic-apps-standard") {
    const refs = c.connections ? await ctx.connections(c.connections) : [];
    return { meta: { name: segs[segs.length - 2] }, refs };
  }
  return { meta: {}, refs: [] };
}
function looksLikeFlow(text) {
  return (/"definition"\s*:/.test(text) || BARE_DEFINITION_MARK.test(text)) && /"(triggers|actions)"\s*:/.test(text) || /microsoft\.logic\/workflows/i.test(text);
}
function errorText(err) {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}
async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// src/sources/read-paths.ts
async function readPaths(args, cwd, opts = {}) {
  const parts = [];
  const root = reportRoot(cwd);
  const shown = (abs) => displayPath(abs, root, cwd);
  for (const arg of args.length ? args : ["."]) {
    const abs = path2.resolve(cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new Error(`${arg}: no such file or directory`);
    }
    if (st.isDirectory()) parts.push({ kind: "dir", prefix: shown(abs), abs, tree: new FsTree(abs) });
    else if (st.isFile()) parts.push({ kind: "file", name: shown(abs), abs });
    else throw new Error(`${arg}: not a file or directory`);
  }
  const only = parts[0];
  if (parts.length === 1 && only.kind === "dir")
    return readTree(only.tree, { ...opts, displayPrefix: only.prefix });
  const tree = new ArgumentTree(parts);
  const explicit = new Set(parts.flatMap((p) => p.kind === "file" ? [p.name] : []));
  return readTree(tree, opts, explicit);
}
var ArgumentTree = class {
  constructor(parts) {
    this.parts = parts;
  }
  parts;
  where = /* @__PURE__ */ new Map();
  listed;
  list() {
    this.listed ??= this.build();
    return this.listed;
  }
  async read(p) {
    const w = await this.locate(p);
    return w.tree ? w.tree.read(w.rel) : readFile(w.abs);
  }
  async size(p) {
    const w = await this.locate(p);
    return w.tree ? w.tree.size(w.rel) : (await stat(w.abs)).size;
  }
  async locate(p) {
    await this.list();
    const w = this.where.get(p);
    if (!w) throw new Error(`${p}: not one of the scanned paths`);
    return w;
  }
  async build() {
    const seen = /* @__PURE__ */ new Set();
    const add = (name, entry) => {
      if (seen.has(entry.abs) || this.where.has(name)) return;
      seen.add(entry.abs);
      this.where.set(name, entry);
    };
    for (const part of this.parts) {
      if (part.kind === "dir") {
        for (const rel of await part.tree.list()) {
          add(part.prefix ? `${part.prefix}/${rel}` : rel, {
            abs: path2.join(part.abs, rel),
            tree: part.tree,
            rel
          });
        }
      } else {
        add(part.name, { abs: part.abs });
        const dataXml = `${part.abs}.data.xml`;
        if (await isFile(dataXml)) add(`${part.name}.data.xml`, { abs: dataXml });
      }
    }
    return [...this.where.keys()].sort(compareCodeUnits);
  }
};
async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

// src/diff/match-flows.ts
function matchFlows(base, head) {
  const pairs = [];
  const baseByKey = /* @__PURE__ */ new Map();
  for (const b of base) baseByKey.set(b.key, b);
  const used = /* @__PURE__ */ new Set();
  const unmatchedHead = [];
  for (const h of head) {
    const b = baseByKey.get(h.key);
    if (b && !used.has(b)) {
      used.add(b);
      pairs.push({ base: b, head: h });
    } else unmatchedHead.push(h);
  }
  const baseByPath = /* @__PURE__ */ new Map();
  for (const b of base) if (!used.has(b)) baseByPath.set(pathOf(b), b);
  for (const h of unmatchedHead) {
    const b = baseByPath.get(pathOf(h));
    if (b && !used.has(b)) {
      used.add(b);
      pairs.push({ base: b, head: h });
    } else pairs.push({ base: null, head: h });
  }
  for (const b of base) if (!used.has(b)) pairs.push({ base: b, head: null });
  return pairs;
}
function pathOf(f) {
  return `${f.source.file}!${f.source.entry ?? ""}`;
}

// src/diff/definition-change.ts
function flowChanged(base, head) {
  return !sameReferences(base, head) || !sameDefinition(base, head);
}
function sameReferences(base, head) {
  const describe = (f) => {
    const out = /* @__PURE__ */ new Map();
    for (const r of f.connectionReferences.values()) {
      out.set(identityOf(f.connectionIdentities, r.key), `${r.connector}\0${r.runtimeSource ?? ""}`);
    }
    return out;
  };
  const a = describe(base);
  const b = describe(head);
  if (a.size !== b.size) return false;
  for (const [id, v] of a) if (b.get(id) !== v) return false;
  return true;
}
var CONNECTIONS_KEY = /(\$connections'\s*\)\s*\[\s*')((?:[^']|'')*)(')/g;
function canonical(flow, s) {
  const ids = flow.connectionIdentities;
  if (ids?.has(s) || flow.connectionReferences.has(s)) return `\0${identityOf(ids, s)}`;
  if (!s.includes("$connections")) return s;
  return s.replace(
    CONNECTIONS_KEY,
    (_m, a, key2, b) => `${a}\0${identityOf(ids, key2.replace(/''/g, "'"))}${b}`
  );
}
function sameDefinition(base, head) {
  const stack = [[base.definition, head.definition]];
  while (stack.length > 0) {
    const [x, y] = stack.pop();
    if (x === y && typeof x !== "string") continue;
    if (typeof x === "string" && typeof y === "string") {
      if (canonical(base, x) !== canonical(head, y)) return false;
      continue;
    }
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], y[i]]);
      continue;
    }
    const ox = x;
    const oy = y;
    const kx = Object.keys(ox);
    if (kx.length !== Object.keys(oy).length) return false;
    for (const k of kx) {
      if (!Object.prototype.hasOwnProperty.call(oy, k)) return false;
      stack.push([ox[k], oy[k]]);
    }
  }
  return true;
}

// src/model/child-flow-calls.ts
var GUID3 = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
function callKey(flow, node) {
  if (node.type.toLowerCase() !== "workflow") return null;
  const host = own(own(node.raw, "inputs"), "host");
  const ref = str(own(host, "workflowReferenceName"));
  if (ref) return GUID3.exec(ref)?.[0].toLowerCase() ?? null;
  const id = str(own(own(host, "workflow"), "id"));
  if (!id) return null;
  let name;
  if (id.startsWith("[")) name = /resourceId\([^)]*'([^'[\]]+)'\s*\)\s*\]$/i.exec(id)?.[1] ?? null;
  else name = id.includes("@") ? null : id.split("/").filter(Boolean).pop() ?? null;
  if (!name) return null;
  return flow.source.layout === "logic-apps-standard" ? `app:${appOf(flow)}/${name.toLowerCase()}` : `name:${name.toLowerCase()}`;
}
function keysOf(flow) {
  const keys = flow.id ? [flow.id] : [];
  const layout = flow.source.layout;
  if (layout === "logic-apps-standard") keys.push(`app:${appOf(flow)}/${flow.name.toLowerCase()}`);
  else if (layout === "arm-template" && !flow.name.startsWith("["))
    keys.push(`name:${flow.name.toLowerCase()}`);
  return keys;
}
function appOf(flow) {
  return flow.source.file.split("/").slice(0, -2).join("/");
}
function callKeys(flow) {
  const out = [];
  for (const n of flow.nodes) {
    const key2 = callKey(flow, n);
    if (key2 !== null) out.push(key2);
  }
  return out;
}
function callsSecretChild(flow, children) {
  return children.size > 0 && callKeys(flow).some((k) => children.has(k));
}

// src/model/credential-literals.ts
var TEMPLATE = /^(?:<[^<>]*>|\{\{[\s\S]*\}\}|\{[^{}]*\}|\$\{[^}]*\}|\$\([^)]*\)|#\{[^}]*\}#?|__[\w.-]+__|%[\w.-]+%|\[[\s\S]*\])$/;
var MASKED = /xxx|XXX|\*{3}|\.{3}|…|<[^<>]+>|\{\{|^[<{[]/;
var WORDS = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "pass",
  "secret",
  "clientsecret",
  "token",
  "apikey",
  "key",
  "value",
  "string",
  "test",
  "testing",
  "none",
  "null",
  "nil",
  "undefined",
  "na",
  "n/a",
  "tbd",
  "todo",
  "fixme",
  "empty",
  "default",
  "hidden",
  "redacted",
  "mypassword",
  "mysecret",
  "secretvalue",
  "bearer",
  "basic"
]);
var INSTRUCTION = /^(?:your|my|enter|insert|paste|put|add|replace|type|set)[\s_-]/i;
var MARKERS = /changeme|replaceme|placeholder|redacted|dummy|notasecret|notreal|example|sample/;
function isPlaceholder(value) {
  const t = value.trim();
  if (t.length === 0 || TEMPLATE.test(t) || MASKED.test(t) || /^(.)\1+$/.test(t)) return true;
  const word = t.toLowerCase().replace(/[\s_-]+/g, "");
  return WORDS.has(word) || INSTRUCTION.test(t) || MARKERS.test(word);
}
function literalCredential(value, minLength) {
  const literal = literalString(value);
  if (literal === null) return null;
  const t = literal.trim();
  return t.length >= Math.max(1, minLength) && !isPlaceholder(t) ? t : null;
}
function stripScheme(value) {
  return value.replace(
    /^\s*(?:bearer|basic|token|sharedaccesssignature|ssws|digest|apikey|key|id_token)\s+/i,
    ""
  );
}
var CREDENTIAL_HEADER_NAME = /(?:^|[-_])(?:api[-_]?key|access[-_]?token|auth[-_]?token|secret|password|passwd)$|^x-[\w-]*-key$/i;
function looksLikeCredentialHeader(name) {
  return CREDENTIAL_HEADER_NAME.test(name);
}
var BODY_SECRET_KEYS = /* @__PURE__ */ new Set([
  "client_secret",
  "clientsecret",
  "password",
  "passwd"
]);
var TOKEN_FORMATS = [
  { id: "github", label: "GitHub token", re: /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})/ },
  { id: "aws", label: "AWS access key", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { id: "slack", label: "Slack token", re: /\bxox[abpr]-[0-9A-Za-z-]{10,}/ },
  {
    id: "slack-webhook",
    label: "Slack incoming webhook URL",
    re: /hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/([A-Za-z0-9]{20,})/
  },
  {
    id: "azure-storage-key",
    label: "Azure storage account key",
    re: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/
  },
  {
    id: "azure-shared-access-key",
    label: "Azure shared access key",
    re: /SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/
  },
  {
    id: "jwt",
    label: "JSON Web Token",
    re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/
  },
  {
    id: "private-key",
    label: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/
  },
  { id: "stripe", label: "Stripe live key", re: /\b[sr]k_live_[0-9A-Za-z]{20,}/ },
  { id: "sendgrid", label: "SendGrid API key", re: /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}/ },
  { id: "google-api-key", label: "Google API key", re: /\bAIza[0-9A-Za-z_-]{35}/ },
  {
    id: "openai",
    label: "OpenAI API key",
    re: /\bsk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}/
  },
  // Entra ID client secrets created since 2021 carry `Q~` after three characters and a digit.
  {
    id: "entra-client-secret",
    label: "Microsoft Entra ID client secret",
    re: /(?:^|[^\w~.-])([\w~.-]{3}\dQ~[\w~.-]{31,34})(?![\w~.-])/
  },
  {
    id: "connection-string",
    label: "connection string password",
    re: /(?:^|;)\s*(?:password|pwd)\s*=\s*([^;'"]+)/i,
    context: /(?:^|;)\s*(?:server|data source|host|user id|uid)\s*=/i
  }
];
var TOKEN_QUICK = /gh[pousr]_|github_pat_|AKIA|ASIA|xox[abpr]-|hooks\.slack|AccountKey=|SharedAccessKey=|eyJ|PRIVATE KEY|k_live_|SG\.|AIza|sk-|Q~/;
var CONNECTION_QUICK = /password|pwd/i;
function findToken(s, prefilter = true, equals = s.includes("=")) {
  if (s.length < 16 || prefilter && !TOKEN_QUICK.test(s) && !(equals && CONNECTION_QUICK.test(s)))
    return null;
  for (const f of TOKEN_FORMATS) {
    if (f.context && !f.context.test(s)) continue;
    const m = f.re.exec(s);
    if (!m) continue;
    const found = (m[1] ?? m[0]).trim();
    if (found.startsWith("@") || isPlaceholder(found)) continue;
    return { format: f, value: found };
  }
  return null;
}
function secureParameterDefault(raw) {
  const type = (str(own(raw, "type")) ?? "").toLowerCase();
  if (type !== "securestring" && type !== "secureobject") return null;
  const stack = [own(raw, "defaultValue")];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") {
      const literal = literalCredential(v, 1);
      if (literal) return literal;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (isObject(v)) {
      for (const key2 of Object.keys(v)) stack.push(v[key2]);
    }
  }
  return null;
}

// src/model/credential-keys.ts
var isBodyKey = (k) => (k.startsWith("body") || k.endsWith("/body")) && /^body(?:$|\/)|\/body$/.test(k);
var isHeadersKey = (k) => k === "headers" || k.endsWith("/headers");
var FLAT_HEADER = /(?:^|\/)headers\/([^/]+)$/;
function classify(k) {
  const lower = k.toLowerCase();
  return {
    lower,
    body: isBodyKey(lower),
    slotParent: lower === "authentication" || lower === "queries" || isHeadersKey(lower),
    slotKey: FLAT_HEADER.test(lower) || lower.startsWith("customheader")
  };
}
var KEYS = /* @__PURE__ */ new Map();
var MAX_KEYS = 5e4;
function keyInfo(k) {
  let info = KEYS.get(k);
  if (info === void 0) {
    info = classify(k);
    if (KEYS.size < MAX_KEYS) KEYS.set(k, info);
  }
  return info;
}
var NO_KEY = classify("");
function mayMatter(k) {
  const first = k.charCodeAt(0) | 32;
  const last = k.charCodeAt(k.length - 1) | 32;
  return first === 97 || first === 98 || first === 99 || first === 104 || first === 112 || first === 113 || last === 115 || last === 121 || k.includes("/");
}
var PLAIN_KEY = NO_KEY;

// src/model/credential-checks.ts
var MIN_SLOT = 6;
var MIN_URL = 16;
var FORM_QUICK = /client_secret=|password=/i;
var URL_USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@:'"<>{}]+:([^\s/?#@'"<>{}]+)@[^\s/?#@'"<>{}]/gi;
function headerSlot(key2, parent, s) {
  if (isHeadersKey(parent)) return { name: key2, value: s };
  const flat = FLAT_HEADER.exec(key2);
  if (flat) return { name: flat[1], value: s };
  if (!key2.startsWith("customheader")) return null;
  const m = /^\s*([\w-]+)\s*:\s*([\s\S]*)$/.exec(s);
  return m ? { name: m[1].toLowerCase(), value: m[2] } : null;
}
var hit = (discriminator, where, value) => value === null ? null : { discriminator, where, value };
function bySlot(key2, parent, body, s) {
  if (parent === "authentication" && AUTHENTICATION_SECRET_FIELDS.has(key2)) {
    return hit(`auth:${key2}`, `the authentication ${key2}`, literalCredential(s, 1));
  }
  const header = headerSlot(key2, parent, s);
  if (header && (isCredentialHeader(header.name) || looksLikeCredentialHeader(header.name))) {
    const literal = literalCredential(header.value, 0);
    const value = literal && literalCredential(stripScheme(literal), MIN_SLOT);
    return hit(`header:${header.name}`, `the ${header.name} header`, value);
  }
  if (parent === "queries" && (key2 === "sig" || key2 === "code")) {
    return hit(`url:${key2}`, `the URL parameter ${key2}`, literalCredential(s, MIN_URL));
  }
  if (!body) return null;
  const last = key2.slice(key2.lastIndexOf("/") + 1);
  if (BODY_SECRET_KEYS.has(last)) {
    return hit(`body:${last}`, `the request body field ${last}`, literalCredential(s, MIN_SLOT));
  }
  if (!s.includes("=") || !FORM_QUICK.test(s)) return null;
  for (const m of s.matchAll(/(?:^|[&?\s'])(client_secret|password)=([^&'"]*)/gi)) {
    const value = literalCredential(m[2], MIN_SLOT);
    if (value) return hit(`body:${m[1].toLowerCase()}`, `the request body (${m[1]}=)`, value);
  }
  return null;
}
function byForm(name, s, prefilter) {
  if (prefilter && s.length < 16) return null;
  const equals = s.includes("=");
  if (equals && (s.includes("sig=") || s.includes("code="))) {
    for (const m of s.matchAll(/[?&](sig|code)=([^&#\s'"<>]*)/g)) {
      if (m[1] === "code" && !s.includes("://")) continue;
      const value = literalCredential(m[2], MIN_URL);
      if (value) return hit(`url:${m[1]}`, `the URL parameter ${m[1]}`, value);
    }
  }
  if (s.length >= 16 && s.includes("://") && s.includes("@")) {
    for (const m of s.matchAll(URL_USERINFO)) {
      const value = literalCredential(m[1], MIN_SLOT);
      if (value) return hit("url:password", "the password in a URL", value);
    }
  }
  const token = findToken(s, prefilter, equals);
  if (!token) return null;
  const where = `${name ? `"${name}"` : "a list item"} (${token.format.label})`;
  return hit(`token:${token.format.id}`, where, token.value);
}

// src/model/credential-scan.ts
var MAX_RECURSION = 1e3;
function credentialLiteralsOf(flow, prefilter = true) {
  return new CredentialWalk(flow, prefilter).run();
}
var CredentialWalk = class {
  constructor(flow, prefilter) {
    this.flow = flow;
    this.prefilter = prefilter;
    this.nodeByRaw = new Map(flow.nodes.map((n) => [n.raw, n]));
    this.paramByRaw = new Map([...flow.parameters].map(([name, p]) => [p.raw, name]));
  }
  flow;
  prefilter;
  found = [];
  seen = /* @__PURE__ */ new Set();
  nodeByRaw;
  paramByRaw;
  deferred = [];
  run() {
    this.visitObject(this.flow.definition, "", false, null, "", false, 0);
    for (let i = 0; i < this.deferred.length; i++) {
      const d = this.deferred[i];
      if (Array.isArray(d.v)) this.visitArray(d.v, d.key, d.slot, d.owner, d.subject, d.body, 0);
      else this.visitObject(d.v, d.key, d.slot, d.owner, d.subject, d.body, 0);
    }
    return this.found;
  }
  /**
   * An object: `key` is its own key, lower-case (`''` for a list item, or a key that cannot matter); `slot`:
   * that key lets string children sit in a slot by name (KeyInfo.slotParent); `owner`: the trigger/action
   * it sits in; `subject`: where an ownerless value sits; `body`: inside a request body.
   */
  visitObject(o, key2, slot, owner, subject, body, depth) {
    if (depth > MAX_RECURSION) {
      this.deferred.push({ v: o, key: key2, slot, owner, subject, body });
      return;
    }
    const node = this.nodeByRaw.get(o);
    if (node !== void 0) owner = node;
    let skipDefault = false;
    if (owner === null) {
      const param = this.paramByRaw.get(o);
      if (param !== void 0) {
        subject = `parameter:${param}`;
        const literal = secureParameterDefault(o);
        if (literal) {
          skipDefault = true;
          this.found.push({
            kind: "secure-parameter-default",
            owner: null,
            subject,
            discriminator: `param:${param}`,
            where: "",
            value: literal
          });
        }
      }
    }
    const inBody = node === void 0 && body;
    const root = o === this.flow.definition;
    let hits = null;
    let containers = false;
    for (const k in o) {
      const child = o[k];
      if (typeof child === "string") {
        if (skipDefault && k === "defaultValue") continue;
        const info = this.keyOf(k, slot);
        const h = this.check(child, k, info, key2, slot, inBody || info.body);
        if (h) (hits ??= []).push({ hit: h, subject: root ? k : subject });
      } else if (child !== null && typeof child === "object") containers = true;
    }
    if (hits) for (let i = hits.length - 1; i >= 0; i--) this.note(owner, hits[i].subject, hits[i].hit);
    if (!containers) return;
    for (const k in o) {
      const child = o[k];
      if (child === null || typeof child !== "object") continue;
      if (skipDefault && k === "defaultValue") continue;
      const info = this.keyOf(k, slot);
      const b = inBody || info.body;
      const sub = root ? k : subject;
      if (Array.isArray(child)) this.visitArray(child, info.lower, info.slotParent, owner, sub, b, depth + 1);
      else
        this.visitObject(
          child,
          info.lower,
          info.slotParent,
          owner,
          sub,
          b,
          depth + 1
        );
    }
  }
  /** A list: its items have no key of their own, and sit where the list sits. */
  visitArray(a, key2, slot, owner, subject, body, depth) {
    if (depth > MAX_RECURSION) {
      this.deferred.push({ v: a, key: key2, slot, owner, subject, body });
      return;
    }
    let hits = null;
    let containers = false;
    for (let i = 0; i < a.length; i++) {
      const child = a[i];
      if (typeof child === "string") {
        const h = this.check(child, "", NO_KEY, key2, slot, body);
        if (h) (hits ??= []).push(h);
      } else if (child !== null && typeof child === "object") containers = true;
    }
    if (hits) for (let i = hits.length - 1; i >= 0; i--) this.note(owner, subject, hits[i]);
    if (!containers) return;
    for (let i = 0; i < a.length; i++) {
      const child = a[i];
      if (child === null || typeof child !== "object") continue;
      if (Array.isArray(child)) this.visitArray(child, "", false, owner, subject, body, depth + 1);
      else this.visitObject(child, "", false, owner, subject, body, depth + 1);
    }
  }
  /** What the scan needs of a key; a key that cannot matter needs no lookup (see mayMatter). */
  keyOf(k, parentSlot) {
    return !this.prefilter || parentSlot || mayMatter(k) ? keyInfo(k) : PLAIN_KEY;
  }
  /** One string, named `name` (as written; `''` in a list) with `info`, under `parent` (lower-case). */
  check(s, name, info, parent, parentSlot, body) {
    const slotted = !this.prefilter || parentSlot || info.slotKey || body;
    if (this.prefilter && !slotted && s.length < 16) return null;
    return (slotted ? bySlot(info.lower, parent, body, s) : null) ?? byForm(name, s, this.prefilter);
  }
  note(owner, subject, h) {
    const id = `${owner?.name ?? subject}\0${h.discriminator}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.found.push({ kind: "credential", owner, subject, ...h });
  }
};

// src/model/evaluated-sites.ts
function trackedSites(df, node) {
  const sites = [];
  const tracked = own(node.raw, "trackedProperties");
  if (tracked === void 0) return sites;
  forEachString(tracked, ["trackedProperties"], (s, path4) => {
    for (const ref of df.refsOf(s)) sites.push({ path: path4, ref });
  });
  return sites;
}
function outputSites(df) {
  const sites = [];
  for (const [name, out] of entries(own(df.flow.definition, "outputs"))) {
    forEachString(own(out, "value"), ["outputs", name, "value"], (s, path4) => {
      if (s.includes("@")) for (const ref of df.refsOf(s)) sites.push({ path: path4, ref });
    });
  }
  return sites;
}

// src/model/secret-flow.ts
var MAX_VIA = 32;
function viaOf(source, t) {
  const names = [];
  for (let cur = t; cur && cur.prev && names.length < MAX_VIA - 1; cur = cur.prev) {
    if (cur.name !== null) names.push(cur.name);
  }
  return [source, ...names.reverse()];
}
var SecretFlow = class {
  constructor(df, allowedHosts, children = /* @__PURE__ */ new Map()) {
    this.df = df;
    this.allowedHosts = allowedHosts;
    const reverse = /* @__PURE__ */ new Map();
    for (const v of df.vertices()) {
      for (const e of df.deps(v)) {
        const list2 = reverse.get(e.to);
        const edge = { from: v, weight: e.weight, via: e.via };
        if (list2) list2.push(edge);
        else reverse.set(e.to, [edge]);
      }
    }
    for (const node of df.flow.nodes) {
      if (node.secretSource || children.size > 0 && children.has(callKey(df.flow, node) ?? "")) {
        this.spread(node.name, reverse);
      }
    }
  }
  df;
  allowedHosts;
  /** vertex → source name → taint. */
  taint = /* @__PURE__ */ new Map();
  useCache = /* @__PURE__ */ new Map();
  spread(source, reverse) {
    const best = /* @__PURE__ */ new Map();
    const deque = [[`n:${source}`, { hops: 0, name: source, prev: null }]];
    let head = 0;
    const front = [];
    while (front.length > 0 || head < deque.length) {
      const [v, t] = front.length > 0 ? front.pop() : deque[head++];
      const known = best.get(v);
      if (known && known.hops <= t.hops) continue;
      best.set(v, t);
      for (const e of reverse.get(v) ?? []) {
        const next = { hops: t.hops + e.weight, name: e.via, prev: t };
        const seen = best.get(e.from);
        if (seen && seen.hops <= next.hops) continue;
        if (e.weight === 0) front.push([e.from, next]);
        else deque.push([e.from, next]);
      }
    }
    for (const [v, t] of best) {
      let m = this.taint.get(v);
      if (!m) this.taint.set(v, m = /* @__PURE__ */ new Map());
      m.set(source, t);
    }
  }
  /** Names of triggers/actions whose outputs are secret-derived (sources included). */
  derivedNodes() {
    const out = /* @__PURE__ */ new Set();
    for (const v of this.taint.keys()) if (v.startsWith("n:")) out.add(v.slice(2));
    return out;
  }
  usesAt(node, sites) {
    const best = /* @__PURE__ */ new Map();
    for (const site of sites) {
      for (const v of this.df.resolve(node, site.ref, site.path)) {
        for (const [source, t] of this.taint.get(v) ?? []) {
          const key2 = `${site.path.join("\0")}${source}`;
          const seen = best.get(key2);
          if (!seen || t.hops < seen.t.hops) best.set(key2, { path: site.path, source, t });
        }
      }
    }
    return best;
  }
  /** Secret-derived values in a node's evaluated values (inputs, foreach, expression). */
  uses(node) {
    let uses = this.useCache.get(node);
    if (uses) return uses;
    uses = [];
    for (const { path: path4, source, t } of this.usesAt(node, this.df.refSites(node)).values()) {
      const credential = credentialSlot(node, path4);
      uses.push({
        node,
        path: path4,
        slot: credential ? "credential" : "data",
        sink: credential ? null : sinkOf(node, path4, this.allowedHosts),
        hops: t.hops,
        via: viaOf(source, t),
        source
      });
    }
    this.useCache.set(node, uses);
    return uses;
  }
  /**
   * Secret-derived values in a node's `trackedProperties` (SPEC §2): data, never a credential slot and never
   * a sink of its own; every hop count counts, since secure inputs/outputs do not hide tracked properties.
   */
  trackedUses(node) {
    const uses = [];
    for (const { path: path4, source, t } of this.usesAt(node, trackedSites(this.df, node)).values()) {
      uses.push({ node, path: path4, slot: "data", sink: null, hops: t.hops, via: viaOf(source, t), source });
    }
    return uses;
  }
  /** Secret-derived values in the workflow's `outputs`; only trigger/action/variable reads resolve there. */
  outputUses() {
    const out = [];
    for (const { path: path4, source, t } of this.usesAt(null, outputSites(this.df)).values()) {
      out.push({ path: path4, source, hops: t.hops, via: viaOf(source, t) });
    }
    return out;
  }
};

// src/model/analyse-flow.ts
function analyseFlow(flow, options = {}) {
  return new LazyFlowAnalysis(flow, options.allowedHosts ?? [], options.secretChildren ?? NO_CHILDREN);
}
var NO_CHILDREN = /* @__PURE__ */ new Map();
var NO_USES = Object.freeze([]);
var NO_OUTPUT_USES = Object.freeze([]);
var LazyFlowAnalysis = class {
  constructor(flow, allowedHosts, children) {
    this.flow = flow;
    this.allowedHosts = allowedHosts;
    this.children = children;
    this.hasSecretSource = flow.nodes.some((n) => n.secretSource) || callsSecretChild(flow, children);
  }
  flow;
  allowedHosts;
  children;
  hasSecretSource;
  secretFlow = null;
  derived = null;
  literals = null;
  get secretDerived() {
    this.derived ??= this.hasSecretSource ? this.secrets().derivedNodes() : /* @__PURE__ */ new Set();
    return this.derived;
  }
  secretUses(node) {
    return this.hasSecretSource ? this.secrets().uses(node) : NO_USES;
  }
  origins(value, at) {
    return dataFlowOf(this.flow).origins(value, at);
  }
  trackedUses(node) {
    return this.hasSecretSource ? this.secrets().trackedUses(node) : NO_USES;
  }
  outputUses() {
    return this.hasSecretSource ? this.secrets().outputUses() : NO_OUTPUT_USES;
  }
  credentialLiterals() {
    this.literals ??= credentialLiteralsOf(this.flow);
    return this.literals;
  }
  secrets() {
    this.secretFlow ??= new SecretFlow(dataFlowOf(this.flow), this.allowedHosts, this.children);
    return this.secretFlow;
  }
};

// src/model/child-flows.ts
function hasResponse(flow) {
  return flow.nodes.some((n) => n.type.toLowerCase() === "response");
}
function returnedSecret(flow, analysis) {
  for (const node of flow.nodes) {
    if (node.type.toLowerCase() !== "response") continue;
    const use = analysis.secretUses(node).find((u) => u.slot === "data" && u.path[0] === "inputs");
    if (use) return { flow: flow.name, response: node.name, source: use.source };
  }
  return null;
}
function closeOver(relays, known, options) {
  const byTarget = /* @__PURE__ */ new Map();
  for (const r of relays) {
    for (const t of new Set(r.targets)) {
      const list2 = byTarget.get(t);
      if (list2) list2.push(r);
      else byTarget.set(t, [r]);
    }
  }
  const done = /* @__PURE__ */ new Set();
  const queue = [...known.keys()];
  while (queue.length > 0) {
    for (const r of byTarget.get(queue.pop()) ?? []) {
      if (done.has(r)) continue;
      const flow = r.flow();
      const returned = returnedSecret(flow, analyseFlow(flow, { ...options, secretChildren: known }));
      if (!returned) continue;
      done.add(r);
      for (const k of keysOf(flow)) {
        if (known.has(k)) continue;
        known.set(k, returned);
        queue.push(k);
      }
    }
  }
}
function secretChildrenOf(flows, options = {}) {
  const known = /* @__PURE__ */ new Map();
  const relays = [];
  for (const flow of flows) {
    if (!hasResponse(flow)) continue;
    const returned = flow.nodes.some((n) => n.secretSource) ? returnedSecret(flow, analyseFlow(flow, options)) : null;
    if (returned) {
      for (const k of keysOf(flow)) if (!known.has(k)) known.set(k, returned);
      continue;
    }
    const targets = callKeys(flow);
    if (targets.length > 0) relays.push({ targets, flow: () => flow });
  }
  closeOver(relays, known, options);
  return known;
}

// src/model/json-value.ts
function jsonText(value) {
  const out = [];
  const stack = [{ v: value }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      out.push(item);
      continue;
    }
    const v = item.v;
    if (Array.isArray(v)) {
      out.push("[");
      stack.push("]");
      for (let i = v.length - 1; i >= 0; i--) {
        stack.push({ v: v[i] === void 0 ? null : v[i] });
        if (i > 0) stack.push(",");
      }
    } else if (v !== null && typeof v === "object") {
      out.push("{");
      stack.push("}");
      const keys = Object.keys(v).filter((k) => v[k] !== void 0);
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push({ v: v[keys[i]] });
        stack.push(`${JSON.stringify(keys[i])}:`);
        if (i > 0) stack.push(",");
      }
    } else {
      out.push(JSON.stringify(v) ?? "null");
    }
  }
  return out.join("");
}

// src/diff/match-nodes.ts
function matchNodes(base, head) {
  const out = /* @__PURE__ */ new Map();
  const unmatchedBase = /* @__PURE__ */ new Map();
  for (const b of base.nodes) {
    const h = head.byName.get(b.name);
    if (h && h.kind === b.kind) out.set(h.name, b);
    else if (b.kind === "action") {
      const sig = signature(b);
      unmatchedBase.set(sig, [...unmatchedBase.get(sig) ?? [], b]);
    }
  }
  for (const h of head.nodes) {
    if (out.has(h.name) || h.kind !== "action" || base.byName.has(h.name)) continue;
    const candidates = unmatchedBase.get(signature(h));
    if (candidates && candidates.length === 1) {
      out.set(h.name, candidates[0]);
      unmatchedBase.delete(signature(h));
    }
  }
  return out;
}
function signature(n) {
  const rest = /* @__PURE__ */ Object.create(null);
  for (const [k, v] of Object.entries(n.raw)) if (k !== "runAfter" && k !== "metadata") rest[k] = v;
  return `${n.type}\0${jsonText(rest)}`;
}

// src/model/flow-identity.ts
function sourceWhere(source) {
  return source.entry ? `${source.file}!${source.entry}` : source.file;
}
function flowWhere(flow) {
  return flow.pathKey;
}
function distinctKey(key2, where) {
  return `${key2}@${where}`;
}
function sharedKeys(keys) {
  const seen = /* @__PURE__ */ new Set();
  const shared = /* @__PURE__ */ new Set();
  for (const k of keys) (seen.has(k) ? shared : seen).add(k);
  return shared;
}

// src/rules/describe-node.ts
function describeNode(node) {
  const { connector, operation } = nodeLabel(node);
  return `"${node.name}" (${connector} ${operation})`;
}

// src/findings/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(ruleId, flowKey, action, discriminator = "") {
  return createHash("sha256").update([ruleId, flowKey, action ?? "", discriminator].join("\0")).digest("hex").slice(0, 32);
}

// src/findings/message-template.ts
function fillTemplate(template, data = {}, sensitive = []) {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key2) => {
    if (!Object.prototype.hasOwnProperty.call(data, key2)) return whole;
    const value = String(data[key2]);
    return sensitive.includes(key2) ? maskSecret(value) : value;
  });
}

// src/findings/finding-builder.ts
function buildFinding(rule, flow, d) {
  const template = rule.meta.messages[d.messageId];
  if (template === void 0) throw new Error(`rule ${rule.meta.id} has no message "${d.messageId}"`);
  const action = d.node?.name ?? null;
  const subject = action ?? d.subject ?? null;
  return {
    ruleId: rule.meta.id,
    rule: rule.meta.name,
    severity: d.severity ?? rule.meta.severity,
    status: "new",
    message: fillTemplate(template, messageData(d), rule.meta.sensitive),
    location: {
      file: flow.source.file,
      entry: flow.source.entry,
      path: d.path ?? d.node?.path ?? null,
      line: null,
      endLine: null
    },
    flow: { id: flow.id, name: flow.name, key: flow.key },
    action,
    fingerprint: fingerprint(rule.meta.id, flow.key, subject, d.discriminator ?? ""),
    ...d.secretPath ? { path: pathSteps(flow, d.secretPath, d.path ?? null) } : {}
  };
}
function messageData(d) {
  if (!d.node && !d.nodes) return d.data;
  const labels = {};
  if (d.node) labels.node = describeNode(d.node);
  for (const [placeholder, node] of Object.entries(d.nodes ?? {})) labels[placeholder] = describeNode(node);
  return { ...labels, ...d.data };
}
function pathSteps(flow, nodes, subjectPath) {
  return nodes.map((n) => ({
    action: n.action,
    role: n.role,
    file: flow.source.file,
    entry: flow.source.entry,
    // A step without a node (the workflow's outputs) points where the finding does.
    jsonPath: n.node?.path ?? (n.role === "sink" ? subjectPath : null),
    line: null,
    connector: n.connector,
    operation: n.operation,
    secureInputs: n.secureInputs,
    secureOutputs: n.secureOutputs,
    destination: n.destination
  }));
}
function runRule(rule, flow, analysis, base, options) {
  const out = [];
  try {
    rule.check({
      flow,
      analysis,
      base: base?.flow ?? null,
      baseAnalysis: base?.analysis ?? null,
      baseNodeOf: (node) => base?.nodes.get(node.name) ?? null,
      options,
      report: (d) => {
        const finding = buildFinding(rule, flow, d);
        const baseNode = d.aboutRemoval && base && d.node ? base.nodes.get(d.node.name) : void 0;
        if (base && baseNode) {
          finding.baseLocation = {
            file: base.flow.source.file,
            entry: base.flow.source.entry,
            path: baseNode.path,
            line: null,
            endLine: null
          };
        }
        out.push(finding);
      }
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new Error(`rule ${rule.meta.id} failed on flow "${flow.name}" (${flow.source.file}): ${reason}`, {
      cause: err
    });
  }
  return out;
}
function unreadableFinding(rule, u) {
  const file = sourceWhere(u);
  const target = { id: null, name: file, key: `path:${file}`, source: u };
  const finding = buildFinding(rule, target, { messageId: "unreadable", data: { file, reason: u.reason } });
  finding.location.line = finding.location.endLine = u.line ?? null;
  return finding;
}

// src/findings/base-counterparts.ts
var BaseCounterparts = class {
  byKey = /* @__PURE__ */ new Map();
  /**
   * `base`: the matched base flow, null for a flow the change adds. `nodes`: the pair's node matching
   * (head name → base node), when the caller already has it.
   */
  add(head, base, nodes) {
    if (!base) {
      this.byKey.set(head.key, null);
      return;
    }
    const names = /* @__PURE__ */ new Map();
    for (const [headName, node] of nodes ?? matchNodes(base, head)) names.set(headName, node.name);
    this.byKey.set(head.key, {
      id: base.id,
      name: base.name,
      // The place is compared within each revision's tree (pathKey), so `diff OLD NEW` of two folders is no move.
      file: base.pathKey === head.pathKey ? null : base.source.file,
      nodes: names
    });
  }
  /**
   * The base's names for a finding's flow; null when the base has no such flow — one the change adds, or a
   * file that could not be read (named only by its path, which is the same file on both sides).
   */
  of(f) {
    return this.byKey.get(f.flow.key) ?? null;
  }
};

// src/findings/inline-suppressions.ts
var INLINE = /flowguard-ignore\b[ \t]*([A-Za-z]{2}\d{3})?[ \t]*(:?)[ \t]*([^\r\n]*)/gi;
var REASON_MAX = 500;
var NO_IGNORES = Object.freeze({ ignores: Object.freeze([]), problems: Object.freeze([]) });
function inlineIgnoresOf(node) {
  const description = own(node.raw, "description");
  if (typeof description !== "string" || !/flowguard-ignore/i.test(description)) return NO_IGNORES;
  const ignores = [];
  const problems = [];
  for (const m of description.matchAll(INLINE)) {
    const id = RULES.find((r) => r.meta.id.toLowerCase() === (m[1] ?? "").toLowerCase())?.meta.id;
    const reason = m[3].trim().slice(0, REASON_MAX);
    if (!id) problems.push(`"${m[0].trim().slice(0, 80)}" names no known rule id`);
    else if (!m[2] || !reason)
      problems.push(`flowguard-ignore ${id} has no reason (write "flowguard-ignore ${id}: why")`);
    else ignores.push({ rule: id, reason });
  }
  return { ignores, problems };
}
function key(file, entry, action) {
  return `${file}\0${entry ?? ""}\0${action}`;
}
var InlineSuppressions = class {
  applied = /* @__PURE__ */ new Map();
  proposed = [];
  warnings = [];
  /**
   * `base`: the matched base flow, null for a flow the change adds; `undefined` when there is no base revision.
   * `nodes`: the pair's node matching, when the caller already has it.
   */
  add(flow, base, nodes) {
    let baseNodes = nodes ?? null;
    for (const node of flow.nodes) {
      const { ignores, problems } = inlineIgnoresOf(node);
      for (const p of problems)
        this.warnings.push(
          `${flow.source.file}: flow "${flow.name}", ${node.kind} "${node.name}": ${p}; not applied.`
        );
      if (ignores.length === 0) continue;
      let usable = ignores;
      if (base !== void 0) {
        baseNodes ??= base ? matchNodes(base, flow) : /* @__PURE__ */ new Map();
        const before = baseNodes.get(node.name);
        const approved = before ? inlineIgnoresOf(before).ignores : [];
        const reviewedIgnores = [];
        usable = reviewedIgnores;
        for (const i of ignores) {
          const reviewed = approved.find((a) => a.rule === i.rule);
          if (reviewed) reviewedIgnores.push(reviewed);
          else
            this.proposed.push({
              rule: i.rule,
              reason: i.reason,
              flow: flow.name,
              action: node.name,
              file: flow.source.file
            });
        }
      }
      if (usable.length > 0) this.applied.set(key(flow.source.file, flow.source.entry, node.name), usable);
    }
  }
  /** The inline suppression that applies to a finding on a trigger or action, if any. */
  lookup(f) {
    if (f.action === null) return void 0;
    return this.applied.get(key(f.location.file, f.location.entry, f.action))?.find((i) => i.rule === f.ruleId);
  }
};

// src/model/long-strings.ts
function mayHoldLongString(text, max) {
  let prev = -1;
  for (; ; ) {
    const limit = prev + max + 1;
    if (limit >= text.length) return false;
    let q = text.lastIndexOf('"', limit);
    while (q > prev && isEscaped(text, q)) q = text.lastIndexOf('"', q - 1);
    if (q <= prev) return true;
    prev = q;
  }
}
function isEscaped(text, q) {
  let b = q - 1;
  while (b >= 0 && text.charCodeAt(b) === 92) b--;
  return (q - 1 - b) % 2 === 1;
}

// src/model/model-error.ts
var ModelError = class extends Error {
};

// src/model/lower-case.ts
var remembered = /* @__PURE__ */ new Map();
var LIMIT = 512;
function lowerCase(s) {
  let lower = remembered.get(s);
  if (lower === void 0) {
    lower = s.toLowerCase();
    if (remembered.size < LIMIT) remembered.set(s, lower);
  }
  return lower;
}

// src/model/operation-parameters.ts
var NamedParametersOperation = class {
  constructor(shape, connector, operationId, connectionKey, inputs) {
    this.shape = shape;
    this.connector = connector;
    this.operationId = operationId;
    this.connectionKey = connectionKey;
    this.inputs = inputs;
  }
  shape;
  connector;
  operationId;
  connectionKey;
  inputs;
  values = null;
  paths = null;
  get parameters() {
    if (this.values) return this.values;
    this.values = /* @__PURE__ */ new Map();
    const given = own(this.inputs, "parameters");
    if (isObject(given)) for (const k of Object.keys(given)) this.values.set(k, given[k]);
    return this.values;
  }
  get parameterPaths() {
    if (this.paths) return this.paths;
    this.paths = /* @__PURE__ */ new Map();
    const given = own(this.inputs, "parameters");
    if (isObject(given)) for (const k of Object.keys(given)) this.paths.set(k, ["inputs", "parameters", k]);
    return this.paths;
  }
};
var ApiConnectionOperation = class {
  constructor(connector, operationId, connectionKey, method, path4, inputs, routeParameters) {
    this.connector = connector;
    this.operationId = operationId;
    this.connectionKey = connectionKey;
    this.method = method;
    this.path = path4;
    this.inputs = inputs;
    this.routeParameters = routeParameters;
  }
  connector;
  operationId;
  connectionKey;
  method;
  path;
  inputs;
  routeParameters;
  shape = "ApiConnection";
  values = null;
  paths = null;
  get parameters() {
    if (!this.values) this.build();
    return this.values;
  }
  get parameterPaths() {
    if (!this.paths) this.build();
    return this.paths;
  }
  build() {
    const parameters = /* @__PURE__ */ new Map();
    const parameterPaths = /* @__PURE__ */ new Map();
    if (this.routeParameters) {
      for (const [k, v] of this.routeParameters) {
        parameters.set(k, v);
        parameterPaths.set(k, ["inputs", "path"]);
      }
    }
    const queries = own(this.inputs, "queries");
    if (isObject(queries)) {
      for (const k of Object.keys(queries)) {
        if (!parameters.has(k)) {
          parameters.set(k, queries[k]);
          parameterPaths.set(k, ["inputs", "queries", k]);
        }
      }
    }
    const body = own(this.inputs, "body");
    if (body !== void 0) {
      parameters.set("body", body);
      parameterPaths.set("body", ["inputs", "body"]);
    }
    this.values = parameters;
    this.paths = parameterPaths;
  }
};

// src/model/operation.ts
function normaliseConnector(id) {
  let end = id.length;
  while (end > 0 && id.charCodeAt(end - 1) === 47) end--;
  const last = (end === 0 ? id : id.slice(id.lastIndexOf("/", end - 1) + 1, end)).toLowerCase();
  return last.startsWith("shared_") ? last.slice(7) : last;
}
function connectorFromConnectionKey(key2) {
  return normaliseConnector(key2).replace(/_\d+$/, "");
}
function connectionKeyFromExpression(expr) {
  const m = /\$connections'\s*\)\s*\[\s*'((?:[^']|'')*)'\s*\]/.exec(expr);
  return m ? m[1].replace(/''/g, "'") : null;
}
function splitPath(path4) {
  const out = [];
  let cur = "";
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < path4.length; i++) {
    const c = path4[i];
    if (depth > 0 && c === "'") quoted = !quoted;
    else if (!quoted && c === "{" && (path4[i - 1] === "@" || depth > 0)) depth++;
    else if (!quoted && c === "}" && depth > 0) depth--;
    if (c === "/" && depth === 0) {
      if (cur) out.push(cur);
      cur = "";
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}
var KEYVAULT_ROUTES = [
  { method: "get", pattern: ["secrets", "{secretName}", "value"], op: "GetSecret" },
  {
    method: "get",
    pattern: ["secrets", "{secretName}", "versions", "{secretVersion}", "value"],
    op: "GetSecretVersion"
  },
  { method: "post", pattern: ["keys", "{keyName}", "decrypt"], op: "DecryptData" },
  {
    method: "post",
    pattern: ["keys", "{keyName}", "versions", "{keyVersion}", "decrypt"],
    op: "DecryptDataWithVersion"
  },
  { method: "get", pattern: ["secrets"], op: "ListSecrets" },
  { method: "get", pattern: ["secrets", "{secretName}", "versions"], op: "ListSecretVersions" },
  { method: "get", pattern: ["keys"], op: "ListKeys" },
  { method: "get", pattern: ["keys", "{keyName}", "versions"], op: "ListKeyVersions" },
  { method: "post", pattern: ["keys", "{keyName}", "encrypt"], op: "EncryptData" }
];
function matchRoute(method, segments) {
  for (const r of KEYVAULT_ROUTES) {
    if (r.method !== method || r.pattern.length !== segments.length) continue;
    const params = /* @__PURE__ */ new Map();
    let ok = true;
    r.pattern.forEach((p, i) => {
      if (p.startsWith("{")) params.set(p.slice(1, -1), segments[i]);
      else if (p !== segments[i].toLowerCase()) ok = false;
    });
    if (ok) return { op: r.op, params };
  }
  return null;
}
function normaliseOperation(node, resolver) {
  const type = lowerCase(str(own(node, "type")) ?? "");
  const inputs = own(node, "inputs");
  if (!isObject(inputs)) return null;
  const host = own(inputs, "host");
  if (type === "openapiconnection" || type === "openapiconnectionwebhook" || type === "openapiconnectionnotification") {
    const apiId = str(own(host, "apiId")) ?? "";
    const connectionKey = str(own(host, "connectionName")) ?? str(own(own(host, "connection"), "name")) ?? null;
    const connector = apiId ? normaliseConnector(apiId) : connectionKey ? resolver.connectorFor(connectionKey) ?? connectorFromConnectionKey(connectionKey) : "unknown";
    return new NamedParametersOperation(
      "OpenApiConnection",
      connector,
      str(own(host, "operationId")) ?? null,
      connectionKey,
      inputs
    );
  }
  if (type === "apiconnection" || type === "apiconnectionwebhook" || type === "apiconnectionnotification") {
    const connName = str(own(own(host, "connection"), "name")) ?? "";
    const connectionKey = connectionKeyFromExpression(connName) ?? str(own(own(host, "connection"), "referenceName")) ?? null;
    const connector = connectionKey ? resolver.connectorFor(connectionKey) ?? connectorFromConnectionKey(connectionKey) : str(own(own(host, "api"), "runtimeUrl")) ? normaliseConnector(str(own(own(host, "api"), "runtimeUrl")) ?? "") : "unknown";
    const method = lowerCase(str(own(inputs, "method")) ?? "get");
    const path4 = str(own(inputs, "path")) ?? "";
    const route = connector === "keyvault" ? matchRoute(method, splitPath(path4)) : null;
    return new ApiConnectionOperation(
      connector,
      route?.op ?? null,
      connectionKey,
      method,
      path4,
      inputs,
      route?.params ?? null
    );
  }
  if (type === "serviceprovider") {
    const cfg = own(inputs, "serviceProviderConfiguration");
    const providerId = str(own(cfg, "serviceProviderId")) ?? "";
    return new NamedParametersOperation(
      "ServiceProvider",
      providerId ? normaliseConnector(providerId) : "unknown",
      str(own(cfg, "operationId")) ?? null,
      str(own(cfg, "connectionName")) ?? null,
      inputs
    );
  }
  return null;
}

// src/model/key-vault-rest.ts
var VAULT_URL = /^(?:@\{[^}]*\}|[^/?#])*\.vault\.(?:azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)(?::\d+)?(?=[/?#]|$)(\/[^?#]*)?/i;
function restCall(raw) {
  if (lowerCase(str(own(raw, "type")) ?? "") !== "http") return null;
  const inputs = own(raw, "inputs");
  const uri = str(own(inputs, "uri"));
  if (!uri) return null;
  const m = VAULT_URL.exec(uri.replace(/^https?:\/\//i, ""));
  if (!m) return null;
  return { method: (str(own(inputs, "method")) ?? "GET").toLowerCase(), segments: splitPath(m[1] ?? "") };
}
function keyVaultRestSecretSource(raw) {
  const call = restCall(raw);
  if (!call) return null;
  const [collection, name, third, , fifth] = call.segments.map((s) => s.toLowerCase());
  const original = call.segments[1];
  const source = (kind) => ({
    kind,
    secretName: original,
    literalName: literalString(original)
  });
  if (call.method === "get" && collection === "secrets" && name && (third === void 0 || third !== "versions"))
    return source("keyvault-secret");
  if (call.method === "post" && collection === "keys" && name && (third === "decrypt" || fifth === "decrypt" || call.segments.at(-1)?.toLowerCase() === "decrypt")) {
    return source("keyvault-decrypt");
  }
  return null;
}
function isKeyVaultRestEnumeration(raw) {
  const call = restCall(raw);
  if (!call || call.method !== "get") return false;
  const s = call.segments.map((x) => x.toLowerCase());
  if (s[0] !== "secrets" && s[0] !== "keys" && s[0] !== "deletedsecrets") return false;
  return s.length === 1 || s.length === 3 && s[2] === "versions";
}

// src/model/trigger-access.ts
function triggerAccessOf(raw, place) {
  if ((str(own(raw, "type")) ?? "").toLowerCase() !== "request") return null;
  if (isLogicApps(raw, place))
    return { platform: "logic-apps", restricted: logicAppsRestricted(place.accessControl) };
  return { platform: "power-automate", anyone: powerAutomateAnyone(raw) };
}
function powerAutomateAnyone(raw) {
  const value = own(own(raw, "inputs"), "triggerAuthenticationType");
  if (value === void 0 || value === null || value === "") return "absent";
  return typeof value === "string" && value.toLowerCase() === "all" ? "all" : null;
}
var OPEN_RANGES = /* @__PURE__ */ new Set(["0.0.0.0-255.255.255.255", "0.0.0.0/0", "::/0", "*"]);
function logicAppsRestricted(accessControl) {
  if (accessControl === void 0 || accessControl === null) return false;
  if (!isObject(accessControl)) return true;
  const triggers = own(accessControl, "triggers");
  if (triggers === void 0 || triggers === null) return false;
  if (!isObject(triggers)) return true;
  const ips = own(triggers, "allowedCallerIpAddresses");
  if (typeof ips === "string") return true;
  if (Array.isArray(ips)) {
    const open = ips.some((r) => OPEN_RANGES.has((str(own(r, "addressRange")) ?? "").replace(/\s/g, "")));
    if (!open) return true;
  }
  const policies = own(own(triggers, "openAuthenticationPolicies"), "policies");
  return typeof policies === "string" || entries(policies).length > 0;
}
function isLogicApps(raw, place) {
  const { layout } = place;
  if (layout === "logic-apps-standard" || layout === "arm-template") return true;
  if (place.accessControl !== void 0) return true;
  if (own(own(raw, "inputs"), "triggerAuthenticationType") !== void 0) return false;
  return layout === "single-file" && place.definitionPath.length <= 1;
}

// src/model/model-node.ts
var NOT_SECURE = Object.freeze({ inputs: false, outputs: false });
function secureData(raw) {
  const props = own(own(own(raw, "runtimeConfiguration"), "secureData"), "properties");
  if (!Array.isArray(props)) return NOT_SECURE;
  const secure = { inputs: false, outputs: false };
  for (const p of props) {
    if (typeof p !== "string") continue;
    const lower = p.toLowerCase();
    if (lower === "inputs") secure.inputs = true;
    else if (lower === "outputs") secure.outputs = true;
  }
  return secure;
}
var ModelNode = class {
  constructor(kind, name, raw, place, context, order) {
    const operation = normaliseOperation(raw, context.resolver);
    this.kind = kind;
    this.name = name;
    this.raw = raw;
    this.type = str(own(raw, "type")) ?? "";
    this.typeKind = str(own(raw, "kind")) ?? null;
    this.containers = place.containers;
    this.loops = place.loops;
    this.secure = secureData(raw);
    this.operation = operation;
    this.secretSource = classifySecretSource(operation, context.customSecretSources) ?? keyVaultRestSecretSource(raw);
    this.enumerationSource = isEnumerationSource(operation) || isKeyVaultRestEnumeration(raw);
    this.triggerAccess = kind === "trigger" ? triggerAccessOf(raw, context.triggerPlace) : null;
    this.order = order;
    this.parent = place.parent;
    this.built = null;
  }
  get path() {
    this.built ??= appended(this.parent, this.name);
    return this.built;
  }
};
function appended(list2, item) {
  const out = new Array(list2.length + 1);
  for (let i = 0; i < list2.length; i++) out[i] = list2[i];
  out[list2.length] = item;
  return out;
}

// src/model/node-walk.ts
var CONTAINER_KINDS = /* @__PURE__ */ new Map([
  ["scope", "Scope"],
  ["foreach", "Foreach"],
  ["until", "Until"],
  ["if", "If"],
  ["switch", "Switch"],
  ["agent", "Agent"]
]);
var NodeWalk = class {
  constructor(context, maxDepth) {
    this.context = context;
    this.maxDepth = maxDepth;
  }
  context;
  maxDepth;
  nodes = [];
  byName = /* @__PURE__ */ new Map();
  names = [];
  raws = [];
  places = [];
  /** Top-level nodes share one empty loops list: nothing writes to it. */
  outside = [];
  triggers(triggers, parent) {
    if (!isObject(triggers)) return;
    const place = { parent, containers: [], loops: this.outside };
    for (const name of Object.keys(triggers)) {
      const raw = triggers[name];
      if (isObject(raw)) this.add("trigger", name, raw, place);
    }
  }
  actions(actions, parent) {
    if (!isObject(actions)) return;
    this.pushAll(actions, { parent, containers: [], loops: this.outside });
    while (this.names.length > 0) {
      const place = this.places.pop();
      const node = this.add("action", this.names.pop(), this.raws.pop(), place);
      const kind = CONTAINER_KINDS.get(lowerCase(node.type));
      if (kind) this.openContainer(node, kind, place);
    }
  }
  add(kind, name, raw, place) {
    const node = new ModelNode(kind, name, raw, place, this.context, this.nodes.length);
    this.nodes.push(node);
    if (!this.byName.has(name)) this.byName.set(name, node);
    return node;
  }
  /** Pushes the actions of one map, last first, so that they pop in document order. */
  pushAll(actions, place) {
    const keys = Object.keys(actions);
    for (let i = keys.length - 1; i >= 0; i--) {
      const raw = actions[keys[i]];
      if (!isObject(raw)) continue;
      this.names.push(keys[i]);
      this.raws.push(raw);
      this.places.push(place);
    }
  }
  /**
   * The child action maps of a container, each with its branch label and path relative to the container:
   * `actions`, `else`, each of `cases`, `default`, each of `tools` — pushed last first.
   */
  openContainer(node, kind, place) {
    const raw = node.raw;
    const loops = kind === "Foreach" || kind === "Until" ? appended(place.loops, node.name) : place.loops;
    const tools = own(raw, "tools");
    if (isObject(tools)) {
      const keys = Object.keys(tools);
      for (let i = keys.length - 1; i >= 0; i--) {
        const actions2 = own(tools[keys[i]], "actions");
        if (isObject(actions2))
          this.open(node, kind, place, loops, actions2, ["tools", keys[i], "actions"], `tool:${keys[i]}`);
      }
    }
    const def = own(own(raw, "default"), "actions");
    if (isObject(def)) this.open(node, kind, place, loops, def, ["default", "actions"], "default");
    const cases = own(raw, "cases");
    if (isObject(cases)) {
      const keys = Object.keys(cases);
      for (let i = keys.length - 1; i >= 0; i--) {
        const actions2 = own(cases[keys[i]], "actions");
        if (isObject(actions2))
          this.open(node, kind, place, loops, actions2, ["cases", keys[i], "actions"], `case:${keys[i]}`);
      }
    }
    const elseActions = own(own(raw, "else"), "actions");
    if (isObject(elseActions)) this.open(node, kind, place, loops, elseActions, ["else", "actions"], "else");
    const actions = own(raw, "actions");
    if (isObject(actions)) this.open(node, kind, place, loops, actions, ["actions"], "actions");
  }
  open(node, kind, place, loops, actions, rel, branch) {
    if (place.containers.length + 1 > this.maxDepth) {
      throw new ModelError(
        `containers nested deeper than the limit of ${this.maxDepth} levels (maxNestingDepth)`
      );
    }
    this.pushAll(actions, {
      parent: node.path.concat(rel),
      containers: appended(place.containers, { name: node.name, kind, branch }),
      loops
    });
  }
};

// src/model/build-flow.ts
var DEFAULT_MAX_EXPRESSION_LENGTH = 131072;
var DEFAULT_MAX_NESTING_DEPTH = 256;
function nameFromFile(file) {
  const base = (file.split("/").pop() ?? file).replace(/\.json$/i, "");
  return base.replace(/-?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "") || base;
}
function checkExpressionLengths(definition, max) {
  forEachString(definition, [], (s) => {
    const length = s.length > max ? longestExpression(s) : 0;
    if (length > max) {
      throw new ModelError(
        `an expression of ${length} characters, over the maxExpressionLength limit of ${max} (the platform accepts 8,192)`
      );
    }
  });
}
function buildFlow(src, options = {}) {
  const maxDepth = options.maxNestingDepth ?? DEFAULT_MAX_NESTING_DEPTH;
  const definition = own(src.container, "definition");
  if (!isObject(definition)) throw new ModelError('no "definition" object');
  const definitionPath = src.definitionPath ?? [...src.containerPath, "definition"];
  const maxExpression = options.maxExpressionLength ?? DEFAULT_MAX_EXPRESSION_LENGTH;
  if (src.source.text.length > maxExpression && mayHoldLongString(src.source.text, maxExpression)) {
    checkExpressionLengths(definition, maxExpression);
  }
  const connectionReferences = /* @__PURE__ */ new Map();
  const refs = own(src.container, "connectionReferences");
  if (isObject(refs)) {
    const parent = [...src.containerPath, "connectionReferences"];
    for (const key2 of Object.keys(refs)) {
      const ref = refs[key2];
      const apiName = str(own(own(ref, "api"), "name")) ?? str(own(own(ref, "api"), "id")) ?? str(own(ref, "id"));
      connectionReferences.set(key2, {
        key: key2,
        connector: apiName ? normaliseConnector(apiName) : connectorFromConnectionKey(key2),
        logicalName: str(own(own(ref, "connection"), "connectionReferenceLogicalName")) ?? null,
        // Legacy packages (Export → Package) say `source`: `Invoker` or `Embedded`.
        runtimeSource: str(own(ref, "runtimeSource")) ?? str(own(ref, "source")) ?? null,
        path: appended(parent, key2)
      });
    }
  }
  const parameters = /* @__PURE__ */ new Map();
  const declared = own(definition, "parameters");
  if (isObject(declared)) {
    const parent = [...definitionPath, "parameters"];
    for (const name2 of Object.keys(declared)) {
      const p = declared[name2];
      if (isObject(p)) parameters.set(name2, { raw: p, path: appended(parent, name2) });
    }
  }
  const connectionsDefault = own(parameters.get("$connections")?.raw, "defaultValue");
  const connectionsValue = own(own(own(src.container, "parameters"), "$connections"), "value");
  const resolver = {
    connectorFor(key2) {
      const ref = connectionReferences.get(key2);
      if (ref) return ref.connector;
      const id2 = str(own(own(connectionsDefault, key2), "id")) ?? str(own(own(connectionsValue, key2), "id")) ?? src.solutionConnectionReferences.find((r) => r.logicalName === key2)?.connectorId;
      return id2 ? normaliseConnector(id2) : null;
    }
  };
  const accessControl = own(src.container, "accessControl");
  const triggerPlace = { layout: src.source.layout, accessControl, definitionPath };
  const walk = new NodeWalk(
    { resolver, customSecretSources: options.customSecretSources, triggerPlace },
    maxDepth
  );
  walk.triggers(own(definition, "triggers"), [...definitionPath, "triggers"]);
  walk.actions(own(definition, "actions"), [...definitionPath, "actions"]);
  const id = src.meta.id ?? guidFrom((src.source.entry ?? src.source.file).split("/").pop());
  const name = src.meta.name ?? str(own(src.container, "displayName")) ?? nameFromFile(src.source.entry ?? src.source.file);
  return {
    key: id ? `guid:${id}` : `path:${src.pathKey}`,
    pathKey: src.pathKey,
    id,
    name,
    source: src.source,
    meta: src.meta,
    definitionPath,
    definition,
    nodes: walk.nodes,
    byName: walk.byName,
    connectionReferences,
    connectionIdentities: connectionIdentities(src.container, definition, src.solutionConnectionReferences),
    solutionConnectionReferences: src.solutionConnectionReferences,
    parameters,
    accessControl
  };
}

// src/model/secret-access.ts
function secretAccessOf(flow) {
  const entries2 = [];
  for (const n of flow.nodes) {
    if (!n.secretSource && !n.enumerationSource) continue;
    entries2.push({
      action: n.name,
      kind: n.secretSource ? "secret source" : "enumeration",
      secureOutputs: n.secure.outputs,
      inLoop: n.loops.length > 0,
      rules: []
    });
  }
  if (entries2.length === 0) return null;
  return { flow: flow.name, flowKey: flow.key, file: flow.source.file, entry: flow.source.entry, entries: entries2 };
}
function compareAccess(a, b) {
  return compareCodeUnits(a.file, b.file) || compareCodeUnits(a.entry ?? "", b.entry ?? "");
}

// src/engine/flow-checker.ts
function modelFlow(src, options) {
  try {
    return buildFlow(src, options);
  } catch (err) {
    if (!(err instanceof ModelError)) throw err;
    const { file, entry } = src.source;
    return { unreadable: { file, entry, reason: `not a usable flow definition: ${err.message}` } };
  }
}
var FlowChecker = class {
  constructor(options, modelOptions2 = {}) {
    this.options = options;
    this.modelOptions = modelOptions2;
    const rules = RULES.filter((r) => r !== fg001 && !options.disabled?.includes(r.meta.id));
    this.flowRules = rules.filter((r) => r.meta.scope === "flow");
    this.changeRules = rules.filter((r) => r.meta.scope === "change");
  }
  options;
  modelOptions;
  inline = new InlineSuppressions();
  /** In a comparison, how the base names and places each head flow (config `ignore` entries must match it). */
  counterparts = new BaseCounterparts();
  /** Secret sources and enumerations of the head flows checked, in the order checked, with where each flow sits. */
  access = [];
  flowRules;
  changeRules;
  /** Per side, the child flows that return secrets: calls to them are taint sources (SPEC §2 "Child flows"). */
  children = { head: /* @__PURE__ */ new Map(), base: /* @__PURE__ */ new Map() };
  /** The child flows that return secrets in each revision (the streamed scan passes its live ledger). */
  useChildren(head, base = head) {
    this.children = { head, base };
  }
  /** The model of a flow source; a definition that cannot be modelled is an unreadable file (FG001). */
  build(src) {
    return modelFlow(src, this.modelOptions);
  }
  /**
   * A head flow and the base flow it is matched with: the flow rules on each, the change rules on the
   * pair. `base` is `undefined` without a base revision and null for a flow the change adds: with a base
   * revision, an inline suppression applies only when the base already had it (SPEC §4).
   */
  check(head, base) {
    const headAnalysis = head ? this.analyse(head, this.children.head) : null;
    const baseAnalysis = base ? this.analyse(base, this.children.base) : null;
    const out = { head: [], base: [], analysis: headAnalysis };
    const pair = head && base ? { flow: base, analysis: baseAnalysis, nodes: matchNodes(base, head) } : null;
    if (head) {
      this.inline.add(head, base, pair?.nodes);
      if (base !== void 0) this.counterparts.add(head, base, pair?.nodes);
      const access = secretAccessOf(head);
      if (access) this.access.push({ access, where: flowWhere(head) });
      out.head = this.run(this.flowRules, head, headAnalysis, pair);
    }
    if (base) out.base = this.run(this.flowRules, base, baseAnalysis, null);
    if (head && pair) out.head.push(...this.run(this.changeRules, head, headAnalysis, pair));
    return out;
  }
  /** The flow rules again, on a flow whose identity changed after check() (a duplicate, see flow-identity.ts). */
  recheck(flow) {
    return this.run(this.flowRules, flow, this.analyse(flow, this.children.head), null);
  }
  /** FG001 for each file that could not be read or modelled; none when FG001 is switched off. */
  unreadable(files) {
    if (this.options.disabled?.includes("FG001")) return [];
    return files.map((u) => unreadableFinding(fg001, u));
  }
  analyse(flow, secretChildren) {
    return analyseFlow(flow, { allowedHosts: this.options.rules.allowedHosts, secretChildren });
  }
  run(rules, flow, analysis, base) {
    const out = [];
    for (const r of rules) out.push(...runRule(r, flow, analysis, base, this.options.rules));
    return out;
  }
};

// src/findings/suppress.ts
function suppressionOf(f, occurrences, sources, compared = false) {
  if (f.status === "resolved") return null;
  const inline = sources.inline?.lookup(f);
  if (inline) return { by: "inline", reason: inline.reason, expires: null };
  const entry = sources.config?.lookup(f, sources.counterparts?.of(f) ?? null);
  if (entry) return { by: "config", reason: entry.reason, expires: entry.expires ?? null };
  if (compared && f.status !== "existing") return null;
  const base = sources.baseline?.get(f.fingerprint);
  if (baselineAccepts(base, f, occurrences))
    return {
      by: "baseline",
      reason: `accepted in the baseline (${f.ruleId} on ${base.file})`,
      expires: null
    };
  return null;
}
function refusedConfigEntry(f, sources) {
  const base = sources.counterparts?.of(f) ?? null;
  if (base === null || !sources.config) return null;
  const entry = sources.config.refusedBy(f, base);
  return entry ? refusalWarning(entry, f, base) : null;
}

// src/findings/classify.ts
var STATUS_ORDER = { new: 0, existing: 1, resolved: 2 };
function classify2(head, base, options) {
  const mode = options.report ?? (base ? "new" : "all");
  const baseFps = new Set((base ?? []).map((f) => f.fingerprint));
  const headFps = new Set(head.map((f) => f.fingerprint));
  const all = [];
  const seen = /* @__PURE__ */ new Set();
  const occurrences = countFingerprints(head);
  const refused = /* @__PURE__ */ new Set();
  for (const f of head) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const classified = { ...f, status: baseFps.has(f.fingerprint) ? "existing" : "new" };
    const n = occurrences.get(f.fingerprint) ?? 1;
    if (n > 1) classified.occurrences = n;
    classified.suppressed = suppressionOf(classified, n, options.suppressions ?? {}, base !== null);
    if (!classified.suppressed && (classified.status === "new" || mode === "all")) {
      const warning = refusedConfigEntry(classified, options.suppressions ?? {});
      if (warning) refused.add(warning);
    }
    all.push(classified);
  }
  for (const f of base ?? []) {
    if (headFps.has(f.fingerprint) || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const { baseLocation: _unused, ...rest } = f;
    all.push({ ...rest, status: "resolved" });
  }
  const counts = { new: 0, existing: 0, resolved: 0 };
  let suppressed = 0;
  for (const f of all) {
    if (f.suppressed) suppressed++;
    else counts[f.status]++;
  }
  const shown = all.filter((f) => f.status !== "existing" || mode === "all");
  const gated = shown.filter(needsAction);
  const threshold = options.failOn === "none" ? Infinity : severityRank(options.failOn);
  const failed = gated.some((f) => severityRank(f.severity) >= threshold);
  const maxSeverity = gated.reduce(
    (m, f) => m === null || severityRank(f.severity) > severityRank(m) ? f.severity : m,
    null
  );
  return {
    compared: base !== null,
    summary: {
      flows: options.flows,
      changedFlows: options.changedFlows,
      filesRead: options.filesRead,
      findings: counts,
      gate: failed ? "failed" : "passed",
      failOn: options.failOn,
      report: mode,
      maxSeverity,
      suppressed
    },
    findings: shown,
    ...refused.size > 0 ? { warnings: [...refused].sort(compareCodeUnits) } : {}
  };
}
function countFingerprints(findings) {
  const n = /* @__PURE__ */ new Map();
  for (const f of findings) n.set(f.fingerprint, (n.get(f.fingerprint) ?? 0) + 1);
  return n;
}
function compareFindings(a, b) {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || severityRank(b.severity) - severityRank(a.severity) || compareCodeUnits(a.location.file, b.location.file) || compareCodeUnits(a.location.entry ?? "", b.location.entry ?? "") || (a.location.line ?? 0) - (b.location.line ?? 0) || compareCodeUnits(a.ruleId, b.ruleId) || compareCodeUnits(a.fingerprint, b.fingerprint);
}

// src/findings/json-member-span.ts
var QUOTE = 34;
var BACKSLASH = 92;
var COLON = 58;
var COMMA = 44;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
function skipWs(text, i) {
  for (; ; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 65279 && i === 0) i++;
    else return i;
  }
}
function stringEnd(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j + 1;
    if (c === BACKSLASH) j++;
  }
  return -1;
}
function valueEnd(text, i) {
  const first = text.charCodeAt(i);
  if (first === QUOTE) return stringEnd(text, i);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let j = i;
    for (; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET || c === 32 || c === 10 || c === 13 || c === 9)
        break;
    }
    return j > i ? j : -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) {
      j = stringEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (--depth === 0) return j + 1;
    }
  }
  return -1;
}
function keyIs(text, start, end, name) {
  const raw = end - start - 2;
  if (raw < name.length) return false;
  if (raw === name.length && text.startsWith(name, start + 1)) return true;
  const escape = text.indexOf("\\", start + 1);
  if (escape === -1 || escape >= end - 1) return false;
  try {
    return JSON.parse(text.slice(start, end)) === name;
  } catch {
    return false;
  }
}
function memberSpan(text, path4) {
  let i = skipWs(text, 0);
  let start = i;
  for (const seg of path4) {
    const open = text.charCodeAt(i);
    if (typeof seg === "string") {
      if (open !== OPEN_BRACE) return null;
      i = skipWs(text, i + 1);
      for (; ; ) {
        if (text.charCodeAt(i) !== QUOTE) return null;
        const keyEnd = stringEnd(text, i);
        if (keyEnd < 0) return null;
        const keyStart = i;
        i = skipWs(text, keyEnd);
        if (text.charCodeAt(i) !== COLON) return null;
        i = skipWs(text, i + 1);
        if (keyIs(text, keyStart, keyEnd, seg)) {
          start = keyStart;
          break;
        }
        const end2 = valueEnd(text, i);
        if (end2 < 0) return null;
        i = skipWs(text, end2);
        if (text.charCodeAt(i) !== COMMA) return null;
        i = skipWs(text, i + 1);
      }
    } else {
      if (open !== OPEN_BRACKET || !Number.isInteger(seg) || seg < 0) return null;
      i = skipWs(text, i + 1);
      if (text.charCodeAt(i) === CLOSE_BRACKET) return null;
      for (let n = 0; n < seg; n++) {
        const end2 = valueEnd(text, i);
        if (end2 < 0) return null;
        i = skipWs(text, end2);
        if (text.charCodeAt(i) !== COMMA) return null;
        i = skipWs(text, i + 1);
      }
      start = i;
    }
  }
  const end = valueEnd(text, i);
  return end < 0 ? null : { start, end };
}

// src/findings/locate.ts
var Locator = class {
  constructor(textOf) {
    this.textOf = textOf;
  }
  textOf;
  cache = /* @__PURE__ */ new Map();
  locate(loc) {
    if (!loc.path || loc.line !== null) return;
    const doc = this.document(loc.file, loc.entry);
    if (!doc) return;
    const span = memberSpan(doc.text, loc.path);
    if (!span) return;
    loc.line = lineOf(doc.lineStarts, span.start);
    loc.endLine = lineOf(doc.lineStarts, Math.max(span.end - 1, span.start));
  }
  /** The first line of each step of a secret's path. */
  locatePath(steps) {
    for (const step of steps) {
      if (step.line !== null || step.jsonPath === null) continue;
      const loc = { ...step, path: step.jsonPath, line: null, endLine: null };
      this.locate(loc);
      step.line = loc.line;
    }
  }
  document(file, entry) {
    const key2 = `${file}\0${entry ?? ""}`;
    let doc = this.cache.get(key2);
    if (doc === void 0) {
      const text = this.textOf(file, entry);
      doc = text === void 0 ? null : { text, lineStarts: lineStarts(text) };
      this.cache.set(key2, doc);
    }
    return doc;
  }
};
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function lineOf(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/engine/finish-report.ts
function sourceKey(file, entry) {
  return `${file}\0${entry ?? ""}`;
}
function finishReport(parts, options) {
  const overridden = (f) => applySeverityOverrides(supersede(f), options.severity);
  const report = classify2(overridden(parts.head), parts.base ? overridden(parts.base) : null, {
    ...options,
    suppressions: {
      ...options.suppressions,
      inline: parts.inline,
      ...parts.base ? { counterparts: parts.counterparts } : {}
    },
    ...parts.counts
  });
  locateAll(report.findings, parts.sources.head, parts.sources.base);
  report.findings.sort(compareFindings);
  report.proposedSuppressions = parts.inline.proposed;
  report.warnings = [
    ...options.suppressions?.config?.warnings ?? [],
    ...parts.inline.warnings,
    // Config entries refused because they match only the names the change gave a flow or action (SPEC §4).
    ...report.warnings ?? []
  ];
  report.secretAccess = withRules(parts.access, report.findings).sort(compareAccess);
  return report;
}
function supersede(findings) {
  const dropped = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const rule = RULES.find((r) => r.meta.id === f.ruleId);
    for (const id of rule?.meta.supersedes ?? [])
      dropped.add(`${id}\0${f.flow.key}\0${f.action ?? ""}`);
  }
  if (dropped.size === 0) return findings;
  return findings.filter((f) => !dropped.has(`${f.ruleId}\0${f.flow.key}\0${f.action ?? ""}`));
}
function locateAll(findings, head, base) {
  const text = (sources) => (file, entry) => sources?.get(sourceKey(file, entry))?.text;
  const headLocator = new Locator(text(head));
  const baseLocator = new Locator(text(base));
  for (const f of findings) {
    (isPresent(f) ? headLocator : baseLocator).locate(f.location);
    if (f.baseLocation) baseLocator.locate(f.baseLocation);
    if (f.path) (isPresent(f) ? headLocator : baseLocator).locatePath(f.path);
  }
}
function withRules(access, findings) {
  const rulesOf = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (!isPresent(f) || f.action === null) continue;
    const key2 = `${f.flow.key}\0${f.action}`;
    rulesOf.set(key2, (rulesOf.get(key2) ?? /* @__PURE__ */ new Set()).add(f.ruleId));
  }
  return access.map((a) => ({
    ...a,
    entries: a.entries.map((e) => ({
      ...e,
      rules: [...rulesOf.get(`${a.flowKey}\0${e.action}`) ?? []].sort()
    }))
  }));
}

// src/engine/analyse.ts
function analyse(head, base, options) {
  const checker = new FlowChecker(options);
  const { allowedHosts } = options.rules;
  checker.useChildren(
    secretChildrenOf(head.flows, { allowedHosts }),
    base ? secretChildrenOf(base.flows, { allowedHosts }) : void 0
  );
  const headFindings = [];
  const baseFindings = [];
  let changedFlows = 0;
  for (const pair of matchFlows(base?.flows ?? [], head.flows)) {
    if (pair.head && (!pair.base || flowChanged(pair.base, pair.head))) changedFlows++;
    const found = checker.check(pair.head, base ? pair.base : void 0);
    headFindings.push(...found.head);
    baseFindings.push(...found.base);
  }
  headFindings.push(...checker.unreadable(head.unreadable));
  baseFindings.push(...checker.unreadable(base?.unreadable ?? []));
  return finishReport(
    {
      head: headFindings,
      base: base ? baseFindings : null,
      inline: checker.inline,
      counterparts: checker.counterparts,
      access: checker.access.map((a) => a.access),
      counts: {
        flows: head.flows.length,
        changedFlows: base ? changedFlows : head.flows.length,
        filesRead: head.filesRead + (base?.filesRead ?? 0)
      },
      sources: { head: head.sources, base: base?.sources ?? null }
    },
    options
  );
}

// src/engine/child-flow-context.ts
function unreadChildPaths(flows, listing) {
  const known = new Set(flows.flatMap(keysOf));
  const missing = new Set(flows.flatMap(callKeys).filter((k) => !known.has(k)));
  const out = /* @__PURE__ */ new Set();
  if (missing.size === 0) return out;
  const read = new Set(flows.map((f) => f.source.file));
  for (const file of listing) {
    if (read.has(file) || !file.toLowerCase().endsWith(".json")) continue;
    const lower = file.toLowerCase();
    const name = lower.slice(lower.lastIndexOf("/") + 1);
    for (const key2 of missing) {
      const wanted = key2.startsWith("app:") ? lower === `${key2.slice(4).replace(/^\//, "")}/workflow.json` : !key2.includes(":") && name.includes(key2);
      if (wanted) out.add(file);
    }
  }
  return out;
}

// src/engine/revision.ts
function buildRevision(read, options = {}) {
  const flows = [];
  const unreadable = [...read.unreadable];
  const sources = /* @__PURE__ */ new Map();
  for (const src of read.flows) {
    sources.set(sourceKey(src.source.file, src.source.entry), src.source);
    const built = modelFlow(src, options);
    if ("unreadable" in built) unreadable.push(built.unreadable);
    else flows.push(built);
  }
  const shared = sharedKeys(flows.map((f) => f.key));
  for (const f of flows) if (shared.has(f.key)) f.key = distinctKey(f.key, flowWhere(f));
  return { flows, unreadable, filesRead: read.filesRead, sources };
}
function joinRevisions(a, b) {
  return {
    flows: [...a.flows, ...b.flows],
    unreadable: [...a.unreadable, ...b.unreadable],
    filesRead: a.filesRead + b.filesRead,
    sources: new Map([...a.sources, ...b.sources])
  };
}

// src/model/child-flow-ledger.ts
var ChildFlowLedger = class {
  known = /* @__PURE__ */ new Map();
  /** Keys of flows read that cannot return a secret whatever is read later. */
  settled = /* @__PURE__ */ new Set();
  waiting = [];
  /** The flows known so far to return secrets: the analysis of the next flow read uses them. */
  get children() {
    return this.known;
  }
  /**
   * Notes a flow just checked with `analysis` (built with `children`). True when `item` is held: the flow
   * calls a flow that is not settled yet, so its findings may change once that one is read.
   */
  note(flow, analysis, item) {
    const targets = callKeys(flow);
    const open = targets.filter((t) => !this.known.has(t) && !this.settled.has(t));
    const response = hasResponse(flow);
    const returned = response ? returnedSecret(flow, analysis) : null;
    if (returned) {
      for (const k of keysOf(flow)) if (!this.known.has(k)) this.known.set(k, returned);
    } else if (!response || open.length === 0) {
      for (const k of keysOf(flow)) this.settled.add(k);
    }
    if (open.length === 0) return false;
    this.waiting.push({ targets: open, relay: response && !returned, item });
    return true;
  }
  /**
   * Once every flow is read: completes `children` (held flows that return what a child returned, to a fixed
   * point) and answers the held items whose flows call a child that returns a secret — to be checked again.
   */
  settle(flowOf, options) {
    const relays = this.waiting.filter((w) => w.relay).map((w) => {
      let flow;
      return { targets: w.targets, flow: () => flow ??= flowOf(w.item) };
    });
    closeOver(relays, this.known, options);
    return this.waiting.filter((w) => w.targets.some((t) => this.known.has(t))).map((w) => w.item);
  }
};

// src/engine/released-source.ts
var RELEASED = Object.freeze({});
var TEXT_RELEASED = /* @__PURE__ */ new WeakSet();
function release(src, keepText = true) {
  const out = { ...src, container: RELEASED };
  if (keepText) return out;
  const light = { ...out, source: { ...src.source, text: "" } };
  TEXT_RELEASED.add(light);
  return light;
}
function hasText(src) {
  return !TEXT_RELEASED.has(src);
}
function restore(src) {
  if (src.container !== RELEASED) return src;
  if (!hasText(src)) throw new Error(`${src.source.file}: a held flow was not read again before its check`);
  const parsed = parseJsonText(src.source.text);
  if (!parsed.ok) throw new Error(`${src.source.file}: the text of a held flow no longer parses`);
  const key2 = src.containerPath.join("\0");
  const container = findContainers(parsed.value).containers.find(
    (c) => c.containerPath.join("\0") === key2
  )?.container;
  if (!container) throw new Error(`${src.source.file}: the held flow's container is gone`);
  return { ...src, container };
}

// src/engine/single-revision.ts
var SingleRevisionAnalysis = class {
  /**
   * `canReread`: the driver reads the files settle() names again and hands their flows to refill(), so
   * held callers need not keep their text.
   */
  constructor(options, modelOptions2, canReread = false) {
    this.options = options;
    this.modelOptions = modelOptions2;
    this.canReread = canReread;
    this.checker = new FlowChecker(options, modelOptions2);
    this.checker.useChildren(this.childFlows.children);
  }
  options;
  modelOptions;
  canReread;
  checker;
  /** Per reader candidate (sparse, in tree order). */
  byOrder = [];
  /** Child flows that return secrets, learnt as flows are read; callers read before their child are held. */
  childFlows = new ChildFlowLedger();
  /** Held callers whose text was released, by pathKey, once settle() found they must be checked again. */
  refills = /* @__PURE__ */ new Map();
  settled = false;
  /** The flows of one file (`order`: its place among the reader's candidates). */
  add(sources, order) {
    const slot = { checked: [], unmodelled: [] };
    this.byOrder[order] = slot;
    for (const src of sources) {
      const flow = this.checker.build(src);
      if ("unreadable" in flow) {
        slot.unmodelled.push(flow.unreadable);
        continue;
      }
      const found = this.checker.check(flow, void 0);
      const kept = found.head.length > 0;
      const checked = {
        key: flow.key,
        findings: found.head,
        src: kept ? src : null,
        flow: kept ? flow : null
      };
      slot.checked.push(checked);
      if (this.childFlows.note(flow, found.analysis, checked))
        checked.src = kept ? src : release(src, !this.canReread || hasResponse(flow));
    }
  }
  /**
   * Once the reader is done: which child flows return secrets, and the held callers of such children
   * checked again. Returns the pathKeys of held callers whose text was released: the driver reads their
   * files again and hands their flows to refill().
   */
  settle() {
    if (this.settled) return new Set(this.refills.keys());
    this.settled = true;
    const rebuild = (c) => c.flow ??= buildFlow(restore(c.src), this.modelOptions);
    const { allowedHosts } = this.options.rules;
    for (const c of this.childFlows.settle(rebuild, { allowedHosts })) {
      if (hasText(c.src)) c.findings = this.checker.recheck(rebuild(c));
      else this.refills.set(c.src.pathKey, c);
    }
    return new Set(this.refills.keys());
  }
  /** Flows read again for settle(): each held caller among them is checked again with its document. */
  refill(sources) {
    for (const src of sources) {
      const c = this.refills.get(src.pathKey);
      if (!c) continue;
      this.refills.delete(src.pathKey);
      c.src = src;
      c.flow = buildFlow(src, this.modelOptions);
      c.findings = this.checker.recheck(c.flow);
    }
  }
  /** The report, once the reader is done (and the files settle() named were read again). */
  finish(read) {
    this.settle();
    if (this.refills.size > 0)
      throw new Error(
        `${this.refills.size} held flow(s) were not read again: ${[...this.refills.keys()][0]}`
      );
    const slots = this.byOrder.filter((s) => s !== void 0);
    const checked = slots.flatMap((s) => s.checked);
    const shared = sharedKeys(checked.map((c) => c.key));
    const sources = /* @__PURE__ */ new Map();
    const headFindings = [];
    for (const c of checked) {
      if (c.src && !hasText(c.src)) {
        headFindings.push(...c.findings);
        continue;
      }
      if (shared.has(c.key) && c.src) {
        const flow = c.flow ?? buildFlow(restore(c.src), this.modelOptions);
        flow.key = distinctKey(c.key, flowWhere(flow));
        c.findings = this.checker.recheck(flow);
      }
      if (c.src) sources.set(sourceKey(c.src.source.file, c.src.source.entry), c.src.source);
      headFindings.push(...c.findings);
    }
    headFindings.push(
      ...this.checker.unreadable([...read.unreadable, ...slots.flatMap((s) => s.unmodelled)])
    );
    const access = this.checker.access.map(
      ({ access: access2, where }) => shared.has(access2.flowKey) ? { ...access2, flowKey: distinctKey(access2.flowKey, where) } : access2
    );
    return finishReport(
      {
        head: headFindings,
        base: null,
        inline: this.checker.inline,
        access,
        counts: { flows: checked.length, changedFlows: checked.length, filesRead: read.filesRead },
        sources: { head: sources, base: null }
      },
      this.options
    );
  }
};

// src/engine/scan.ts
function readOptions(config, only) {
  return {
    include: config.include,
    exclude: config.exclude,
    limits: config.limits,
    ...only ? { only } : {}
  };
}
function modelOptions(config) {
  return {
    customSecretSources: config.secretSources,
    maxNestingDepth: config.limits?.maxNestingDepth,
    maxExpressionLength: config.limits?.maxExpressionLength
  };
}
function treePathsOf(pathKeys) {
  const out = /* @__PURE__ */ new Set();
  for (const key2 of pathKeys) {
    out.add(key2);
    for (let i = 0; i < key2.length; i++) if (key2[i] === "!" || key2[i] === "#") out.add(key2.slice(0, i));
  }
  return out;
}
function revision(read, config) {
  return buildRevision(read, modelOptions(config));
}
function analyseOptions(req, baseline) {
  const today = req.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  return {
    failOn: req.failOn,
    report: req.report,
    disabled: disabledRules(req.config.disable, req.config.severity),
    severity: req.config.severity,
    suppressions: {
      config: new ConfigSuppressions(req.config.ignore ?? [], today),
      ...baseline ? { baseline } : {}
    },
    rules: {
      allowedHosts: req.config.allowedHosts ?? [],
      privilegedConnectors: req.config.privilegedConnectors ?? [],
      connectorPolicies: req.config.connectorPolicies ?? []
    }
  };
}
function finish(head, base, req, baseline) {
  const report = analyse(head, base, analyseOptions(req, baseline));
  if (base) report.baseFlows = base.flows.length;
  return report;
}
async function diskBaseline(req) {
  if (!req.baseline) return void 0;
  let text;
  try {
    text = await readFile2(req.baseline, "utf8");
  } catch (err) {
    throw new BaselineError(`cannot read baseline file ${req.baseline}: ${err.message}`);
  }
  return parseBaseline(text, req.baseline);
}
async function revisionBaseline(req, git, top, baseCommit) {
  if (!req.baseline) return void 0;
  const rel = toRepoPath(top, path3.resolve(req.cwd, req.baseline));
  const blob = await git.show(baseCommit, rel);
  if (blob === null) {
    req.notes?.push(
      `The baseline ${rel} is not in the base revision ${baseCommit.slice(0, 7)}: no baseline applied (a change cannot accept its own findings).`
    );
    return void 0;
  }
  return parseBaseline(blob.toString("utf8"), `${rel} (base revision ${baseCommit.slice(0, 7)})`);
}
async function scanPaths(req) {
  const analysis = new SingleRevisionAnalysis(
    analyseOptions(req, await diskBaseline(req)),
    modelOptions(req.config),
    true
  );
  const paths = req.paths.length ? req.paths : ["."];
  const read = await readPaths(paths, req.cwd, {
    ...readOptions(req.config),
    onFlows: (flows, order) => analysis.add(flows, order)
  });
  const wanted = analysis.settle();
  if (wanted.size > 0) {
    const refill = { onFlows: (flows) => analysis.refill(flows) };
    await readPaths(paths, req.cwd, { ...readOptions(req.config, treePathsOf(wanted)), ...refill });
    if (analysis.settle().size > 0)
      await readPaths(paths, req.cwd, { ...readOptions(req.config), ...refill });
  }
  return analysis.finish(read);
}
async function scanRevisions(req) {
  const git = req.git ?? new CliGit(req.cwd);
  const top = await git.toplevel();
  const [base, head] = await Promise.allSettled([
    git.resolveCommit(req.base),
    req.head ? git.resolveCommit(req.head) : Promise.resolve(null)
  ]);
  if (base.status === "rejected") throw base.reason;
  if (head.status === "rejected") throw head.reason;
  const baseCommit = base.value;
  const headCommit = head.value;
  const scope = (req.paths.length ? req.paths : ["."]).map((p) => toRepoPath(top, path3.resolve(req.cwd, p)));
  const inScope = (p) => scope.some((s) => s === "" || p === s || p.startsWith(`${s}/`));
  const changes = headCommit ? git.diffRaw(baseCommit, headCommit) : null;
  const changedSet = (async () => {
    const paths = changes ? (await changes).map((c) => c.path) : await git.diffNames(baseCommit, null);
    return new Set([...paths].filter(inScope));
  })();
  const headTree = headCommit ? new GitRevisionTree(git, headCommit).near(changedSet) : new FsTree(top);
  const changed = await changedSet;
  const options = readOptions(req.config, changed);
  const baseTree = headTree instanceof GitRevisionTree && changes ? headTree.before(baseCommit, await changes) : new GitRevisionTree(git, baseCommit);
  let baseRev;
  let headRev;
  try {
    const [baseRead, headRead] = await Promise.all([
      readTree(baseTree, options),
      readTree(headTree, options)
    ]);
    headRev = revision(headRead, req.config);
    baseRev = revision(baseRead, req.config);
    const children = unreadChildPaths([...headRev.flows, ...baseRev.flows], await headTree.list());
    if (children.size > 0) {
      const only = readOptions(req.config, children);
      const [baseMore, headMore] = await Promise.all([readTree(baseTree, only), readTree(headTree, only)]);
      headRev = joinRevisions(headRev, revision(headMore, req.config));
      baseRev = joinRevisions(baseRev, revision(baseMore, req.config));
    }
  } finally {
    baseTree.close();
    if (headTree instanceof GitRevisionTree) headTree.close();
  }
  const baseline = await revisionBaseline(req, git, top, baseCommit);
  return finish(headRev, baseRev, req, baseline);
}
async function diffTargets(req) {
  const [oldRead, newRead] = await Promise.all([
    readPaths([req.old], req.cwd, readOptions(req.config)),
    readPaths([req.new], req.cwd, readOptions(req.config))
  ]);
  const base = revision(oldRead, req.config);
  const head = revision(newRead, req.config);
  if (base.flows.length === 1 && head.flows.length === 1) {
    head.flows[0].key = base.flows[0].key;
  }
  return finish(head, base, req, await diskBaseline(req));
}
function toRepoPath(top, abs) {
  const rel = path3.relative(top, abs);
  if (rel.startsWith("..") || path3.isAbsolute(rel))
    throw new Error(`${abs} is outside the repository ${top}`);
  return rel.split(path3.sep).join("/");
}
export {
  diffTargets,
  scanPaths,
  scanRevisions
};
