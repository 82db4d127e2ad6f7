import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/sources/git-revision-source.ts
import { execFile, spawn } from "node:child_process";

// src/sources/layout-discovery.ts
var dirOf = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
var join = (dir, name) => dir ? `${dir}/${name}` : name;
function discoverCandidates(files, explicit) {
  const byLower = /* @__PURE__ */ new Map();
  for (const f of files) if (!byLower.has(f.toLowerCase())) byLower.set(f.toLowerCase(), f);
  const find = (p) => byLower.get(p.toLowerCase());
  const yamlRoots = /* @__PURE__ */ new Set();
  const logicAppRoots = /* @__PURE__ */ new Set();
  for (const f of files) {
    const segs = f.toLowerCase().split("/");
    const base = segs[segs.length - 1];
    if (base === "solution.yml" && segs.length >= 3 && segs[segs.length - 3] === "solutions") {
      yamlRoots.add(segs.slice(0, -3).join("/"));
    }
    if (base === "host.json") logicAppRoots.add(segs.slice(0, -1).join("/"));
  }
  const out = [];
  for (const f of files) {
    const lower = f.toLowerCase();
    const segs = lower.split("/");
    const base = segs[segs.length - 1];
    const isExplicit = explicit.has(f);
    if (base.endsWith(".zip")) {
      out.push({ path: f, kind: "zip", reportable: isExplicit, requireDefinition: true, metaPaths: [] });
      continue;
    }
    if (!base.endsWith(".json") && !(isExplicit && !/\.(xml|xaml)$/.test(base))) continue;
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
    } else if (underYamlFlows(segs, yamlRoots)) {
      out.push({ ...loose, kind: "dataverse-yaml", reportable: true, requireDefinition: isExplicit });
    } else if (n >= 2 && segs[n - 2] === "workflows" && !yamlRoots.has(segs.slice(0, -2).join("/"))) {
      const root = dirOf(dirOf(f));
      const dataXml = find(`${f}.data.xml`);
      const customizations = find(join(root, "Other/Customizations.xml")) ?? find(join(root, "customizations.xml"));
      out.push({
        ...loose,
        kind: "unpacked-solution",
        reportable: true,
        requireDefinition: true,
        solutionRoot: root,
        ...dataXml ? { dataXml } : {},
        ...customizations ? { customizations } : {},
        metaPaths: [dataXml, customizations].filter((p) => p !== void 0)
      });
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

// src/sources/git-revision-source.ts
var GitError = class extends Error {
  constructor(message, hint) {
    super(hint ? `${message}
${hint}` : message);
    this.hint = hint;
  }
  hint;
};
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  run(args, options = {}) {
    return new Promise((resolve, reject) => {
      execFile(
        "git",
        args,
        {
          cwd: this.cwd,
          encoding: "buffer",
          maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
        },
        (err, stdout, stderr) => {
          if (err) reject(new GitError(`git ${args[0]} failed: ${stderr.toString().trim() || err.message}`));
          else resolve(stdout);
        }
      );
    });
  }
  async text(args) {
    return (await this.run(args)).toString("utf8");
  }
  async toplevel() {
    try {
      return (await this.text(["rev-parse", "--show-toplevel"])).trim();
    } catch {
      throw new GitError(
        `${this.cwd} is not inside a git repository`,
        "Run flowguard from a clone of the repository, or scan paths without --base."
      );
    }
  }
  /** The commit a revision names; a missing commit (shallow clone) explains how to fetch it. */
  async resolveCommit(rev) {
    if (rev.startsWith("-")) throw new GitError(`"${rev}" is not a revision`);
    try {
      return (await this.text(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`])).trim();
    } catch {
      const shallow = (await this.text(["rev-parse", "--is-shallow-repository"]).catch(() => "false")).trim() === "true";
      throw new GitError(
        `revision "${rev}" is not in this clone${shallow ? " (it is a shallow clone)" : ""}`,
        `Fetch it first, e.g. \`git fetch --depth=1 origin ${rev}\` (or check out with fetch-depth: 0).`
      );
    }
  }
  /** Whether the object store holds this commit (a shallow checkout often does not). */
  async hasCommit(sha) {
    try {
      await this.run(["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }
  /**
   * Makes one commit available by fetching it alone (`git fetch --depth=1 <remote> <sha>`) unless it is
   * already present: the GitHub Action's default checkout is the depth-1 test merge commit, which holds
   * neither the PR base nor its head. Only objects arrive — nothing is checked out, no tags, no submodules,
   * FETCH_HEAD untouched — so PR content stays data. Only full SHAs: a name could be read as an option.
   */
  async fetchCommit(sha, remote = "origin") {
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) throw new GitError(`"${sha}" is not a full commit SHA`);
    if (await this.hasCommit(sha)) return;
    try {
      await this.run([
        "fetch",
        "--depth=1",
        "--no-tags",
        "--no-recurse-submodules",
        "--no-write-fetch-head",
        remote,
        sha
      ]);
    } catch (err) {
      throw new GitError(
        `cannot fetch commit ${sha} from ${remote}: ${err.message}`,
        "Check out the repository with actions/checkout (which keeps the credentials git needs), or use fetch-depth: 0."
      );
    }
  }
  /** Paths that differ between a commit and another commit or (head null) the working tree, untracked included. */
  async changedPaths(base, head) {
    const args = [
      "diff",
      "--name-only",
      "-z",
      "--no-renames",
      "--no-ext-diff",
      base,
      ...head ? [head] : [],
      "--"
    ];
    const paths = new Set(splitZ(await this.text(args)));
    if (!head)
      for (const p of splitZ(await this.text(["ls-files", "--others", "--exclude-standard", "-z"])))
        paths.add(p);
    return paths;
  }
  /**
   * What differs between two commits, path by path, with each side's mode and object id (`git diff
   * --raw`): the changed paths, and what a tree of one commit needs to be listed from the other's.
   */
  async changes(base, head) {
    const out = splitZ(
      await this.text([
        "diff",
        "--raw",
        "-z",
        "--no-renames",
        "--no-abbrev",
        "--no-ext-diff",
        base,
        head,
        "--"
      ])
    );
    const changes = [];
    for (let i = 0; i + 1 < out.length; i += 2) {
      const [oldMode, newMode, oldId, newId] = out[i].slice(1).split(" ");
      changes.push({ path: out[i + 1], oldMode, newMode, oldId, newId });
    }
    return changes;
  }
};
function splitZ(s) {
  return s.split("\0").filter(Boolean);
}
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
    this.entries ??= this.git.text(["ls-tree", "-r", "-z", "--full-tree", this.commit]).then((out) => this.parseListing(out, /* @__PURE__ */ new Map()));
    return this.entries;
  }
  /** `ls-tree -z` output into path → blob id: files only (no symlinks, submodules or trees). */
  parseListing(out, map) {
    for (let at = 0; at < out.length; ) {
      let end = out.indexOf("\0", at);
      if (end < 0) end = out.length;
      const tab = out.indexOf("	", at);
      const sp1 = out.indexOf(" ", at);
      const sp2 = out.indexOf(" ", sp1 + 1);
      const ok = tab >= 0 && tab < end && sp1 >= 0 && sp2 >= 0 && sp2 < tab;
      if (ok && out.startsWith("blob ", sp1 + 1) && !out.startsWith("120000 ", at)) {
        const rel = this.relative(out.slice(tab + 1, end));
        if (rel !== null) map.set(rel, out.slice(sp2 + 1, tab));
      }
      at = end + 1;
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
    const listing = this.git.text(["ls-tree", "-r", "-d", "-z", "--full-tree", "--name-only", commit]);
    listing.catch(() => void 0);
    const near = nearFolders(await paths);
    const root = near.has("") ? this.git.text(["ls-tree", "-z", "--full-tree", commit]) : null;
    const folders = splitZ(await listing);
    const wanted = [];
    for (const dir of folders) {
      const lower = dir.toLowerCase();
      const parent = dirOf2(lower);
      const yaml = parent === "solutions" || parent.endsWith("/solutions");
      if (near.has(lower) || near.has(parent) || yaml) wanted.push(`${dir}/`);
    }
    if (wanted.length > MAX_NEAR_FOLDERS) return this.load();
    const map = /* @__PURE__ */ new Map();
    if (root) this.parseListing(await root, map);
    if (wanted.length > 0) {
      const args = ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", commit, "--", ...wanted];
      this.parseListing(await this.git.text(args), map);
    }
    return map;
  }
  /** A repository path as this tree names it, or null when the tree leaves it out. */
  relative(path) {
    if (this.prefix && !path.startsWith(this.prefix)) return null;
    const rel = path.slice(this.prefix.length);
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
  async size(path) {
    const blob = await this.blobOf(path);
    let f = this.fetched.get(blob);
    if (!f) this.fetched.set(blob, f = this.reader().fetch(blob, KEEP_FOR_READ));
    return f.size;
  }
  async read(path) {
    const blob = await this.blobOf(path);
    const f = this.fetched.get(blob);
    this.fetched.delete(blob);
    const kept = f ? await f.content : null;
    return kept ?? await this.reader().fetch(blob, Infinity).content;
  }
  /** Ends the `cat-file` process (it also ends with flowguard). */
  close() {
    this.blobs?.close();
  }
  async blobOf(path) {
    const blob = (await this.load()).get(path);
    if (!blob) throw new Error(`${path} is not in ${this.commit.slice(0, 12)}`);
    return blob;
  }
  reader() {
    this.blobs ??= new BlobReader(this.git.cwd);
    return this.blobs;
  }
};
var MAX_NEAR_FOLDERS = 2e3;
var dirOf2 = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
function isFileMode(mode) {
  return mode.startsWith("100");
}
var KEEP_FOR_READ = 64 * 1024 * 1024;
var BlobReader = class {
  child;
  queue = [];
  header = Buffer.alloc(0);
  failed = null;
  constructor(cwd) {
    this.child = spawn("git", ["cat-file", "--batch"], {
      cwd,
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" }
    });
    let stderr = "";
    this.child.stderr.on("data", (d) => stderr += d.toString());
    this.child.stdout.on("data", (d) => this.take(d));
    const fail = (why) => this.fail(new GitError(`git cat-file failed: ${stderr.trim() || why}`));
    this.child.on("error", (err) => fail(err.message));
    this.child.on("close", (code) => {
      if (this.queue.length > 0) fail(`exited with code ${code}`);
    });
    this.child.stdin.on("error", () => void 0);
  }
  fetch(oid, keep) {
    let onSize;
    let failSize;
    const size = new Promise((res, rej) => (onSize = res, failSize = rej));
    const content = new Promise((resolve, reject) => {
      const p = {
        oid,
        keep,
        size: -1,
        chunks: null,
        received: 0,
        onSize,
        resolve,
        reject: (err) => (failSize(err), reject(err))
      };
      if (this.failed) return p.reject(this.failed);
      this.queue.push(p);
      this.child.stdin.write(`${oid}
`);
    });
    size.catch(() => void 0);
    content.catch(() => void 0);
    return { size, content };
  }
  close() {
    this.child.stdin.end();
  }
  take(data) {
    let d = data;
    while (d.length > 0) {
      const p = this.queue[0];
      if (!p) return;
      if (p.size < 0) {
        const lf = d.indexOf(10);
        if (lf < 0) {
          this.header = Buffer.concat([this.header, d]);
          return;
        }
        const line = Buffer.concat([this.header, d.subarray(0, lf)]).toString("utf8");
        this.header = Buffer.alloc(0);
        d = d.subarray(lf + 1);
        const m = /^\S+ (\S+) (\d+)$/.exec(line);
        if (!m || m[1] !== "blob") {
          this.queue.shift();
          p.reject(new GitError(`git cat-file: ${p.oid} is not a readable blob (${line})`));
          continue;
        }
        p.size = Number(m[2]);
        p.chunks = p.size <= p.keep ? [] : null;
        p.onSize(p.size);
      }
      const want = p.size + 1 - p.received;
      const part = d.subarray(0, want);
      p.received += part.length;
      if (p.chunks) p.chunks.push(part);
      d = d.subarray(part.length);
      if (p.received === p.size + 1) {
        this.queue.shift();
        p.resolve(p.chunks ? Buffer.concat(p.chunks).subarray(0, p.size) : null);
      }
    }
  }
  fail(err) {
    this.failed ??= err;
    for (const p of this.queue.splice(0)) p.reject(err);
  }
};

export {
  discoverCandidates,
  nearPaths,
  GitError,
  Git,
  GitRevisionTree
};
