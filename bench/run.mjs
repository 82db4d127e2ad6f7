// `npm run bench`: how close the bundled CLI gets to the floor (bench/floor.mjs: the same files read,
// unzipped and JSON.parse'd, no analysis), and how PR mode and start-up scale. Builds nothing: run
// `npm run build` first. Writes bench/RESULTS.md (everything above its "History" section).
//
// Workloads: (a) full scan of ../shared/corpus; (b) full scan of a generated repository of BENCH_FLOWS
// flows (default 5,000: corpus flows under fresh GUIDs, unpacked and zipped; bench/make-large-repo.mjs);
// (c) PR mode (`scan --base HEAD~1 --head HEAD`, one changed flow) on that repository and on a 10-flow one,
// both real git clones (packed, as a CI checkout is); (d) `dist/cli.js --version` against `node -e 0`.
// (a′) and (b′) measure bench/minimal-analyser.mjs (the floor plus FG150's prefilter on every string)
// against the floor: the share of (a) and (b) that no design of the analysis can remove.
// Each pair runs A B A B …: one warm-up pair, then BENCH_RUNS pairs (default 5); medians and ratios.
// Wall time from the parent's clock; peak RSS and CPU (user + system) from GNU time (%M %U %S), else RSS
// from /proc/<pid>/status (VmHWM) and CPU from the child's resource usage.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commitWithOneChange, makeRepo } from './make-large-repo.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const FLOOR = path.join(HERE, 'floor.mjs');
const MINIMAL = path.join(HERE, 'minimal-analyser.mjs');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
const RESULTS = path.join(HERE, 'RESULTS.md');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const FLOWS = Math.max(10, Number(process.env.BENCH_FLOWS ?? 5000));
const NODE = process.execPath;

const log = (s) => process.stderr.write(`${s}\n`);

function fail(message) {
  log(`bench: ${message}`);
  process.exit(2);
}

if (!existsSync(CLI)) fail(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\` first`);
if (!existsSync(CORPUS)) fail(`the corpus is not at ${CORPUS}`);

/** GNU time, when it is there and understands -f (BusyBox and BSD time do not). */
const GNU_TIME = (() => {
  for (const bin of ['/usr/bin/time', '/bin/time']) {
    if (!existsSync(bin)) continue;
    const r = spawnSync(bin, ['-f', '%M %U %S', 'true'], { encoding: 'utf8' });
    if (r.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(r.stderr.trim().split('\n').pop() ?? '')) return bin;
  }
  return null;
})();
const RSS_SOURCE = GNU_TIME
  ? `GNU time (${GNU_TIME} -f '%M %U %S')`
  : existsSync('/proc/self/status')
    ? '/proc/<pid>/status VmHWM, polled'
    : 'not measured';

/**
 * One run: wall seconds (parent clock), peak RSS in KiB and CPU seconds (user + system; null when they
 * cannot be measured). CPU shows what wall time hides on two cores: a second core kept busy by the GC.
 */
async function measure([cmd, ...args], cwd) {
  const timeFile = path.join(TMP, 'time.out');
  const argv = GNU_TIME ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, cmd, ...args] : [cmd, ...args];
  const start = process.hrtime.bigint();
  const child = spawn(argv[0], argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let hwm = null;
  const poll =
    !GNU_TIME && existsSync('/proc/self/status')
      ? setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm ?? 0, Number(m[1]));
          } catch {
            // The process has just ended.
          }
        }, 5)
      : null;
  const code = await new Promise((resolve) => child.on('close', resolve));
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (poll) clearInterval(poll);
  if (code !== 0) throw new Error(`\`${[cmd, ...args].join(' ')}\` exited with ${code}: ${stderr.trim()}`);
  if (!GNU_TIME) return { wall, rss: hwm, cpu: null };
  const [rss, user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, rss, cpu: user + sys };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A and B alternately: one warm-up pair, then `runs` measured pairs. */
async function pair(name, a, b, runs = RUNS) {
  log(`${name}: warm-up, then ${runs} × (A, B)`);
  await measure(a.argv, a.cwd);
  await measure(b.argv, b.cwd);
  const ra = [];
  const rb = [];
  for (let i = 0; i < runs; i++) {
    ra.push(await measure(a.argv, a.cwd));
    rb.push(await measure(b.argv, b.cwd));
  }
  const sum = (rs) => ({
    wall: median(rs.map((r) => r.wall)),
    rss: median(rs.map((r) => r.rss)),
    cpu: median(rs.map((r) => r.cpu)),
    walls: rs.map((r) => r.wall),
    rsses: rs.map((r) => r.rss),
    cpus: rs.map((r) => r.cpu),
  });
  return { name, a: { ...a, ...sum(ra) }, b: { ...b, ...sum(rb) } };
}

