import { createHash } from 'node:crypto';
import { GitError, type BlobBatch, type Git, type RawChange, type TreeEntry } from './git.js';

/** A file of a commit: its content, and its mode when it is not a plain file (`100755`, or `120000` for a symlink). */
export type MemoryFile = string | Buffer | { content: string | Buffer; mode: string };

interface Commit {
  files: Map<string, { mode: string; oid: string }>;
  parents: string[];
}

const ABSENT_MODE = '000000';
const ABSENT_ID = '0'.repeat(40);

/**
 * A repository in memory, answering the Git interface as the git program does, for tests of what sits
 * above git (readers, the engine's git mode, the action's merge base): commits are file maps with parents,
 * blob ids are git's own (SHA-1 of `blob <size>\0<content>`). A commit made with `{ remote: true }` is
 * only on the remote until `fetchCommit` brings it, as in a shallow checkout.
 */
export class MemoryGit implements Git {
  private readonly commits = new Map<string, Commit>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly refs = new Map<string, string>();
  private readonly remoteOnly = new Set<string>();
  private worktree: Map<string, Buffer> | null = null;

  constructor(readonly top = '/repo') {}

  /** Records a commit and returns its id; `ref` names it (a branch), `remote` keeps it out of the clone. */
  commit(
    files: Record<string, MemoryFile>,
    options: { parents?: string[]; ref?: string; remote?: boolean } = {},
  ): string {
    const map = new Map<string, { mode: string; oid: string }>();
    for (const [path, f] of Object.entries(files)) {
      const { content, mode } =
        typeof f === 'string' || Buffer.isBuffer(f) ? { content: f, mode: '100644' } : f;
      map.set(path, { mode, oid: this.store(Buffer.from(content)) });
    }
    const parents = options.parents ?? [];
    const listing = [...map].map(([p, e]) => `${e.mode} ${e.oid} ${p}`).join('\n');
    const id = sha1(`commit ${parents.join(' ')}\n${listing}\n${this.commits.size}`);
    this.commits.set(id, { files: map, parents });
    if (options.ref) this.refs.set(options.ref, id);
    if (options.remote) this.remoteOnly.add(id);
    return id;
  }

  /** The working tree, for `diffNames(base, null)`. */
  setWorktree(files: Record<string, string | Buffer>): void {
    this.worktree = new Map(Object.entries(files).map(([p, c]) => [p, Buffer.from(c)]));
  }

  async toplevel(): Promise<string> {
    return this.top;
  }

  async resolveCommit(rev: string): Promise<string> {
    if (rev.startsWith('-')) throw new GitError(`"${rev}" is not a revision`);
    const id = this.refs.get(rev) ?? rev;
    if (this.commits.has(id) && !this.remoteOnly.has(id)) return id;
    throw new GitError(
      `revision "${rev}" is not in this clone`,
      `Fetch it first, e.g. \`git fetch --depth=1 origin ${rev}\` (or check out with fetch-depth: 0).`,
    );
  }

  async hasCommit(sha: string): Promise<boolean> {
    return this.commits.has(sha) && !this.remoteOnly.has(sha);
  }

  async fetchCommit(sha: string, remote = 'origin'): Promise<void> {
    if (!/^[0-9a-f]{40}$/.test(sha)) throw new GitError(`"${sha}" is not a full commit SHA`);
    if (!this.commits.has(sha)) throw new GitError(`cannot fetch commit ${sha} from ${remote}`);
    this.remoteOnly.delete(sha);
  }

