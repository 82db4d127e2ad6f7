import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { nearFolders } from './layout-discovery.js';
import type { SourceTree } from './types.js';

/** A git command failed; `hint` says what the user can do about it. */
export class GitError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(hint ? `${message}\n${hint}` : message);
  }
}

/** Runs git in a repository; the only place flowguard's engine talks to git. */
export class Git {
  constructor(readonly cwd: string) {}

  run(args: string[], options: { maxBuffer?: number } = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        {
          cwd: this.cwd,
          encoding: 'buffer',
          maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
          env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
        },
        (err, stdout, stderr) => {
          if (err) reject(new GitError(`git ${args[0]} failed: ${stderr.toString().trim() || err.message}`));
          else resolve(stdout);
        },
      );
    });
  }

  async text(args: string[]): Promise<string> {
    return (await this.run(args)).toString('utf8');
  }

  async toplevel(): Promise<string> {
    try {
      return (await this.text(['rev-parse', '--show-toplevel'])).trim();
    } catch {
      throw new GitError(
        `${this.cwd} is not inside a git repository`,
        'Run flowguard from a clone of the repository, or scan paths without --base.',
      );
    }
  }

  /** The commit a revision names; a missing commit (shallow clone) explains how to fetch it. */
  async resolveCommit(rev: string): Promise<string> {
    if (rev.startsWith('-')) throw new GitError(`"${rev}" is not a revision`);
    try {
      return (
        await this.text(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`])
      ).trim();
    } catch {
      const shallow =
        (await this.text(['rev-parse', '--is-shallow-repository']).catch(() => 'false')).trim() === 'true';
      throw new GitError(
        `revision "${rev}" is not in this clone${shallow ? ' (it is a shallow clone)' : ''}`,
        `Fetch it first, e.g. \`git fetch --depth=1 origin ${rev}\` (or check out with fetch-depth: 0).`,
      );
    }
  }

  /** Whether the object store holds this commit (a shallow checkout often does not). */
  async hasCommit(sha: string): Promise<boolean> {
    try {
      await this.run(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
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
  async fetchCommit(sha: string, remote = 'origin'): Promise<void> {
    if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) throw new GitError(`"${sha}" is not a full commit SHA`);
    if (await this.hasCommit(sha)) return;
    try {
      await this.run([
        'fetch',
        '--depth=1',
        '--no-tags',
        '--no-recurse-submodules',
        '--no-write-fetch-head',
        remote,
        sha,
      ]);
    } catch (err) {
      throw new GitError(
        `cannot fetch commit ${sha} from ${remote}: ${(err as Error).message}`,
        'Check out the repository with actions/checkout (which keeps the credentials git needs), or use fetch-depth: 0.',
      );
    }
  }

  /** Paths that differ between a commit and another commit or (head null) the working tree, untracked included. */
  async changedPaths(base: string, head: string | null): Promise<Set<string>> {
    // Without rename detection a rename is a deletion in the base and an addition in the head: each
    // revision reads exactly its own side.
    const args = [
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--no-ext-diff',
      base,
      ...(head ? [head] : []),
      '--',
    ];
    const paths = new Set(splitZ(await this.text(args)));
    if (!head)
      for (const p of splitZ(await this.text(['ls-files', '--others', '--exclude-standard', '-z'])))
        paths.add(p);
    return paths;
  }

  /**
   * What differs between two commits, path by path, with each side's mode and object id (`git diff
   * --raw`): the changed paths, and what a tree of one commit needs to be listed from the other's.
   */
  async changes(base: string, head: string): Promise<RawChange[]> {
    const out = splitZ(
      await this.text([
        'diff',
        '--raw',
        '-z',
        '--no-renames',
        '--no-abbrev',
        '--no-ext-diff',
        base,
        head,
        '--',
      ]),
    );
    const changes: RawChange[] = [];
    // `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL, per path.
    for (let i = 0; i + 1 < out.length; i += 2) {
      const [oldMode, newMode, oldId, newId] = out[i].slice(1).split(' ');
      changes.push({ path: out[i + 1], oldMode, newMode, oldId, newId });
    }
    return changes;
  }
}

/** One path of `git diff --raw`: mode `000000` on the side where the path does not exist. */
export interface RawChange {
  path: string;
  oldMode: string;
  newMode: string;
  oldId: string;
  newId: string;
}

function splitZ(s: string): string[] {
  return s.split('\u0000').filter(Boolean);
}

/**
 * The files of one commit, read straight from the object store: no checkout, nothing written.
 * Symlinks and submodules are not files of the solution and are left out.
 *
 * Cost follows what is read, not the size of the repository: the listing asks git for names and object
 * ids only (`ls-tree --long` opens every blob for its size: half a second per commit of a 9,000-file
 * repository with loose objects), and sizes and contents of the files read come from one
 * `git cat-file --batch` process per commit instead of a process per file. Call `close()` when done.
 */
export class GitRevisionTree implements SourceTree {
  private entries?: Promise<Map<string, string>>;
  private blobs?: BlobReader;
  /** Fetches started by `size()`, whose content `read()` then takes. */
  private readonly fetched = new Map<string, Fetch>();

  constructor(
    private readonly git: Git,
    readonly commit: string,
    /** Only paths under this prefix (relative to the repository root, `/`-separated), returned relative to it. */
    private readonly prefix = '',
  ) {}

  private load(): Promise<Map<string, string>> {
    this.entries ??= this.git
      .text(['ls-tree', '-r', '-z', '--full-tree', this.commit])
      .then((out) => this.parseListing(out, new Map()));
    return this.entries;
  }

  /** `ls-tree -z` output into path → blob id: files only (no symlinks, submodules or trees). */
  private parseListing(out: string, map: Map<string, string>): Map<string, string> {
    // `<mode> SP <type> SP <object> TAB <path>` NUL, read in place (a large tree has many thousand).
    for (let at = 0; at < out.length;) {
      let end = out.indexOf('\u0000', at);
      if (end < 0) end = out.length;
      const tab = out.indexOf('\t', at);
      const sp1 = out.indexOf(' ', at);
      const sp2 = out.indexOf(' ', sp1 + 1);
      const ok = tab >= 0 && tab < end && sp1 >= 0 && sp2 >= 0 && sp2 < tab;
      if (ok && out.startsWith('blob ', sp1 + 1) && !out.startsWith('120000 ', at)) {
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
    const listing = this.git.text(['ls-tree', '-r', '-d', '-z', '--full-tree', '--name-only', commit]);
    listing.catch(() => undefined);
    const near = nearFolders(await paths);
    // The root's own files, when near, come from a listing of the root (a pathspec cannot say "only here").
    const root = near.has('') ? this.git.text(['ls-tree', '-z', '--full-tree', commit]) : null;
    const folders = splitZ(await listing);
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
    if (root) this.parseListing(await root, map);
    if (wanted.length > 0) {
      const args = ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...wanted];
      this.parseListing(await this.git.text(args), map);
    }
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

  private reader(): BlobReader {
    this.blobs ??= new BlobReader(this.git.cwd);
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

interface Fetch {
  size: Promise<number>;
  /** The bytes, or null when the blob was larger than asked to keep. */
  content: Promise<Buffer | null>;
}

interface Pending {
  oid: string;
  keep: number;
  size: number;
  chunks: Buffer[] | null;
  received: number;
  onSize: (n: number) => void;
  resolve: (b: Buffer | null) => void;
  reject: (err: Error) => void;
}

/**
 * A `git cat-file --batch` process: object ids in on stdin, `<oid> <type> <size>` LF, the bytes and LF
 * out on stdout, answered in order. The size arrives before the bytes, so a caller checks a limit before
 * anything is held.
 */
class BlobReader {
  private readonly child: ChildProcess;
  private readonly queue: Pending[] = [];
  private header = Buffer.alloc(0);
  private failed: Error | null = null;

  constructor(cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    let stderr = '';
    this.child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    this.child.stdout!.on('data', (d: Buffer) => this.take(d));
    const fail = (why: string): void =>
      this.fail(new GitError(`git cat-file failed: ${stderr.trim() || why}`));
    this.child.on('error', (err) => fail(err.message));
    this.child.on('close', (code) => {
      if (this.queue.length > 0) fail(`exited with code ${code}`);
    });
    this.child.stdin!.on('error', () => undefined); // reported through 'close'
  }

  fetch(oid: string, keep: number): Fetch {
    let onSize!: (n: number) => void;
    let failSize!: (err: Error) => void;
    const size = new Promise<number>((res, rej) => ((onSize = res), (failSize = rej)));
    const content = new Promise<Buffer | null>((resolve, reject) => {
      const p: Pending = {
        oid,
        keep,
        size: -1,
        chunks: null,
        received: 0,
        onSize,
        resolve,
        reject: (err) => (failSize(err), reject(err)),
      };
      if (this.failed) return p.reject(this.failed);
      this.queue.push(p);
      this.child.stdin!.write(`${oid}\n`);
    });
    // Each caller awaits one of the two; the other must not be an unhandled rejection.
    size.catch(() => undefined);
    content.catch(() => undefined);
    return { size, content };
  }

  close(): void {
    this.child.stdin!.end();
  }

  private take(data: Buffer): void {
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
        const line = Buffer.concat([this.header, d.subarray(0, lf)]).toString('utf8');
        this.header = Buffer.alloc(0);
        d = d.subarray(lf + 1);
        const m = /^\S+ (\S+) (\d+)$/.exec(line);
        if (!m || m[1] !== 'blob') {
          this.queue.shift();
          p.reject(new GitError(`git cat-file: ${p.oid} is not a readable blob (${line})`));
          continue;
        }
        p.size = Number(m[2]);
        p.chunks = p.size <= p.keep ? [] : null;
        p.onSize(p.size);
      }
      // The bytes, then one LF.
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

  private fail(err: Error): void {
    this.failed ??= err;
    for (const p of this.queue.splice(0)) p.reject(err);
  }
}
