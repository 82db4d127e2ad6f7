// Bundles the CLI and the action into self-contained ESM files that run with plain `node`.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync, existsSync, rmSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

rmSync('dist', { recursive: true, force: true });

// src/version.ts imports package.json for the version and repository URL (one source for both). Only those
// fields go into the bundle: a script or devDependency edit must not change dist/.
const PACKAGE_JSON = path.resolve('package.json');
const packageFields = {
  name: 'package-fields',
  setup(b) {
    b.onLoad({ filter: /package\.json$/ }, (args) => {
      if (path.resolve(args.path) !== PACKAGE_JSON) return undefined;
      const { name, version, repository } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8'));
      return { contents: JSON.stringify({ name, version, repository }), loader: 'json' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's UMD build fails when bundled; its ESM build does not.
  mainFields: ['module', 'main'],
  // The toolkit's HTTP client calls require() for node built-ins.
  banner: {
    js: "import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [packageFields],
};

mkdirSync('dist', { recursive: true });
// One build with code splitting: modules a run does not need (zip, GitHub client) load on demand, which keeps
// `flowguard --version` close to `node -e 0`.
const entryPoints = { cli: 'src/cli.ts' };
if (existsSync('src/action.ts')) entryPoints.index = 'src/action.ts';
const { metafile } = await build({
  ...common,
  entryPoints,
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
writeFileSync('dist/THIRD-PARTY-LICENSES.txt', thirdPartyLicences(metafile));

/**
 * The bundle carries code of other packages (legal comments are stripped above), so their licences travel
 * with it: every package esbuild read from node_modules, with its licence text.
 */
function thirdPartyLicences(meta) {
  const packages = new Set();
  for (const input of Object.keys(meta.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  const sections = [...packages].sort().map((name) => {
    const dir = path.join('node_modules', name);
    const { version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file
      ? readFileSync(path.join(dir, file), 'utf8').trim()
      : `${license} (declared in its package.json, which ships no licence file)`;
    return `${name} ${version} — ${license}\n\n${text}\n`;
  });
  const head = 'flowguard bundles the following packages into dist/. Their licences follow.\n';
  return [head, ...sections].join(`\n${'-'.repeat(78)}\n\n`);
}
