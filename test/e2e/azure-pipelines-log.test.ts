import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-dist.js';
import { parseLoggingCommand } from '../report/azure-devops-command.js';

/**
 * The Azure Pipelines agent runs a logging command wherever `##vso[` appears in a line of a step's stdout or
 * stderr, not only at its start (microsoft/azure-pipelines-agent `Command.TryParse`: `IndexOf("##vso[")`).
 * A flow author who names a file, trigger or action `##vso[task.setvariable …]` must not get that command
 * run by a pipeline that prints flowguard's report: in any format, on stdout or stderr. JSON keeps the
 * name exactly (a `\u005b` escape decodes to `[`).
 */
const SET = '##vso[task.setvariable variable=PWNED]yes';
const PATH = '##VSO[task.prependpath]/tmp/evil';
const root = mkdtempSync(path.join(tmpdir(), 'fg-vso-'));
const dir = path.join(root, 'repo');

beforeAll(() => {
  mkdirSync(path.join(dir, 'Workflows'), { recursive: true });
  const flow = {
    properties: {
      definition: {
        triggers: { [`t ${SET}`]: { type: 'Request', kind: 'Http', inputs: {} } },
        actions: {
          [`a ${SET}`]: {
            type: 'Http',
            // A malformed inline suppression: its warning (stderr) quotes the note and the action name.
            description: `flowguard-ignore FG999 ${PATH}`,
            inputs: {
              method: 'GET',
              uri: 'https://partner.example/',
              headers: { Authorization: 'Bearer Lk8Jh6Gf4Ds2Az1Xc3Vb5Nm7' },
            },
          },
        },
      },
    },
  };
  writeFileSync(
    path.join(dir, 'Workflows', `${SET}-4d4d4d4d-1111-4222-8333-000000000001.json`),
    JSON.stringify(flow),
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every logging command the agent would find in the output, one per line at most. */
function commands(output: string) {
  return output
    .split(/\r\n|\r|\n/)
    .map(parseLoggingCommand)
    .filter((c) => c !== null);
}

describe('no flow-controlled ##vso[ command reaches an Azure Pipelines log (bundled CLI)', () => {
  it.each(['text', 'json', 'sarif', 'markdown'])(
    '--format %s: stdout and stderr run no command',
    (format) => {
      const r = runCli(['scan', '.', '--format', format], dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('names no known rule id');
      expect(commands(r.stdout)).toEqual([]);
      expect(commands(r.stderr)).toEqual([]);
      // The reader still sees the name, its `[` shown as a code (or escaped as data).
      expect(r.stdout).toMatch(/(?:##vso\\x5B|##vso\\u005b|\\#\\#vso\\\[)task\.setvariable/);
    },
  );

  it('--format json: the names are kept exactly as data', () => {
    const r = runCli(['scan', '.', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout) as { findings: Array<{ action: string | null; file: string }> };
    expect(new Set(report.findings.map((f) => f.action))).toEqual(new Set([`t ${SET}`, `a ${SET}`]));
    expect(report.findings[0]?.file).toBe(`Workflows/${SET}-4d4d4d4d-1111-4222-8333-000000000001.json`);
  });

  it('--format azure-devops: only our own commands, each at the start of its line', () => {
    const r = runCli(['scan', '.', '--format', 'azure-devops'], dir);
    expect(r.status).toBe(1);
    const cmds = commands(r.stdout);
    expect(cmds.map((c) => `${c.at} ${c.area}.${c.event}`).sort()).toEqual([
      '0 task.complete',
      '0 task.logissue',
      '0 task.logissue',
    ]);
    expect(commands(r.stderr)).toEqual([]);
  });

  it('an error that quotes a path runs no command', () => {
    const r = runCli(['scan', SET], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such file or directory');
    expect(commands(r.stderr)).toEqual([]);
  });
});