/** A command as the table shows it: paths relative to the project root, the temporary folder as $TMP. */
const sh = (argv) =>
  argv
    .map((x) => (x === NODE ? 'node' : x))
    .map((x) => (x.startsWith(TMP) ? `$TMP${x.slice(TMP.length)}` : x))
    .map((x) => (path.isAbsolute(x) ? path.relative(ROOT, x) || '.' : x))
    .map((x) => (/[\s"'*]/.test(x) ? JSON.stringify(x) : x))
    .join(' ');

const TMP = mkdtempSync(path.join(os.tmpdir(), 'flowguard-bench-'));
const git = (cwd, ...args) => execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

/** A generated repository with one changed flow in its last commit, and a clone of it (packed, like CI's). */
function repository(name, flows) {
  const work = path.join(TMP, `${name}-work`);
  const clone = path.join(TMP, name);
  const changed = makeRepo(work, { flows });
  commitWithOneChange(work, changed);
  git(TMP, 'clone', '--quiet', '--no-local', work, clone);
  return { work, clone };
}

const startedAt = new Date();
const loadBefore = os.loadavg();
let results;
try {
  log(`generating a ${FLOWS}-flow repository and a 10-flow one in ${TMP}`);
  const large = repository('large', FLOWS);
  const small = repository('small', 10);
  const scan = (dir) => [NODE, CLI, 'scan', dir, '--format', 'json', '--fail-on', 'none'];
  const pr = [
    NODE,
    CLI,
    'scan',
    '--base',
    'HEAD~1',
    '--head',
    'HEAD',
    '--format',
    'json',
    '--fail-on',
    'none',
  ];
  results = [
    {
      ...(await pair('(a) full scan of the corpus', { argv: scan(CORPUS) }, { argv: [NODE, FLOOR, CORPUS] })),
      reference: 'floor',
      wallTarget: 1.5,
      rssTarget: 2,
      cpuTarget: 2,
    },
    {
      ...(await pair(
        "(a′) the least analyser (floor + FG150's prefilter on every string), corpus",
        { argv: [NODE, MINIMAL, CORPUS] },
        { argv: [NODE, FLOOR, CORPUS] },
      )),
      reference: 'floor',
      info: true,
      lowerBound: true,
    },
    {
      ...(await pair(
        `(b) full scan of ${FLOWS.toLocaleString('en')} flows`,
        { argv: scan(large.clone) },
        { argv: [NODE, FLOOR, large.clone] },
      )),
      reference: 'floor',
      wallTarget: 1.5,
      rssTarget: 2,
      cpuTarget: 2,
    },
    {
      ...(await pair(
        `(b′) the least analyser (floor + FG150's prefilter on every string), ${FLOWS.toLocaleString('en')} flows`,
        { argv: [NODE, MINIMAL, large.clone] },
        { argv: [NODE, FLOOR, large.clone] },
      )),
      reference: 'floor',
      info: true,
      lowerBound: true,
    },
    {
      ...(await pair(
        `(c) PR mode, one changed flow: ${FLOWS.toLocaleString('en')} flows against 10`,
        { argv: pr, cwd: large.clone },
        { argv: pr, cwd: small.clone },
      )),
      reference: '10-flow repo',
      wallTarget: 1.2,
    },
    {
      ...(await pair(
        '(c′) the same before `git gc` (loose objects, as a local commit leaves them)',
        { argv: pr, cwd: large.work },
        { argv: pr, cwd: small.work },
      )),
      reference: '10-flow repo',
      info: true,
    },
    {
      ...(await pair(
        '(d) start-up: `--version`',
        { argv: [NODE, CLI, '--version'] },
        { argv: [NODE, '-e', '0'] },
        Math.max(RUNS, 10),
      )),
      reference: '`node -e 0`',
      wallTarget: 2,
    },
  ];
} finally {
  if (!process.env.BENCH_KEEP) rmSync(TMP, { recursive: true, force: true });
}

const loadAfter = os.loadavg();
const cpuModel =
  (existsSync('/proc/cpuinfo') && /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]) ||
  os.cpus()[0]?.model ||
  'unknown';
const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim();
const s = (x) => (x === null ? 'n/a' : `${x.toFixed(2)} s`);
const mb = (kib) => (kib === null ? 'n/a' : `${(kib / 1024).toFixed(0)} MB`);
const ratio = (a, b) => (a === null || b === null ? null : a / b);
const r = (x) => (x === null ? 'n/a' : `${x.toFixed(2)}×`);

const cpuS = (x) => (x === null ? 'n/a' : `${x.toFixed(2)} s CPU`);
const verdicts = [];
const rows = results.map((w) => {
  const got = { wall: ratio(w.a.wall, w.b.wall), rss: ratio(w.a.rss, w.b.rss), cpu: ratio(w.a.cpu, w.b.cpu) };
  const targets = [];
  let met = true;
  for (const [key, label] of [
    ['wall', 'wall'],
    ['rss', 'RSS'],
    ['cpu', 'CPU'],
  ]) {
    const target = w[`${key}Target`];
    if (!target) continue;
    const ok = got[key] !== null && got[key] <= target;
    targets.push(`${label} ≤ ${target}×`);
    met &&= ok;
    if (!w.info)
      verdicts.push(`${ok ? 'MET    ' : 'NOT MET'} ${w.name}: ${label} ${r(got[key])} (target ≤ ${target}×)`);
  }
  if (w.lowerBound)
    verdicts.push(
      `INFO    ${w.name.split(' ')[0]} the least analyser: wall ${r(got.wall)}, CPU ${r(got.cpu)} of the floor's (bench/minimal-analyser.mjs)`,
    );
  return `| ${w.name} | ${s(w.a.wall)} / ${mb(w.a.rss)} / ${cpuS(w.a.cpu)} | ${w.reference}: ${s(w.b.wall)} / ${mb(w.b.rss)} / ${cpuS(w.b.cpu)} | ${r(got.wall)} | ${r(got.rss)} | ${r(got.cpu)} | ${w.info ? '(information)' : targets.join(', ')} | ${w.info ? '—' : met ? 'yes' : '**no**'} |`;
});

const commands = results.flatMap((w) => [
  `- ${w.name}`,
  `  - A: \`${sh(w.a.argv)}\`${w.a.cwd ? ` in \`${sh([w.a.cwd])}\`` : ''}`,
  `  - B: \`${sh(w.b.argv)}\`${w.b.cwd ? ` in \`${sh([w.b.cwd])}\`` : ''}`,
]);
const raw = results.flatMap((w) => [
  `- ${w.name}`,
  `  - A wall: ${w.a.walls.map((x) => x.toFixed(2)).join(', ')} s; RSS: ${w.a.rsses.map(mb).join(', ')}; CPU: ${w.a.cpus.map(cpuS).join(', ')}`,
  `  - B wall: ${w.b.walls.map((x) => x.toFixed(2)).join(', ')} s; RSS: ${w.b.rsses.map(mb).join(', ')}; CPU: ${w.b.cpus.map(cpuS).join(', ')}`,
]);

const generated = `# Benchmark results

Written by \`npm run bench\` (bench/run.mjs) on ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}; everything above
"History" is rewritten by each run.

- Machine: ${cpuModel}, ${os.availableParallelism?.() ?? os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; ${os.type()} ${os.release()}
- Node ${process.version}, ${gitVersion}; load average ${loadBefore.map((x) => x.toFixed(2)).join(' ')} before, ${loadAfter.map((x) => x.toFixed(2)).join(' ')} after
- ${RUNS} measured runs per command (10 for start-up) after one warm-up, A and B alternating; medians.
  Wall time by the parent's clock; peak RSS and CPU (user + system) by ${RSS_SOURCE}.
- Floor: \`bench/floor.mjs\` reads the files the scanner reads, inflates the zips' flow and metadata entries
  and \`JSON.parse\`s the flows, synchronously (its fastest form), and does nothing else.
- The least analyser: \`bench/minimal-analyser.mjs\` is the floor plus one walk over every parsed value that
  tests each string of 16 characters or more with FG150's prefilter — what any scan for tokens in every
  string must add to the floor. Its ratio is the part of (a) and (b) no design of the analysis removes.

| Workload | flowguard: median wall / peak RSS / CPU | Reference: median wall / peak RSS / CPU | Wall ratio | RSS ratio | CPU ratio | Target | Met |
| --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Verdicts:

\`\`\`
${verdicts.join('\n')}
\`\`\`

Commands (A is flowguard, B the reference; paths from the project root; \`$TMP\` is a temporary folder,
deleted afterwards; \`large\` and \`small\` are \`git clone --no-local\` copies of \`large-work\` and \`small-work\`):

${commands.join('\n')}

<details><summary>Every measured run</summary>

${raw.join('\n')}

</details>
`;

// History keeps one line per run (newest first) under its own heading, so each change's figures stay.
const previous = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '';
const at = previous.indexOf('\n## History');
let history = at >= 0 ? previous.slice(at + 1) : '## History\n';
const RUN_LOG = '### Every `npm run bench` run (newest first; wall / RSS / CPU ratios against the reference)';
const label = process.env.BENCH_LABEL ? ` — ${process.env.BENCH_LABEL}` : '';
const line =
  `- ${startedAt.toISOString().slice(0, 16).replace('T', ' ')}${label}: ` +
  results
    .filter((w) => !w.info || w.lowerBound)
    .map(
      (w) =>
        `${w.name.split(' ')[0]} ${r(ratio(w.a.wall, w.b.wall))} / ${r(ratio(w.a.rss, w.b.rss))} / ${r(ratio(w.a.cpu, w.b.cpu))}`,
    )
    .join('; ');
if (!history.includes(RUN_LOG)) history = history.replace('## History\n', `## History\n\n${RUN_LOG}\n\n`);
history = history.replace(`${RUN_LOG}\n\n`, `${RUN_LOG}\n\n${line}\n`);
writeFileSync(RESULTS, `${generated}\n${history}`);
log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
process.stdout.write(`${rows.join('\n')}\n\n${verdicts.join('\n')}\n`);
