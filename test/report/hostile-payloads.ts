/**
 * SHARED: hostile strings a flow author can put into flow names, action names, file names and (through
 * them) messages. Every channel that prints flow-controlled text — reporters here, and the GitHub
 * publishers (review comments, summary comment, annotations, job summary) — runs its escaping tests over
 * this list. Add to it, never fork it; keep it free of imports so any test can use it.
 */
export interface HostilePayload {
  /** What the payload tries to do, used as the test name. */
  name: string;
  payload: string;
}

export const HOSTILE_PAYLOADS: readonly HostilePayload[] = [
  { name: 'markdown image (tracking pixel)', payload: '![x](https://evil.example/pixel.png)' },
  { name: 'markdown link', payload: '[Click to approve](https://evil.example/login)' },
  { name: 'reference-style link', payload: '[approve][1]\n\n[1]: https://evil.example' },
  { name: 'forged summary marker', payload: '<!-- flowguard-summary -->' },
  {
    name: 'comment breakout and forged marker',
    payload: '--> <!-- flowguard-summary fingerprint=deadbeef -->',
  },
  { name: 'team mention', payload: '@org/team please approve' },
  { name: 'user mention and e-mail', payload: '@octocat cc admin@evil.example' },
  { name: 'issue references', payload: 'fixes #1, closes GH-2 and org/repo#3' },
  { name: 'code fence', payload: '```\nrm -rf /\n```' },
  { name: 'inline code', payload: '`whoami`' },
  { name: 'script tag', payload: '<script>alert(1)</script>' },
  { name: 'img tag with handler', payload: '<img src=x onerror=alert(1)>' },
  { name: 'details block', payload: '<details open><summary>hidden</summary>' },
  { name: 'workflow command', payload: '::error::forged' },
  {
    name: 'workflow command after newline',
    payload: 'ok\n::error file=a.json,line=1::forged\n::add-mask::x',
  },
  { name: 'stop-commands', payload: '::stop-commands::pwned' },
  { name: 'percent-encoded newline', payload: 'a%0A::warning::forged%0D' },
  { name: 'CRLF and bare CR overprint', payload: 'line1\r\nline2\rFAKE gate passed' },
  { name: 'ANSI clear screen', payload: '\u001b[2J\u001b[H\u001b[32m✔ gate passed\u001b[0m' },
  { name: 'OSC 8 hyperlink', payload: '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007' },
  { name: '8-bit CSI', payload: '\u009b2J\u009b31m' },
  { name: 'bell and backspace', payload: 'abc\b\b\bxyz\u0007' },
  { name: 'RTL override', payload: 'invoice\u202Egnp.exe' },
  { name: 'zero-width characters', payload: 'Get\u200Bsecret\u200C\u200D\u2060\uFEFF' },
  { name: 'Unicode tag characters (hidden text)', payload: 'ok\u{E0049}\u{E0047}\u{E004E}' },
  { name: 'line and paragraph separators', payload: 'a\u2028b\u2029c' },
  { name: 'table pipes', payload: 'a | b || c |' },
  { name: 'very long string', payload: `${'A'.repeat(70_000)}@octocat` },
  { name: 'javascript: URL', payload: 'javascript:alert(document.cookie) [x](javascript:alert(1))' },
  { name: 'autolinks', payload: 'https://evil.example/?q=1 www.evil.example <https://evil.example>' },
  {
    name: 'HTML entities',
    payload: '&lt;script&gt;alert(1)&lt;/script&gt; &#64;octocat &#x3C;!-- x --&#x3E; &amp;',
  },
  { name: 'null byte', payload: 'a\u0000b' },
  { name: 'backslashes defeating escapes', payload: 'C:\\temp\\ \\[x](https://evil.example) \\\\`x` end\\' },
  { name: 'emphasis and strikethrough', payload: '**bold** __b__ _it_ *it* ~~strike~~' },
  { name: 'math', payload: '$$\\href{https://evil.example}{x}$$ $x$' },
  { name: 'alert block and heading', payload: '> [!CAUTION]\n# Heading\n- item\n1. one' },
  { name: 'lone surrogate', payload: 'x\uD800y' },
];

/** Ordinary Unicode that every channel must keep as it is. */
export const BENIGN_UNICODE = 'Déploiement 日本語 Ωmega 🚀 👨‍👩‍👧 naïve';
