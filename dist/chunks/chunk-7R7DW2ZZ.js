import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  compareCodeUnits
} from "./chunk-SVGO55I2.js";

// src/sources/fs-tree.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import { lstat, realpath } from "node:fs/promises";
import path from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var NO_FOLLOW = constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = constants.O_NONBLOCK ?? 0;
var FsTree = class {
  constructor(root) {
    this.root = root;
  }
  root;
  rootReal;
  /** Paths the last `list()` returned: reached without crossing a symlink, so no realpath check needed. */
  listed = /* @__PURE__ */ new Set();
  /**
   * Every regular file under the root, `/`-separated, in code-unit order. Iterative: deep trees are fine.
   * Synchronous like the reads (below): nothing else runs while a scan lists its tree, and a thread-pool
   * round trip per folder left the main thread idle (about 80 ms for the 900 folders of 5,000 flows).
   */
  async list() {
    const out = [];
    const pending = [""];
    while (pending.length > 0) {
      const rel = pending.pop();
      const dirents = readdirSync(path.join(this.root, rel), { withFileTypes: true });
      for (const d of dirents) {
        const child = rel ? `${rel}/${d.name}` : d.name;
        if (d.isDirectory()) {
          if (!SKIPPED_DIRS.has(d.name)) pending.push(child);
        } else if (d.isFile()) {
          out.push(child);
        }
      }
    }
    this.listed = new Set(out);
    return out.sort(compareCodeUnits);
  }
  // Reads are synchronous: a flow file is small and, in a checkout, in the page cache, and the promise
  // API costs more than the read itself (four thread-pool round trips per file: a full scan of 8,500
  // files spent about a second of its main thread there). The methods stay async for the SourceTree
  // interface. O_NONBLOCK: opening a FIFO planted where a file was listed must not block the scan; the
  // fstat check then refuses it.
  async read(rel) {
    const got = await this.readWithin(rel, Infinity);
    if (!Buffer.isBuffer(got)) throw new Error(`${rel}: over the size limit`);
    return got;
  }
  async readWithin(rel, max) {
    const abs = await this.resolveInside(rel);
    const fd = openSync(abs, constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new Error(`${rel}: not a regular file`);
      if (st.size > max) return { tooBig: st.size };
      return readAll(fd, st.size);
    } finally {
      closeSync(fd);
    }
  }
  async size(rel) {
    const st = lstatSync(await this.resolveInside(rel));
    if (!st.isFile()) throw new Error(`${rel}: not a regular file`);
    return st.size;
  }
  /**
   * Absolute path of a tree path, refusing anything that could leave the root: `..` segments, absolute
   * paths, and (through realpath) a symlinked folder on the way. Tree paths normally come from `list()`,
   * but callers may pass paths from elsewhere (a PR's changed files).
   */
  async resolveInside(rel) {
    const parts = rel.split("/");
    if (rel === "" || path.isAbsolute(rel) || parts.some((p) => p === ".." || p === "" || path.sep === "\\" && p.includes("\\"))) {
      throw new Error(`${rel}: not a path inside the tree`);
    }
    if (this.listed.has(rel)) return path.join(this.root, ...parts);
    this.rootReal ??= await realpath(this.root);
    const abs = path.join(this.rootReal, ...parts);
    const st = await lstat(abs);
    if (st.isSymbolicLink()) throw new Error(`${rel}: is a symbolic link, which flowguard does not follow`);
    const parentReal = await realpath(path.dirname(abs));
    if (parentReal !== this.rootReal && !parentReal.startsWith(this.rootReal + path.sep)) {
      throw new Error(`${rel}: leaves the scanned folder through a symbolic link`);
    }
    return abs;
  }
};
function readAll(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buf, filled, size - filled, null);
    if (n === 0) return buf.subarray(0, filled);
    filled += n;
  }
  const chunks = [buf];
  for (; ; ) {
    const n = readSync(fd, PROBE, 0, PROBE.length, null);
    if (n === 0) break;
    chunks.push(Buffer.from(PROBE.subarray(0, n)));
  }
  return chunks.length === 1 ? buf : Buffer.concat(chunks);
}
var PROBE = Buffer.allocUnsafe(64 * 1024);

export {
  FsTree
};