  /** The first common ancestor reached from `b`, breadth first: the merge base of the histories tests draw. */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const ofA = this.ancestors(a);
    for (const id of this.ancestors(b)) if (ofA.has(id)) return id;
    return null;
  }

  async show(rev: string, path: string): Promise<Buffer | null> {
    const entry = this.present(rev)?.files.get(path);
    return entry ? this.blobs.get(entry.oid)! : null;
  }

  async diffNames(base: string, head: string | null): Promise<Set<string>> {
    if (head) return new Set((await this.diffRaw(base, head)).map((c) => c.path));
    if (!this.worktree) throw new GitError('this memory repository has no working tree');
    const from = this.files(base);
    const paths = new Set<string>();
    for (const [p, content] of this.worktree) if (from.get(p)?.oid !== blobId(content)) paths.add(p);
    for (const p of from.keys()) if (!this.worktree.has(p)) paths.add(p);
    return paths;
  }

  async diffRaw(base: string, head: string): Promise<RawChange[]> {
    const [from, to] = [this.files(base), this.files(head)];
    const paths = [...new Set([...from.keys(), ...to.keys()])].sort(byBytes);
    const changes: RawChange[] = [];
    for (const path of paths) {
      const [o, n] = [from.get(path), to.get(path)];
      if (o && n && o.mode === n.mode && o.oid === n.oid) continue;
      changes.push({
        path,
        oldMode: o?.mode ?? ABSENT_MODE,
        newMode: n?.mode ?? ABSENT_MODE,
        oldId: o?.oid ?? ABSENT_ID,
        newId: n?.oid ?? ABSENT_ID,
      });
    }
    return changes;
  }

  async lsTree(
    commit: string,
    options: { recursive: boolean; folders?: readonly string[] },
  ): Promise<TreeEntry[]> {
    const files = this.files(commit);
    const blobs = [...files].map(([path, e]): TreeEntry => ({
      mode: e.mode,
      type: 'blob',
      oid: e.oid,
      path,
    }));
    if (options.recursive && !options.folders?.length) return blobs.sort((x, y) => byBytes(x.path, y.path));
    const out = new Map<string, TreeEntry>();
    for (const dir of options.folders?.length ? options.folders : ['']) {
      for (const b of blobs) {
        if (!b.path.startsWith(dir)) continue;
        const rest = b.path.slice(dir.length);
        const slash = rest.indexOf('/');
        const path = slash < 0 ? b.path : dir + rest.slice(0, slash);
        // A folder's own id is not modelled: its path stands in for it.
        out.set(path, slash < 0 ? b : { mode: '040000', type: 'tree', oid: sha1(`tree ${path}`), path });
      }
    }
    return [...out.values()].sort((x, y) => byBytes(treeKey(x), treeKey(y)));
  }

  async lsFolders(commit: string): Promise<string[]> {
    const folders = new Set<string>();
    for (const path of this.files(commit).keys())
      for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) folders.add(path.slice(0, i));
    return [...folders].sort((x, y) => byBytes(`${x}/`, `${y}/`));
  }

  catFileBatch(): BlobBatch {
    return {
      fetch: (oid, keep) => {
        const blob = this.blobs.get(oid);
        const failure = new GitError(`git cat-file: ${oid} is not a readable blob (${oid} missing)`);
        const size = blob ? Promise.resolve(blob.length) : Promise.reject(failure);
        const content = blob ? Promise.resolve(blob.length <= keep ? blob : null) : Promise.reject(failure);
        size.catch(() => undefined);
        content.catch(() => undefined);
        return { size, content };
      },
      close: () => undefined,
    };
  }

  private store(content: Buffer): string {
    const oid = blobId(content);
    this.blobs.set(oid, content);
    return oid;
  }

  private present(rev: string): Commit | undefined {
    const id = this.refs.get(rev) ?? rev;
    return this.remoteOnly.has(id) ? undefined : this.commits.get(id);
  }

  private files(rev: string): Map<string, { mode: string; oid: string }> {
    const commit = this.present(rev);
    if (!commit) throw new GitError(`revision "${rev}" is not in this clone`);
    return commit.files;
  }

  /** `id` and its ancestors, nearest first. */
  private ancestors(id: string): Set<string> {
    const seen = new Set<string>();
    for (const queue = [id]; queue.length > 0;) {
      const next = queue.shift()!;
      const commit = this.present(next);
      if (!commit || seen.has(next)) continue;
      seen.add(next);
      queue.push(...commit.parents);
    }
    return seen;
  }
}

function sha1(text: string | Buffer): string {
  return createHash('sha1').update(text).digest('hex');
}

/** Git's blob id: SHA-1 of `blob <size>\0<content>`. */
function blobId(content: Buffer): string {
  return sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));
}

/** Git orders a tree's entries by their bytes, a folder as if its name ended in `/`. */
function treeKey(e: TreeEntry): string {
  return e.type === 'tree' ? `${e.path}/` : e.path;
}

/** Paths by their bytes. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
