import { beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitRepo } from '../helpers/git-repo.js';

/**
 * What a user gets from `npm pack` (the file `npm publish` uploads and a release attaches): installed
 * offline into an empty folder far from this repository, locally and globally, and run — `--version`, `scan`,
 * `diff` and the git PR mode. The package has no runtime dependencies: the bundle in dist/ carries them.
 * Build first (`npm run build`).
 */
const root = process.cwd();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const FLOW = 'Workflows/SyncPartnerOrders-8F0C2D4E-5B1A-4C3E-9D7F-2A6B8C4E1F30.json';
const tmp = mkdtempSync(path.join(tmpdir(), 'fg-pack-'));

/** npm with its own empty cache and no user config: nothing from this machine or the network helps. */
function npm(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      HOME: tmp,
      npm_config_cache: path.join(tmp, 'npm-cache'),
      npm_config_userconfig: path.join(tmp, 'npmrc'),
      npm_config_update_notifier: 'false',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tarball = '';
let packedFiles: string[] = [];
let app = '';
let globalPrefix = '';

beforeAll(() => {
  expect(existsSync('dist/cli.js')).toBe(true);
  const packed = npm(['pack', '--json', '--pack-destination', tmp], root);
  expect(packed.stderr).not.toMatch(/ERR!/);
  const [info] = JSON.parse(packed.stdout);
  tarball = path.join(tmp, info.filename);
  packedFiles = info.files.map((f: { path: string }) => f.path);

  app = path.join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), '{ "name": "consumer", "private": true }\n');
  const local = npm(['install', '--offline', '--no-audit', '--no-fund', tarball], app);
  expect({ status: local.status, stderr: local.stderr }).toMatchObject({ status: 0 });

  globalPrefix = path.join(tmp, 'global');
  const global = npm(['install', '--global', '--offline', '--prefix', globalPrefix, tarball], tmp);
  expect({ status: global.status, stderr: global.stderr }).toMatchObject({ status: 0 });

  cpSync(path.join(root, 'examples/attack'), path.join(tmp, 'attack'), { recursive: true });
});

function npx(args: string[], cwd = app): { status: number | null; stdout: string; stderr: string } {
  return npm(['exec', '--offline', '--', 'flowguard', ...args], cwd);
}

describe('the packed tarball', () => {
  it('holds the bundle, the action, the docs the links point at, the licence and nothing of the sources', () => {
    for (const f of [
      'dist/cli.js',
      'dist/index.js',
      'dist/package.json',
      'dist/THIRD-PARTY-LICENSES.txt',
      'action.yml',
      'docs/SPEC.md',
      'docs/rules/FG101.md',
      'LICENSE',
      'README.md',
      'CHANGELOG.md',
      'SECURITY.md',
      'package.json',
    ])
      expect(packedFiles).toContain(f);
    expect(packedFiles.filter((f) => /^(src|test|examples|scripts|bench|node_modules)\//.test(f))).toEqual(
      [],
    );
  });

  it('declares no runtime dependency: installing it downloads nothing', () => {
    const installed = JSON.parse(readFileSync(path.join(app, 'node_modules/flowguard/package.json'), 'utf8'));
    expect(installed.dependencies ?? {}).toEqual({});
    expect(readdirSync(path.join(app, 'node_modules')).sort()).toEqual([
      '.bin',
      '.package-lock.json',
      'flowguard',
    ]);
  });

  it('the bundle imports only Node built-ins and its own chunks', () => {
    const dist = path.join(app, 'node_modules/flowguard/dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(2);
    const builtins = new Set(builtinModules);
    const outside: string[] = [];
    for (const f of files) {
      const code = readFileSync(path.join(dist, f), 'utf8');
      const specifiers = [
        // esbuild writes static imports and re-exports at the start of a line.
        ...code.matchAll(/^(?:import|export)\s[^'"]*?\bfrom\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
        ...code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]);
      for (const s of specifiers)
        if (!s.startsWith('./') && !s.startsWith('../') && !s.startsWith('node:') && !builtins.has(s))
          outside.push(`${f}: ${s}`);
    }
    expect(outside).toEqual([]);
  });

  it('`npx flowguard --version` prints the package version', () => {
    const r = npx(['--version']);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: `${pkg.version}\n` });
  });

  it('`npx flowguard diff` fails the gate on the seed attack', () => {
    const r = npx(['diff', '../attack/base', '../attack/head', '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.tool).toEqual({ name: 'flowguard', version: pkg.version });
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(
      expect.arrayContaining(['FG101', 'FG110', 'FG111']),
    );
  });

  it('`npx flowguard scan` reads a folder and reports every finding', () => {
    const r = npx(['scan', '../attack/head']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/FG111 bulk-secret-read/);
    expect(r.stdout).toMatch(/gate failed/);
  });

  it('`flowguard scan --base` compares two commits of a git repository, installed globally', () => {
    const repo = new GitRepo('fg-pack-repo-');
    cpSync(path.join(tmp, 'attack/base'), path.join(repo.dir, 'solution'), { recursive: true });
    const base = repo.commit('base');
    cpSync(path.join(tmp, 'attack/head', FLOW), path.join(repo.dir, 'solution', FLOW));
    repo.commit('head');
    const bin = path.join(globalPrefix, 'bin', 'flowguard');
    const r = spawnSync(bin, ['scan', '--base', base, '--head', 'HEAD', '--format', 'json'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: tmp },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every(
        (f: { status: string; file: string }) => f.status === 'new' && f.file.startsWith('solution/'),
      ),
    ).toBe(true);
  });
});
