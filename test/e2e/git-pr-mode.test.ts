import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { flowFile, getSecret, listSecrets } from '../helpers/flow-builders.js';
import { GitRepo } from '../helpers/git-repo.js';
import { runCli } from '../helpers/run-dist.js';

const G = {
  renamed: '0a1b2c3d-0000-4000-8000-000000000001',
  untouched: '0a1b2c3d-0000-4000-8000-000000000002',
  zipped: '0a1b2c3d-0000-4000-8000-000000000003',
};
const json = (o: unknown) => JSON.stringify(o, null, 2);
const dataXml = (guid: string, name: string, file: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<Workflow WorkflowId="{${guid}}" Name="${name}">\n  <JsonFileName>/Workflows/${file}</JsonFileName>\n  <Category>5</Category>\n  <StateCode>1</StateCode>\n</Workflow>\n`;

const secured = flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key', { secureOutputs: true }) });
const unsecured = flowFile({ Get_secret: getSecret('OpenApiConnection', 'api-key') });
const enumerating = flowFile({
  Get_secret: getSecret('ApiConnection', 'db', { secureOutputs: true }),
  List: listSecrets('ApiConnection'),
});

async function solutionZip(flow: unknown): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    'solution.xml',
    '<ImportExportXml><SolutionManifest><UniqueName>Packed</UniqueName></SolutionManifest></ImportExportXml>',
  );
  zip.file(
    'customizations.xml',
    `<ImportExportXml><Workflows><Workflow WorkflowId="{${G.zipped}}" Name="Zipped flow"><JsonFileName>/Workflows/Zipped-${G.zipped.toUpperCase()}.json</JsonFileName><Category>5</Category></Workflow></Workflows></ImportExportXml>`,
  );
  zip.file(`Workflows/Zipped-${G.zipped.toUpperCase()}.json`, json(flow));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('flowguard scan --base (bundled CLI, real git repository)', () => {
  const repo = new GitRepo();
  let base = '';

  beforeAll(async () => {
    const a = `Renamed-${G.renamed.toUpperCase()}.json`;
    const u = `Untouched-${G.untouched.toUpperCase()}.json`;
    repo.write(`solution/Workflows/${a}`, json(secured));
    repo.write(`solution/Workflows/${a}.data.xml`, dataXml(G.renamed, 'Renamed flow', a));
    // The untouched flow has a problem of its own: if it were read, --report all would show it.
    repo.write(`solution/Workflows/${u}`, json(unsecured));
    repo.write(`solution/Workflows/${u}.data.xml`, dataXml(G.untouched, 'Untouched flow', u));
    repo.write('packed/Packed_1_0_0_1.zip', await solutionZip(secured));
    base = repo.commit('base');

    const b = `NewName-${G.renamed.toUpperCase()}.json`;
    repo.remove(`solution/Workflows/${a}`);
    repo.remove(`solution/Workflows/${a}.data.xml`);
    repo.write(`solution/Workflows/${b}`, json(unsecured));
    repo.write(`solution/Workflows/${b}.data.xml`, dataXml(G.renamed, 'Renamed flow', b));
    repo.write('packed/Packed_1_0_0_1.zip', await solutionZip(enumerating));
    repo.commit('head: rename + secure outputs removed, zip gains List secrets');
  });

  it('reads only the changed flows and reports what the change made worse', () => {
    const r = runCli(
      ['scan', '--base', base, '--head', 'HEAD', '--format', 'json', '--report', 'all'],
      repo.dir,
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    // base + head of the renamed flow, base + head of the zipped flow; never the untouched one.
    expect(report.summary.filesRead).toBe(4);
    const files = report.findings.map((f: { file: string }) => f.file);
    expect(files.some((f: string) => f.includes('Untouched'))).toBe(false);
    const got = report.findings.map(
      (f: { ruleId: string; status: string; file: string; entry: string | null; action: string }) => [
        f.ruleId,
        f.status,
        f.file,
        f.entry,
        f.action,
      ],
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['FG101', 'new', `solution/Workflows/NewName-${G.renamed.toUpperCase()}.json`, null, 'Get_secret'],
        [
          'FG110',
          'new',
          'packed/Packed_1_0_0_1.zip',
          `Workflows/Zipped-${G.zipped.toUpperCase()}.json`,
          'List',
        ],
      ]),
    );
    expect(report.summary.findings.new).toBe(got.filter((g: string[]) => g[1] === 'new').length);
  });

  it('compares the working tree when --head is left out', () => {
    repo.write(`solution/Workflows/Untouched-${G.untouched.toUpperCase()}.json`, json(secured));
    const r = runCli(['scan', '--base', 'HEAD', '--format', 'json'], repo.dir);
    repo.git('checkout', '--', '.');
    const report = JSON.parse(r.stdout);
    expect(report.summary.findings).toEqual({ new: 0, existing: 0, resolved: 1 });
    expect(report.findings[0]).toMatchObject({ ruleId: 'FG103', status: 'resolved' });
    expect(r.status).toBe(0);
  });

  it('exits 2 with a fetch hint when the base commit is missing from a shallow clone', () => {
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'fg-shallow-')), 'c');
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${repo.dir}`, clone]);
    const r = runCli(['scan', '--base', base], clone);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('shallow clone');
    expect(r.stderr).toContain(`git fetch --depth=1 origin ${base}`);
  });
});
