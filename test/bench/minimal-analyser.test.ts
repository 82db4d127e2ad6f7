import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CONNECTION_QUICK, TOKEN_QUICK } from '../../src/model/credential-literals.js';
import { flowFile, http } from '../helpers/flow-builders.js';
import { runCli } from '../helpers/run-dist.js';
import { makeZip, withTempDir } from '../sources/source-test-kit.js';

// The benchmark's minimal analyser stands for "the least FG150 can do" (bench/RESULTS.md argues from its
// figures), so it must test strings as FG150's prefilter does and read the files the floor reads.
const BENCH = path.resolve('bench', 'minimal-analyser.mjs');

interface MinimalAnalyser {
  TOKEN_QUICK: RegExp;
  CONNECTION_QUICK: RegExp;
  walk(doc: unknown): { tested: number; passed: number };
}
const load = async (): Promise<MinimalAnalyser> => (await import(BENCH)) as MinimalAnalyser;

const GUID = '0d4a6b4e-1c8e-4f6b-9a58-5f0c8e7b2a11';
const TOKEN = `ghp_${'A1b2C3d4E5'.repeat(3)}a1b2c3`;
const tokenFlow = flowFile({
  Call: http({ uri: 'https://api.github.com/user', headers: { Authorization: `token ${TOKEN}` } }),
});
const connectionFlow = flowFile({
  Call: http({
    uri: 'https://example.org/sql',
    body: { connection: 'Server=tcp:db.example.org;User ID=app;Password=Tr0ub4dor&3horse' },
  }),
});

describe('bench/minimal-analyser.mjs', () => {
  it('uses FG150’s own prefilter regexes', async () => {
    const m = await load();
    expect([m.TOKEN_QUICK.source, m.TOKEN_QUICK.flags]).toEqual([TOKEN_QUICK.source, TOKEN_QUICK.flags]);
    expect([m.CONNECTION_QUICK.source, m.CONNECTION_QUICK.flags]).toEqual([
      CONNECTION_QUICK.source,
      CONNECTION_QUICK.flags,
    ]);
  });

  it('tests every string of 16 characters or more, nested in objects and lists', async () => {
    const { walk } = await load();
    const long = 'x'.repeat(16);
    expect(walk({ a: 'short', b: [long, { c: [[long]], d: null, e: 3 }], f: `eyJ${long}` })).toEqual({
      tested: 3,
      passed: 1,
    });
    expect(walk({ s: 'Password is sixteen+ chars' })).toEqual({ tested: 1, passed: 0 });
    expect(walk({ s: 'Server=x;Password=sixteen+' })).toEqual({ tested: 1, passed: 1 });
  });

  it('reads what the floor reads (unpacked and zipped flows) and passes the strings FG150 reports', async () => {
    await withTempDir(async (dir) => {
      const workflows = path.join(dir, 'unpacked', 'Workflows');
      await mkdir(workflows, { recursive: true });
      await writeFile(path.join(workflows, `Token-${GUID}.json`), JSON.stringify(tokenFlow));
      await mkdir(path.join(dir, 'packages'));
      const zip = await makeZip([
        ['solution.xml', '<ImportExportXml><SolutionManifest /></ImportExportXml>'],
        ['customizations.xml', '<ImportExportXml><Workflows /></ImportExportXml>'],
        [`Workflows/Conn-${GUID.replace('0d', '1d')}.json`, JSON.stringify(connectionFlow)],
      ]);
      await writeFile(path.join(dir, 'packages', 'sol.zip'), zip);

      const bench = spawnSync(process.execPath, [BENCH, dir], { encoding: 'utf8' });
      expect(bench.stderr).toBe('');
      const floor = spawnSync(process.execPath, [path.resolve('bench', 'floor.mjs'), dir], {
        encoding: 'utf8',
      });
      const [flows, files, tested, passed] = bench.stdout.trim().split(' ').map(Number);
      // Same flows and files as the floor; both long literals pass, the schema URL and the rest do not.
      expect(`${flows} ${files}`).toBe(floor.stdout.trim());
      expect(flows).toBe(2);
      expect(tested).toBeGreaterThanOrEqual(4);
      expect(passed).toBe(2);

      const scan = runCli(['scan', dir, '--format', 'json', '--fail-on', 'none'], dir);
      const fg150 = (JSON.parse(scan.stdout) as { findings: Array<{ ruleId: string }> }).findings.filter(
        (f) => f.ruleId === 'FG150',
      );
      expect(fg150).toHaveLength(2);
    });
  });

  it('says how to use it when no folder is given', () => {
    const r = spawnSync(process.execPath, [BENCH], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: node bench\/minimal-analyser\.mjs DIR/);
  });
});
