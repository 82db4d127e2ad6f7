#!/usr/bin/env node
// The command-line face of flowguard: argv in, exit status out. Everything else lives in the engine.
import { parseCli, UsageError, USAGE } from './cli/cli-args.js';
import { runCli } from './cli/run-cli.js';
import { escapeTerminal } from './report/escape.js';

async function main(): Promise<number> {
  try {
    const cmd = parseCli(process.argv.slice(2));
    return await runCli(cmd, {
      cwd: process.cwd(),
      stdout: (s) => process.stdout.write(s),
      stderr: (s) => process.stderr.write(s),
      isTTY: !!process.stdout.isTTY,
    });
  } catch (err) {
    // The message may quote a flow, file or git output (a rule error names the flow): each line is
    // terminal-escaped like the report, so our own hint lines stay lines and nothing drives the terminal.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`flowguard: ${terminalLines(message)}\n`);
    if (err instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    if (process.env.FLOWGUARD_DEBUG && err instanceof Error)
      process.stderr.write(`${terminalLines(err.stack ?? '')}\n`);
    return 2;
  }
}

function terminalLines(text: string): string {
  return text.split('\n').map(escapeTerminal).join('\n');
}

// A reader that stops early (`flowguard rules | head -1`) closes the pipe: the rest of the output has
// nowhere to go, which is no failure of the run, so it ends quietly with its own exit status. Any other
// write error means the report was not delivered: exit 2.
let stdoutFailed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') return;
  stdoutFailed = true;
  process.stderr.write(`flowguard: cannot write to stdout: ${escapeTerminal(err.message)}\n`);
  process.exitCode = 2;
});

// Let stdout drain before the exit status is set (large reports piped to another process).
main().then((code) => {
  process.exitCode = stdoutFailed ? 2 : code;
});
