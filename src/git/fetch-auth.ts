/**
 * Credentials for the GitHub Action's own `git fetch` of a pull request's commits. The recommended
 * checkout (`persist-credentials: false`) leaves git with none, and a private repository answers 401.
 * The token goes to the git child process only, through GIT_CONFIG_COUNT / GIT_CONFIG_KEY_n /
 * GIT_CONFIG_VALUE_n (git ≥ 2.31): nothing is written to disk, nothing appears on a command line.
 * It takes the form actions/checkout uses, an `http.<url>.extraheader` of `AUTHORIZATION: basic …`.
 */

/** The token and the server that issued it (GITHUB_SERVER_URL): the only host that may receive it. */
export interface FetchCredential {
  serverUrl: string;
  token: string;
}

/** `x-access-token:<token>` in base64, as actions/checkout sends it. */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

export function authorizationHeader(token: string): string {
  return `AUTHORIZATION: basic ${basicCredential(token)}`;
}

/** The forms of the token a log line must never show (the runner is asked to mask each). */
export function secretForms(token: string): string[] {
  return token ? [token, basicCredential(token)] : [];
}

/** Replaces every form of the token with `***`, as the runner's masking does. */
export function redact(text: string, token: string): string {
  let out = text;
  for (const secret of secretForms(token)) out = out.split(secret).join('***');
  return out;
}

/**
 * The URL the header is scoped to: origin's own URL (scheme, host, port and path: one repository), when
 * it lies on the server that issued the token; else null, and the token is not sent. Narrower than
 * actions/checkout's whole-server scope, and the same on github.com and GHES (GITHUB_SERVER_URL names
 * either). An ssh or file remote, or one with a password in its URL, gets nothing either.
 */
export function headerScope(remoteUrl: string, serverUrl: string): string | null {
  const remote = parseUrl(remoteUrl);
  const server = parseUrl(serverUrl);
  if (!remote || !server) return null;
  if (remote.protocol !== 'https:' && remote.protocol !== 'http:') return null;
  if (remote.protocol !== server.protocol || remote.host !== server.host) return null;
  if (remote.password) return null;
  const base = server.pathname.endsWith('/') ? server.pathname : `${server.pathname}/`;
  if (!remote.pathname.startsWith(base)) return null;
  return `${remote.protocol}//${remote.host}${remote.pathname}`;
}

/**
 * The key of an Authorization header git config already sends to `remoteUrl` (actions/checkout with
 * `persist-credentials: true`, a runner's global config, GIT_CONFIG_COUNT), or null. A second one would
 * make the request carry two Authorization headers, which GitHub rejects. `entries` are the
 * `http[.<url>].extraheader` keys and values (`git config --get-regexp`); a key whose URL cannot be read
 * (a glob) counts as applying: adding nothing then is the safe side, and the error names the key.
 */
export function configuredAuthorization(
  entries: readonly { key: string; value: string }[],
  remoteUrl: string,
): string | null {
  const remote = parseUrl(remoteUrl);
  for (const { key, value } of entries) {
    if (!/^\s*authorization\s*:/i.test(value)) continue;
    // `http.extraheader` (every URL) or `http.<url>.extraheader`; git lower-cases the rest, not the URL.
    const scope = key.slice('http.'.length, -'.extraheader'.length);
    if (!scope || !remote) return key;
    const url = parseUrl(scope);
    if (!url || url.hostname.includes('*')) return key;
    if (url.protocol !== remote.protocol || url.host !== remote.host) continue;
    const p = url.pathname;
    if (remote.pathname === p || remote.pathname.startsWith(p.endsWith('/') ? p : `${p}/`)) return key;
  }
  return null;
}

/**
 * `env` plus one config entry, appended after the GIT_CONFIG_COUNT entries it already has (the runner's
 * or the user's are kept). Null when GIT_CONFIG_COUNT is not a count: git would refuse it anyway.
 */
export function withConfigEntry(
  env: NodeJS.ProcessEnv,
  key: string,
  value: string,
): NodeJS.ProcessEnv | null {
  const raw = env.GIT_CONFIG_COUNT?.trim() || '0';
  if (!/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return {
    ...env,
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: key,
    [`GIT_CONFIG_VALUE_${n}`]: value,
  };
}

/** A remote URL without its user information, to name it in a message. */
export function displayUrl(url: string): string {
  const u = parseUrl(url);
  if (!u || (!u.username && !u.password)) return url;
  u.username = '';
  u.password = '';
  return u.toString();
}

function parseUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}
