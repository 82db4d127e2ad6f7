// Bundles the CLI and the action into self-contained ESM files that run with plain `node`.
import { build } from 'esbuild';
import { writeFileSync, mkdirSync, existsSync, rmSync, readFileSync } from 'node:fs';
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
await build({ ...common, entryPoints, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
writeFileSync('dist/package.json', JSON.stringify({ type: 'module' }, null, 2) + '\n');
