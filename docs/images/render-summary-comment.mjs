// Redraws docs/images/summary-comment.png: the pull-request summary comment flowguard writes for the
// secret-path fixture, rendered as GitHub shows it (GFM tables, Mermaid flowcharts) in headless Chromium.
// Not part of the build or the tests. Needs `npm run build`, `npm install --no-save marked@14 mermaid@11`
// and a `chromium` on PATH; run `node docs/images/render-summary-comment.mjs` from the repository root.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { marked } from 'marked';

const require = createRequire(import.meta.url);
const out = 'docs/images/summary-comment.png';

// The Markdown report of the bundled CLI. The summary comment is the same report without the secret access
// map (the job summary carries that), followed by the footer; the footer's commit and run link are examples.
// The gate fails on these findings (exit 1): the report is still complete.
const report = spawnSync(
  process.execPath,
  [
    'dist/cli.js',
    'diff',
    'test/fixtures/secret-path/base',
    'test/fixtures/secret-path/head',
    '--format',
    'markdown',
  ],
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
).stdout.replace(/### 🔐 Secret access map[\s\S]*?(?=### How the secret travels)/, '');
const comment =
  `${report.trimEnd()}\n\n---\n<sub>Rules and fixes: [flowguard rule documentation]` +
  `(https://github.com/flowguard/flowguard/tree/v0.1.0/docs/rules) · commit 3f9c2a1 · ` +
  `[workflow run](https://github.com/contoso/flows/actions/runs/1)</sub>\n`;

const renderer = new marked.Renderer();
const code = renderer.code.bind(renderer);
renderer.code = (token) =>
  token.lang === 'mermaid' ? `<pre class="mermaid">${token.text}</pre>` : code(token);
const body = marked.parse(comment, { gfm: true, renderer });
const mermaid = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
const css = `body{margin:0;padding:12px;background:#fff;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;color:#1f2328}
.comment{border:1px solid #d1d9e0;border-radius:6px;max-width:1000px}
.hdr{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e;border-radius:6px 6px 0 0}
.hdr b{color:#1f2328}.bot{border:1px solid #d1d9e0;border-radius:2em;padding:0 6px;font-size:12px}
.md{padding:16px}h2{font-size:1.5em;border-bottom:1px solid #d1d9e0;padding-bottom:.3em;margin-top:0}h3{font-size:1.25em}
table{border-collapse:collapse;display:block;overflow:auto;width:max-content;max-width:100%}
th,td{border:1px solid #d1d9e0;padding:6px 13px;vertical-align:top}tr:nth-child(2n){background:#f6f8fa}th{font-weight:600}
a{color:#0969da;text-decoration:none}sub{font-size:85%;color:#59636e}pre.mermaid{background:none;text-align:center}`;
const dir = mkdtempSync(path.join(tmpdir(), 'fg-comment-'));
const html = path.join(dir, 'comment.html');
writeFileSync(
  html,
  `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><div class="comment">` +
    `<div class="hdr"><b>github-actions</b> <span class="bot">bot</span> commented</div><div class="md">${body}</div></div>` +
    `<script>${mermaid.replace(/<\/script/gi, '<\\/script')}</script>` +
    `<script>mermaid.initialize({ startOnLoad: true, securityLevel: 'strict' });</script></body></html>`,
);
execFileSync('chromium', [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--hide-scrollbars',
  '--force-device-scale-factor=1',
  '--window-size=1030,1300',
  '--virtual-time-budget=15000',
  `--screenshot=${path.resolve(out)}`,
  `file://${html}`,
]);
console.log(`wrote ${out}`);
