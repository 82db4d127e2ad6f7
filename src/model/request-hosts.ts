import { parseValue } from './expression/template.js';

/**
 * Identity-provider hosts whose token endpoints receive client secrets by design. Only these hosts are
 * exempt: a generic `/oauth2/v2.0/token` or `/oauth/token` path on another host is still a sink, because
 * the host — not the path — decides who receives the secret (`https://evil.example/oauth2/token` must
 * fire). A company's own IdP goes in `allowedHosts`.
 */
const IDP_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.microsoftonline.de',
  'login.partner.microsoftonline.cn',
  'login.chinacloudapi.cn',
  'login.windows.net',
  'login.microsoft.com',
  'login.live.com',
  'sts.windows.net',
  'accounts.google.com',
  'oauth2.googleapis.com',
  'www.googleapis.com',
]);
const IDP_SUFFIXES = ['.b2clogin.com', '.ciamlogin.com'];

/** A `token` path segment: `/{tenant}/oauth2/v2.0/token`, `/o/oauth2/token`, `/token`. */
const TOKEN_PATH = /\/token(?:[/?#]|$)/i;

/**
 * The host and path of a URI value when its scheme and host are literal, else null. Interpolations are
 * kept as `\u0000`; a host that contains one is unknown (`https://@{x}.b2clogin.com` could be anything).
 */
export function literalUrl(uri: unknown): { host: string; path: string } | null {
  if (typeof uri !== 'string') return null;
  const t = parseValue(uri);
  if (!t || t.whole) return null;
  const shape = t.segments.map((s) => (s.kind === 'text' ? s.value : '\u0000')).join('');
  const m = /^\s*https?:\/\/([^/?#]*)/i.exec(shape);
  if (!m || m[1].includes('\u0000')) return null;
  // `https://login.microsoftonline.com@evil.example/` goes to evil.example: drop userinfo, then the port.
  const authority = m[1].slice(m[1].lastIndexOf('@') + 1);
  const host = authority.replace(/:\d*$/, '').replace(/\.$/, '').toLowerCase();
  return host ? { host, path: shape.slice(m[0].length) } : null;
}

export function isIdentityProviderTokenRequest(uri: unknown): boolean {
  const url = literalUrl(uri);
  if (!url) return false;
  const idp = IDP_HOSTS.has(url.host) || IDP_SUFFIXES.some((s) => url.host.endsWith(s));
  return idp && TOKEN_PATH.test(url.path);
}

/** `allowedHosts` entries: `api.example.com` matches that host; `*.example.com` / `.example.com` its subdomains. */
export function isAllowedHost(uri: unknown, allowedHosts: readonly string[]): boolean {
  const url = literalUrl(uri);
  if (!url) return false;
  return allowedHosts.some((entry) => {
    const e = entry.toLowerCase();
    if (e.startsWith('*.')) return url.host.endsWith(e.slice(1));
    if (e.startsWith('.')) return url.host.endsWith(e);
    return url.host === e;
  });
}
