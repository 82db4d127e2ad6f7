// The package's own metadata, read from package.json at build time (esbuild inlines it), so the version and
// the repository URL have one source.
import pkg from '../package.json' with { type: 'json' };

/** The released version: package.json's `version`. */
export const VERSION: string = pkg.version;
export const TOOL_NAME = 'flowguard';

/** The project's home on GitHub: package.json's `repository.url` as an https URL, without `git+` or `.git`. */
export const REPOSITORY_URL: string = repositoryHome(pkg.repository.url);

/** `git+https://github.com/o/r.git` → `https://github.com/o/r`; anything else is a packaging mistake. */
export function repositoryHome(url: string): string {
  const m = /^(?:git\+)?(https:\/\/[^/\s]+\/[\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!m) throw new Error(`package.json repository.url is not an https repository URL: ${url}`);
  return m[1];
}
