import type { Git } from '../git/git.js';
import { CONFIG_FILE_NAMES, ConfigError, parseConfigText, type FlowguardConfig } from './config-file.js';

export interface RevisionConfig {
  config: FlowguardConfig;
  /** Repository-relative file read, or null when the revision has none. */
  file: string | null;
  /** The file's content at that revision (to tell whether another revision changes it). */
  content: Buffer | null;
}

/**
 * The configuration as a revision stores it: `file` (repository-relative) when given, else `.flowguard.yml`
 * or `.flowguard.yaml` at the repository root (both present is an error). Reviewing a change with the
 * configuration of its base means the change cannot switch off, re-grade or suppress its own findings.
 */
export async function configAtRevision(
  git: Git,
  rev: string,
  file?: string,
  label = 'revision',
): Promise<RevisionConfig> {
  const read = (rel: string): Promise<Buffer | null> => git.show(rev, rel);
  const candidates = file ? [file] : [...CONFIG_FILE_NAMES];
  const found = (
    await Promise.all(candidates.map(async (rel) => ({ rel, content: await read(rel) })))
  ).filter((c) => c.content !== null);
  if (found.length > 1)
    throw new ConfigError(
      `both ${found.map((c) => c.rel).join(' and ')} exist in ${label} ${rev.slice(0, 7)}: keep one`,
    );
  if (found.length === 0) return { config: {}, file: null, content: null };
  const { rel, content } = found[0];
  const config = await parseConfigText(content!.toString('utf8'), `${rel} (${label} ${rev.slice(0, 7)})`);
  return { config, file: rel, content };
}
