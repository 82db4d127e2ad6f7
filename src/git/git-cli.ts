import { execFile } from 'node:child_process';
import { CliBlobBatch } from './blob-batch.js';
import { GitError, type BlobBatch, type Git, type RawChange, type TreeEntry } from './git.js';

/** The git program in a repository: the only place flowguard runs git commands. */
export class CliGit implements Git {
  constructor(readonly cwd: string) {}

  private run(args: string[], options: { maxBuffer?: number } = {}): Promise<Buffer> {
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

  private async text(args: string[]): Promise<string> {
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

  async hasCommit(sha: string): Promise<boolean> {
    try {
      await this.run(['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]);
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

  async mergeBase(a: string, b: string): Promise<string | null> {
    const out = await this.text(['merge-base', a, b]).catch(() => '');
    return out.trim() || null;
  }

  show(rev: string, path: string): Promise<Buffer | null> {
    return this.run(['cat-file', 'blob', `${rev}:${path}`]).catch(() => null);
  }

  async diffNames(base: string, head: string | null): Promise<Set<string>> {
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

  async diffRaw(base: string, head: string): Promise<RawChange[]> {
    const args = ['diff', '--raw', '-z', '--no-renames', '--no-abbrev', '--no-ext-diff', base, head, '--'];
    const out = splitZ(await this.text(args));
    const changes: RawChange[] = [];
    // `:<old mode> <new mode> <old id> <new id> <status>` NUL `<path>` NUL, per path.
    for (let i = 0; i + 1 < out.length; i += 2) {
      const [oldMode, newMode, oldId, newId] = out[i].slice(1).split(' ');
      changes.push({ path: out[i + 1], oldMode, newMode, oldId, newId });
    }
    return changes;
  }

  /**
   * Names and object ids only: `ls-tree --long` would open every blob for its size (half a second per
   * commit of a 9,000-file repository with loose objects).
   */
  async lsTree(
    commit: string,
    options: { recursive: boolean; folders?: readonly string[] },
  ): Promise<TreeEntry[]> {
    const folders = options.folders ?? [];
    const args = folders.length
      ? ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', commit, '--', ...folders]
      : ['ls-tree', ...(options.recursive ? ['-r'] : []), '-z', '--full-tree', commit];
    return parseListing(await this.text(args));
  }

  async lsFolders(commit: string): Promise<string[]> {
    return splitZ(await this.text(['ls-tree', '-r', '-d', '-z', '--full-tree', '--name-only', commit]));
  }

  catFileBatch(): BlobBatch {
    return new CliBlobBatch(this.cwd);
  }
}

function splitZ(s: string): string[] {
  return s.split('\u0000').filter(Boolean);
}

/** `ls-tree -z` output: `<mode> SP <type> SP <object> TAB <path>` NUL, read in place (a large tree has many thousand). */
function parseListing(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (let at = 0; at < out.length;) {
    let end = out.indexOf('\u0000', at);
    if (end < 0) end = out.length;
    const tab = out.indexOf('\t', at);
    const sp1 = out.indexOf(' ', at);
    const sp2 = out.indexOf(' ', sp1 + 1);
    if (tab >= 0 && tab < end && sp1 >= 0 && sp2 >= 0 && sp2 < tab)
      entries.push({
        mode: out.slice(at, sp1),
        type: out.slice(sp1 + 1, sp2),
        oid: out.slice(sp2 + 1, tab),
        path: out.slice(tab + 1, end),
      });
    at = end + 1;
  }
  return entries;
}
