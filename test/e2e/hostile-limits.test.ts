import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliMeasured } from '../helpers/peak-memory.js';
import { deflatedZeros, entry, writeZip } from '../helpers/zip-bombs.js';

/**
 * The size limits through the bundled CLI, with the process's peak memory measured: a zip that declares
 * 1 GB of content, a zip whose headers declare 1 KB for an entry that inflates to 1 GB, and a 50 MB flow
 * file (over the default maxFlowBytes of 16 MB). Each is one FG001 naming the limit, the process stays
 * under 200 MB, and the rest of the run goes on: the ordinary flow beside each bomb is still analysed.
 */

const GOOD = '1a1a1a1a-1111-4222-8333-444455556666';
const BOMB = '2b2b2b2b-1111-4222-8333-444455556666';
const PEAK_LIMIT_MB = 200;
const GIB = 1024 ** 3;
const SOLUTION_XML =
  '<ImportExportXml><SolutionManifest><UniqueName>Bomb</UniqueName></SolutionManifest></ImportExportXml>';

/** A flow whose trigger anyone can call: one FG130, the proof that the run went on. */
const goodFlow = JSON.stringify({
  properties: {
    definition: {
      triggers: { When_called: { type: 'Request', kind: 'Http', inputs: {} } },
      actions: { Compose: { type: 'Compose', inputs: 'hello', runAfter: {} } },
    },
  },
});

interface JsonReport {
  findings: Array<{
    ruleId: string;
    message: string;
    file: string;
    entry: string | null;
    action: string | null;
  }>;
}

describe('size limits on hostile files (bundled CLI, peak memory measured)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'fg-bombs-'));
  const scenario = (name: string, files: Record<string, string | Buffer>): string => {
    const dir = path.join(root, name);
    for (const [rel, content] of Object.entries({ ...files, [`Workflows/Good-${GOOD}.json`]: goodFlow })) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), content);
    }
    return dir;
  };
  const peaks: string[] = [];
  const scan = (dir: string) => {
    const r = runCliMeasured(['scan', dir, '--format', 'json', '--fail-on', 'none'], root);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    peaks.push(`${path.basename(dir)} ${r.peakMB} MB`);
    return { ...r, report: JSON.parse(r.stdout) as JsonReport };
  };
  const dirs: Record<string, string> = {};

  beforeAll(async () => {
    const gigabyte = await deflatedZeros(GIB);
    const flowEntry = `Workflows/Bomb-${BOMB}.json`;
    const solution = (...bombs: Array<ReturnType<typeof entry>>) =>
      writeZip([entry('solution.xml', SOLUTION_XML), ...bombs, entry('[Content_Types].xml', '<Types/>')]);
    dirs.declared = scenario('declared', {
      'bomb.zip': solution({ name: flowEntry, method: 8, ...gigabyte, uncompressedSize: GIB - 1 }),
    });
    // The same gigabyte behind headers that say 1 KB: as the solution metadata and as a flow.
    const lie = (name: string) => ({
      name,
      method: 8 as const,
      data: gigabyte.data,
      crc32: 0,
      uncompressedSize: 1024,
    });
    dirs.lying = scenario('lying', { 'bomb.zip': solution(lie('customizations.xml'), lie(flowEntry)) });
    const padding = 'x'.repeat(50 * 1024 * 1024);
    const big = JSON.parse(goodFlow) as {
      properties: { definition: { actions: { Compose: { inputs: string } } } };
    };
    big.properties.definition.actions.Compose.inputs = padding;
    dirs.big = scenario('big', { [`Workflows/Big-${BOMB}.json`]: JSON.stringify(big) });
  }, 120_000);

  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    console.log(`peak memory of the CLI: ${peaks.join(', ')}`);
  });

  const expectGoodFlowAnalysed = (report: JsonReport): void => {
    expect(report.findings.filter((f) => f.ruleId === 'FG130').map((f) => f.action)).toEqual(['When_called']);
  };

  it('a zip that declares 1 GB: FG001 naming maxZipTotalBytes, nothing inflated', () => {
    const { report, peakMB } = scan(dirs.declared);
    const fg001 = report.findings.filter((f) => f.ruleId === 'FG001');
    expect(fg001.map((f) => [f.file, f.message])).toEqual([
      [
        'declared/bomb.zip',
        expect.stringContaining('zip declares 1.0 GB of content, over the maxZipTotalBytes limit of 512 MB'),
      ],
    ]);
    expectGoodFlowAnalysed(report);
    expect(peakMB).toBeLessThan(PEAK_LIMIT_MB);
  });

  it('a zip whose headers say 1 KB for entries that inflate to 1 GB: stopped while inflating, at the limit', () => {
    const { report, peakMB } = scan(dirs.lying);
    const fg001 = report.findings.filter((f) => f.ruleId === 'FG001');
    const inflates = 'the entry inflates to more than its declared 1.0 KB, over the';
    // Entries in code-unit order (SPEC §4): `W` before `c`.
    expect(fg001.map((f) => [f.file, f.entry, f.message])).toEqual([
      [
        'lying/bomb.zip',
        `Workflows/Bomb-${BOMB}.json`,
        expect.stringContaining(`${inflates} maxFlowBytes limit of 16 MB`),
      ],
      [
        'lying/bomb.zip',
        'customizations.xml',
        expect.stringContaining(`${inflates} maxZipEntryBytes limit of 64 MB`),
      ],
    ]);
    expectGoodFlowAnalysed(report);
    expect(peakMB).toBeLessThan(PEAK_LIMIT_MB);
  });

  it('a 50 MB flow file: FG001 naming maxFlowBytes, checked from its size before it is read', () => {
    const { report, peakMB } = scan(dirs.big);
    const fg001 = report.findings.filter((f) => f.ruleId === 'FG001');
    expect(fg001.map((f) => [f.file, f.message])).toEqual([
      [
        `big/Workflows/Big-${BOMB}.json`,
        expect.stringContaining('the file is 50 MB, over the maxFlowBytes limit of 16 MB'),
      ],
    ]);
    expectGoodFlowAnalysed(report);
    expect(peakMB).toBeLessThan(PEAK_LIMIT_MB);
  });

  it('the limits are set in .flowguard.yml: a lower maxFlowBytes stops the ordinary flow too', () => {
    const config = path.join(root, 'small.yml');
    writeFileSync(config, 'limits:\n  maxFlowBytes: 100\n');
    const r = runCliMeasured(
      ['scan', dirs.declared, '--config', config, '--format', 'json', '--fail-on', 'none'],
      root,
    );
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => [f.ruleId, f.file])).toContainEqual([
      'FG001',
      `declared/Workflows/Good-${GOOD}.json`,
    ]);
    expect(report.findings.find((f) => f.file.startsWith('declared/Workflows/Good'))?.message).toMatch(
      /over the maxFlowBytes limit of 100 B/,
    );
  });
});
