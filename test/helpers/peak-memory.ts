import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CLI } from './run-dist.js';

/**
 * Runs the bundled CLI in a child process and reports its peak resident memory, as the process itself
 * measured it (`process.resourceUsage().maxRSS`, getrusage's ru_maxrss — what `/usr/bin/time -f %M`
 * prints), written by a preloaded script when the process exits.
 */
export function runCliMeasured(
  args: string[],
  cwd: string,
): { status: number | null; stdout: string; stderr: string; peakMB: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fg-rss-'));
  try {
    const preload = path.join(dir, 'rss.cjs');
    const out = path.join(dir, 'rss.txt');
    writeFileSync(
      preload,
      "process.on('exit', () => require('fs').writeFileSync(process.env.FG_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
    );
    const r = spawnSync(process.execPath, ['--require', preload, CLI, ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME, FG_RSS_FILE: out },
      maxBuffer: 64 * 1024 * 1024,
    });
    const kb = Number(readFileSync(out, 'utf8'));
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMB: Math.round(kb / 1024) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
