import { REPOSITORY_URL, VERSION } from '../version.js';

/**
 * The one place links to flowguard's own pages are built (rule documentation in every report format,
 * review comment and summary). They point at the version that produced the report — the tag `v<version>`
 * of the repository in package.json — so a reader sees the rule as it was when it fired, not `main`.
 * The action switches them to its own repository and ref (see linksFromActionEnv).
 */
export interface LinkSource {
  /** `https://<host>/<owner>/<repo>`, no trailing slash. */
  repositoryUrl: string;
  /** A tag, branch or commit SHA the documentation is read at. */
  ref: string;
}

export const PACKAGE_LINKS: LinkSource = Object.freeze({ repositoryUrl: REPOSITORY_URL, ref: `v${VERSION}` });

let current: LinkSource = PACKAGE_LINKS;

/** Sets where links point for the rest of the process (the action calls it once at start-up). */
export function useLinkSource(source: LinkSource): void {
  current = source;
}

export function linkSource(): LinkSource {
  return current;
}

/** The documentation page of one rule, e.g. `…/blob/v0.1.0/docs/rules/FG101.md`. */
export function ruleDocUrl(ruleId: string, source: LinkSource = current): string {
  return `${source.repositoryUrl}/blob/${source.ref}/docs/rules/${ruleId}.md`;
}

/** The folder of rule documentation pages at the same ref. */
export function ruleIndexUrl(source: LinkSource = current): string {
  return `${source.repositoryUrl}/tree/${source.ref}/docs/rules`;
}

/** The project home (SARIF `informationUri`): not versioned. */
export function projectUrl(source: LinkSource = current): string {
  return source.repositoryUrl;
}

// Values from the environment end up inside Markdown links and SARIF URIs: only plain names pass.
const OWNER_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?$/;

/**
 * In a `uses: owner/repo@ref` step the runner sets GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF: links
 * then show the documentation of exactly the code that ran (a fork, a pinned SHA, `v1`). A local action
 * (`uses: ./`) has neither, and a value that is not a plain name is ignored: the package's links stay.
 */
export function linksFromActionEnv(env: NodeJS.ProcessEnv): LinkSource {
  const repository = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!OWNER_REPO.test(repository) || !REF.test(ref) || ref.includes('..') || !SERVER.test(server))
    return PACKAGE_LINKS;
  return { repositoryUrl: `${server}/${repository}`, ref };
}
