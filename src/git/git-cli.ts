import { execFile } from 'node:child_process';
import { CliBlobBatch } from './blob-batch.js';
import {
  authorizationHeader,
  configuredAuthorization,
  displayUrl,
  headerScope,
  redact,
  withConfigEntry,
  type FetchCredential,
} from './fetch-auth.js';
import { GitError, type BlobBatch, type Git, type RawChange, type TreeEntry } from './git.js';

/**
 * The git program in a repository: the only place flowguard runs git commands. With a `credential` (the
 * GitHub Action's token), `fetchCommit` authenticates with it (fetch-auth.ts), and every error message is
 * redacted of it.
 */
export class CliGit implements Git {
  constructor(
    readonly cwd: string,
    private readonly credential: FetchCredential | null = null,
  ) {}

  private run(
    args: string[],
    options: { maxBuffer?: number; env?: NodeJS.ProcessEnv } = {},
  ): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        args,
        {
          cwd: this.cwd,
          encoding: 'buffer',
          maxBuffer: options.maxBuffer ?? 512 * 1024 * 1024,
          env: { ...(options.env ?? process.env), GIT_TERMINAL_PROMPT: '0' },
        },
        (err, stdout, stderr) => {
          // git may echo the header (GIT_CURL_VERBOSE, some errors): the message never carries the token.
          const why = stderr.toString().trim() || err?.message;
          if (err) reject(new GitError(this.redact(`git ${args[0]} failed: ${why}`)));
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

  private redact(text: string): string {
    return this.credential ? redact(text, this.credential.token) : text;
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
    const auth = await this.fetchAuth(remote);
    try {
      await this.run(
        ['fetch', '--depth=1', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', remote, sha],
        { env: auth.env },
      );
    } catch (err) {
      const message = (err as Error).message;
      // git's way of saying 401 on a run without a terminal is "could not read Username": say what it means.
      const refused =
        /could not read Username|Authentication failed|requested URL returned error: 40[13]/i.test(message);
      const what = `cannot fetch commit ${sha} from ${remote}${refused ? ' (authentication failed)' : ''}`;
      throw new GitError(`${what}: ${message}`, this.redact(auth.hint));
    }
  }

  /**
   * How the fetch authenticates, and what to tell the user when it fails: with the credential, as one
   * extra header for origin's URL, unless git config already sends an Authorization header there, or
   * origin is not on the server that issued the token.
   */
  private async fetchAuth(remote: string): Promise<{ env?: NodeJS.ProcessEnv; hint: string }> {
    const depth0 = 'or check out with fetch-depth: 0 so that nothing needs fetching.';
    if (!this.credential)
      return { hint: `Check out the repository with credentials git can use (actions/checkout), ${depth0}` };
    const { serverUrl, token } = this.credential;
    const url = (await this.text(['remote', 'get-url', remote]).catch(() => '')).trim();
    const scope = headerScope(url, serverUrl);
    if (!scope) {
      return {
        hint:
          `${remote} (${displayUrl(url) || 'no URL'}) is not an http(s) URL on ${serverUrl} (GITHUB_SERVER_URL): ` +
          `flowguard sends its github-token nowhere else, so this fetch had only git's own credentials. Point ${remote} at the repository on ${serverUrl}, ${depth0}`,
      };
    }
    const configured = configuredAuthorization(await this.extraHeaders(), url);
    if (configured) {
      return {
        hint:
          `git config already sends an Authorization header to ${scope} (${configured}, e.g. from actions/checkout ` +
          `with persist-credentials): flowguard adds no second one. Check that credential, or remove it to let ` +
          `flowguard use its github-token.`,
      };
    }
    const env = withConfigEntry(process.env, `http.${scope}.extraheader`, authorizationHeader(token));
    if (!env)
      return { hint: `GIT_CONFIG_COUNT in the environment is not a number: git cannot read its config.` };
    return {
      env,
      hint: `The fetch was authenticated with the github-token input: the token needs read access to the repository (contents: read), ${depth0}`,
    };
  }

  /** Every `http[.<url>].extraheader` in git config (all scopes, includes, GIT_CONFIG_COUNT): key and value. */
  private async extraHeaders(): Promise<{ key: string; value: string }[]> {
    const out = await this.text(['config', '-z', '--get-regexp', '^http\\.(.+\\.)?extraheader$']).catch(
      () => '',
    );
    return splitZ(out).map((entry) => {
      const lf = entry.indexOf('\n');
      return lf < 0 ? { key: entry, value: '' } : { key: entry.slice(0, lf), value: entry.slice(lf + 1) };
    });
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
