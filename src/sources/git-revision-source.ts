import { execFile } from 'node:child_process';
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
}

function splitZ(s: string): string[] {
  return s.split('\u0000').filter(Boolean);
}

interface TreeEntry {
  blob: string;
  size: number;
}

/**
 * The files of one commit, read straight from the object store: no checkout, nothing written.
 * Symlinks and submodules are not files of the solution and are left out.
 */
export class GitRevisionTree implements SourceTree {
  private entries?: Promise<Map<string, TreeEntry>>;

  constructor(
    private readonly git: Git,
    readonly commit: string,
    /** Only paths under this prefix (relative to the repository root, `/`-separated), returned relative to it. */
    private readonly prefix = '',
  ) {}

  private load(): Promise<Map<string, TreeEntry>> {
    this.entries ??= this.git
      .text(['ls-tree', '-r', '-z', '--long', '--full-tree', this.commit])
      .then((out) => {
        const map = new Map<string, TreeEntry>();
        for (const line of splitZ(out)) {
          const tab = line.indexOf('\t');
          const [mode, type, blob, size] = line.slice(0, tab).split(/\s+/);
          const path = line.slice(tab + 1);
          if (type !== 'blob' || mode === '120000') continue;
          if (this.prefix && !path.startsWith(this.prefix)) continue;
          const rel = path.slice(this.prefix.length);
          if (/(^|\/)(\.git|node_modules)\//.test(rel)) continue;
          map.set(rel, { blob, size: Number(size) });
        }
        return map;
      });
    return this.entries;
  }

  async list(): Promise<string[]> {
    return [...(await this.load()).keys()].sort();
  }

  async size(path: string): Promise<number> {
    const e = (await this.load()).get(path);
    if (!e) throw new Error(`${path} is not in ${this.commit.slice(0, 12)}`);
    return e.size;
  }

  async read(path: string): Promise<Buffer> {
    const e = (await this.load()).get(path);
    if (!e) throw new Error(`${path} is not in ${this.commit.slice(0, 12)}`);
    return this.git.run(['cat-file', 'blob', e.blob]);
  }
}
