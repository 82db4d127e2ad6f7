import type { BlobBatch, BlobFetch, Git, RawChange, TreeEntry } from '../git/git.js';
import { nearFolders } from './layout-discovery.js';
import type { SourceTree } from './types.js';

/**
 * The files of one commit, read straight from the object store: no checkout, nothing written.
 * Symlinks and submodules are not files of the solution and are left out.
 *
 * Cost follows what is read, not the size of the repository: the listing asks git for names and object
 * ids only, and sizes and contents of the files read come from one blob batch (`git cat-file --batch`)
 * per commit instead of a process per file. Call `close()` when done.
 */
export class GitRevisionTree implements SourceTree {
  private entries?: Promise<Map<string, string>>;
  private blobs?: BlobBatch;
  /** Fetches started by `size()`, whose content `read()` then takes. */
  private readonly fetched = new Map<string, BlobFetch>();

  constructor(
    private readonly git: Git,
    readonly commit: string,
    /** Only paths under this prefix (relative to the repository root, `/`-separated), returned relative to it. */
    private readonly prefix = '',
  ) {}

  private load(): Promise<Map<string, string>> {
    this.entries ??= this.git
      .lsTree(this.commit, { recursive: true })
      .then((entries) => this.addFiles(entries, new Map()));
    return this.entries;
  }

  /** Listing entries into path → blob id: files only (no symlinks, submodules or folders). */
  private addFiles(entries: readonly TreeEntry[], map: Map<string, string>): Map<string, string> {
    for (const e of entries) {
      if (e.type !== 'blob' || e.mode === '120000') continue;
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
  near(paths: Promise<ReadonlySet<string>>): this {
    if (!this.prefix && !this.entries) {
      this.entries = this.loadNear(paths);
      this.entries.catch(() => undefined); // the error comes again to whoever awaits the listing
    }
    return this;
  }

  private async loadNear(paths: Promise<ReadonlySet<string>>): Promise<Map<string, string>> {
    const commit = this.commit;
    // The folders are listed while the caller still works out the paths.
    const listing = this.git.lsFolders(commit);
    listing.catch(() => undefined);
    const near = nearFolders(await paths);
    // The root's own files, when near, come from a listing of the root (a pathspec cannot say "only here").
    const root = near.has('') ? this.git.lsTree(commit, { recursive: false }) : null;
    const folders = await listing;
    const wanted: string[] = [];
    for (const dir of folders) {
      const lower = dir.toLowerCase();
      const parent = dirOf(lower);
      // Files in a near folder or a folder of one; `solutions/<name>/` for a YAML root's solution.yml.
      const yaml = parent === 'solutions' || parent.endsWith('/solutions');
      if (near.has(lower) || near.has(parent) || yaml) wanted.push(`${dir}/`);
    }
    if (wanted.length > MAX_NEAR_FOLDERS) return this.load();
    const map = new Map<string, string>();
    if (root) this.addFiles(await root, map);
    if (wanted.length > 0)
      this.addFiles(await this.git.lsTree(commit, { recursive: false, folders: wanted }), map);
    return map;
  }

  /** A repository path as this tree names it, or null when the tree leaves it out. */
  private relative(path: string): string | null {
    if (this.prefix && !path.startsWith(this.prefix)) return null;
    const rel = path.slice(this.prefix.length);
    const skipped =
      (rel.includes('.git/') || rel.includes('node_modules/')) && /(^|\/)(\.git|node_modules)\//.test(rel);
    return skipped ? null : rel;
  }

  /**
   * The tree of `commit`, listed from this one and `changes` (the raw diff from `commit` to this tree's
   * commit) instead of a second `ls-tree` of the whole repository: PR mode lists one tree, not two.
   */
  before(commit: string, changes: readonly RawChange[]): GitRevisionTree {
    const tree = new GitRevisionTree(this.git, commit, this.prefix);
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

  async list(): Promise<string[]> {
    return [...(await this.load()).keys()].sort();
  }

  async size(path: string): Promise<number> {
    const blob = await this.blobOf(path);
    let f = this.fetched.get(blob);
    if (!f) this.fetched.set(blob, (f = this.reader().fetch(blob, KEEP_FOR_READ)));
    return f.size;
  }

  async read(path: string): Promise<Buffer> {
    const blob = await this.blobOf(path);
    const f = this.fetched.get(blob);
    this.fetched.delete(blob);
    const kept = f ? await f.content : null;
    return kept ?? (await this.reader().fetch(blob, Infinity).content)!;
  }

  /** Ends the `cat-file` process (it also ends with flowguard). */
  close(): void {
    this.blobs?.close();
  }

  private async blobOf(path: string): Promise<string> {
    const blob = (await this.load()).get(path);
    if (!blob) throw new Error(`${path} is not in ${this.commit.slice(0, 12)}`);
    return blob;
  }

  private reader(): BlobBatch {
    this.blobs ??= this.git.catFileBatch();
    return this.blobs;
  }
}

/** Past this many folders near a change, listing them one by one costs more than listing everything. */
const MAX_NEAR_FOLDERS = 2000;

const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** A blob that is a file (100644, 100755); not a symlink (120000), submodule (160000) or absent (000000). */
function isFileMode(mode: string): boolean {
  return mode.startsWith('100');
}

/** `size()` before `read()` holds a blob up to this size for the read; a larger one is counted and dropped. */
const KEEP_FOR_READ = 64 * 1024 * 1024;
