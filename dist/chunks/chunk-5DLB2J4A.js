import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);

// src/git/git-cli.ts
import { execFile } from "node:child_process";

// src/git/blob-batch.ts
import { spawn } from "node:child_process";

// src/git/git.ts
var GitError = class extends Error {
  constructor(message, hint) {
    super(hint ? `${message}
${hint}` : message);
    this.hint = hint;
  }
  hint;
};

// src/git/blob-batch.ts
var CliBlobBatch = class {
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

// src/git/git-cli.ts
var CliGit = class {
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
  async hasCommit(sha) {
    try {
      await this.run(["cat-file", "-e", "--end-of-options", `${sha}^{commit}`]);
      return true;
    } catch {
      return false;
    }
  }
  /**
   * `git fetch --depth=1 <remote> <sha>`: the GitHub Action's default checkout is the depth-1 test merge
   * commit, which holds neither the PR base nor its head. Only objects arrive — nothing is checked out, no
   * tags, no submodules, FETCH_HEAD untouched — so PR content stays data. Only full SHAs: a name could be
   * read as an option.
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
  async mergeBase(a, b) {
    const out = await this.text(["merge-base", a, b]).catch(() => "");
    return out.trim() || null;
  }
  show(rev, path) {
    return this.run(["cat-file", "blob", `${rev}:${path}`]).catch(() => null);
  }
  async diffNames(base, head) {
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
  async diffRaw(base, head) {
    const args = ["diff", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", base, head, "--"];
    const out = splitZ(await this.text(args));
    const changes = [];
    for (let i = 0; i + 1 < out.length; i += 2) {
      const [oldMode, newMode, oldId, newId] = out[i].slice(1).split(" ");
      changes.push({ path: out[i + 1], oldMode, newMode, oldId, newId });
    }
    return changes;
  }
  /**
   * Names and object ids only: `ls-tree --long` would open every blob for its size (half a second per
   * commit of a 9,000-file repository with loose objects).
   */
  async lsTree(commit, options) {
    const folders = options.folders ?? [];
    const args = folders.length ? ["--literal-pathspecs", "ls-tree", "-z", "--full-tree", commit, "--", ...folders] : ["ls-tree", ...options.recursive ? ["-r"] : [], "-z", "--full-tree", commit];
    return parseListing(await this.text(args));
  }
  async lsFolders(commit) {
    return splitZ(await this.text(["ls-tree", "-r", "-d", "-z", "--full-tree", "--name-only", commit]));
  }
  catFileBatch() {
    return new CliBlobBatch(this.cwd);
  }
};
function splitZ(s) {
  return s.split("\0").filter(Boolean);
}
function parseListing(out) {
  const entries = [];
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf("\0", at);
    if (end < 0) end = out.length;
    const tab = out.indexOf("	", at);
    const sp1 = out.indexOf(" ", at);
    const sp2 = out.indexOf(" ", sp1 + 1);
    if (tab >= 0 && tab < end && sp1 >= 0 && sp2 >= 0 && sp2 < tab)
      entries.push({
        mode: out.slice(at, sp1),
        type: out.slice(sp1 + 1, sp2),
        oid: out.slice(sp2 + 1, tab),
        path: out.slice(tab + 1, end)
      });
    at = end + 1;
  }
  return entries;
}

export {
  CliGit
};
