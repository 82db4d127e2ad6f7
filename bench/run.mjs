// `npm run bench`: times the bundled CLI against the floor (bench/floor.mjs: read + unzip + JSON.parse of the
// same files, no analysis) and against baselines, in the same run on the same machine, and writes
// bench/RESULTS.md. Builds nothing: it runs dist/ as committed.
//
// Method: each pair of commands alternates (A B A B …) after one warm-up of each, so drift in machine load
// hits both alike; wall time is measured around the child process, peak RSS is the OS's figure from
// /usr/bin/time (%M, kilobytes). Medians of BENCH_RUNS runs (default 5).
//
// Environment: BENCH_RUNS (default 5), BENCH_FLOWS (size of the large repository, default 5000).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitWithOneChange, CORPUS, makeRepo } from './make-large-repo.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.js');
const FLOOR = path.join(ROOT, 'bench/floor.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FLOWS = Number(process.env.BENCH_FLOWS ?? 5000);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

if (!existsSync(CLI)) {
  process.stderr.write(
    'bench: dist/cli.js is missing (it is committed; run `npm run build` after changing src/)\n',
  );
  process.exit(2);
}

/** One run: wall seconds (measured here) and peak RSS in MB (from the OS, when /usr/bin/time exists). */
function measure(cmd) {
  const out = path.join(os.tmpdir(), `fg-bench-time-${process.pid}`);
  const argv = TIME
    ? [TIME, '-f', '%M', '-o', out, process.execPath, ...cmd.args]
    : [process.execPath, ...cmd.args];
  const start = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd: cmd.cwd ?? ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 << 20,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && !(cmd.okStatus ?? [0]).includes(r.status)) {
    throw new Error(`${cmd.label} exited ${r.status}: ${r.stderr?.toString().slice(0, 500)}`);
  }
  const rss = TIME ? Number(readFileSync(out, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { wall, rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Alternates A and B after a warm-up of each; returns medians. */
function pair(a, b) {
  measure(a);
  measure(b);
  const ra = [];
  const rb = [];
  for (let i = 0; i < RUNS; i++) {
    ra.push(measure(a));
    rb.push(measure(b));
  }
  const m = (rs) => ({ wall: median(rs.map((r) => r.wall)), rss: median(rs.map((r) => r.rss)) });
  const res = { a: m(ra), b: m(rb) };
  process.stderr.write(
    `  ${a.label}: ${res.a.wall.toFixed(3)} s ${res.a.rss.toFixed(0)} MB | ${b.label}: ${res.b.wall.toFixed(3)} s ${res.b.rss.toFixed(0)} MB\n`,
  );
  return res;
}

const scan = (label, dir, extra = [], cwd = ROOT) => ({
  label,
  cwd,
  okStatus: [0, 1],
  args: [
    CLI,
    'scan',
    ...(dir ? [dir] : []),
    ...extra,
    '--format',
    'json',
    '--fail-on',
    'none',
    '--output',
    os.devNull,
  ],
});
const floor = (label, dir) => ({ label, args: [FLOOR, dir] });

const work = mkdtempSync(path.join(os.tmpdir(), 'fg-bench-'));
try {
  process.stderr.write(`bench: generating a ${FLOWS}-flow repository and a 10-flow repository in ${work}\n`);
  const large = path.join(work, 'large');
  const small = path.join(work, 'small');
  commitWithOneChange(large, makeRepo(large, { flows: FLOWS }));
  commitWithOneChange(small, makeRepo(small, { flows: 10, perSolution: 5, zipShare: 0 }));

  process.stderr.write(`bench: ${RUNS} alternating runs per pair after a warm-up\n`);
  const corpus = pair(scan('scan corpus', CORPUS), floor('floor corpus', CORPUS));
  const big = pair(scan(`scan ${FLOWS} flows`, large), floor(`floor ${FLOWS} flows`, large));
  const pr = pair(
    scan(`PR mode, ${FLOWS}-flow repo`, null, ['--base', 'HEAD~1', '--head', 'HEAD'], large),
    scan('PR mode, 10-flow repo', null, ['--base', 'HEAD~1', '--head', 'HEAD'], small),
  );
  const version = pair(
    { label: 'dist/cli.js --version', args: [CLI, '--version'] },
    { label: 'node -e 0', args: ['-e', '0'] },
  );

  const rows = [
    ['(a) full scan of ../shared/corpus', 'scan vs floor', corpus, 1.5, 2],
    [`(b) full scan of ${FLOWS} generated flows`, 'scan vs floor', big, 1.5, 2],
    [`(c) PR mode, one changed flow`, `${FLOWS}-flow repo vs 10-flow repo`, pr, 1.2, null],
    ['(d) start-up', '`--version` vs `node -e 0`', version, 2, null],
  ];
  const cpu =
    (readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/) ?? [])[1] ??
    os.cpus()[0]?.model ??
    'unknown';
  const fmt = (x, d = 3) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  const lines = [
    '# Benchmark results',
    '',
    `Date: ${new Date().toISOString()} · Node ${process.version} · ${cpu} · ${os.cpus().length} cores · ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    '',
    `Medians of ${RUNS} alternating runs after a warm-up; wall time around the process, peak RSS from \`/usr/bin/time\`.`,
    'The floor (`bench/floor.mjs`) reads, unzips and `JSON.parse`s the same files with no analysis.',
    '',
    '| workload | compared | A wall (s) | B wall (s) | wall ratio A/B | target | met | A peak RSS (MB) | B peak RSS (MB) | RSS ratio | target | met |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, what, r, wallTarget, rssTarget] of rows) {
    const wallRatio = r.a.wall / r.b.wall;
    const rssRatio = r.a.rss / r.b.rss;
    lines.push(
      `| ${name} | ${what} | ${fmt(r.a.wall)} | ${fmt(r.b.wall)} | ${fmt(wallRatio, 2)} | ≤ ${wallTarget} | ${wallRatio <= wallTarget ? 'yes' : 'no'} | ${fmt(r.a.rss, 0)} | ${fmt(r.b.rss, 0)} | ${fmt(rssRatio, 2)} | ${rssTarget ? `≤ ${rssTarget}` : '—'} | ${rssTarget ? (rssRatio <= rssTarget ? 'yes' : 'no') : '—'} |`,
    );
  }
  const file = path.join(ROOT, 'bench/RESULTS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const history = previous.includes('\n## History') ? previous.slice(previous.indexOf('\n## History')) : '';
  writeFileSync(file, `${lines.join('\n')}\n${history}`);
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
