import { describe, it } from '@jest/globals';
import { renderReport } from '../../src/report/index.js';
import { expectGolden } from './golden.js';
import { FIXTURE_RULES, fixtureReport } from './report-fixture.js';

/** Every reporter, from the one shared fixture, compared byte for byte with test/report/golden/. */
describe('golden files', () => {
  it('text', () => expectGolden('report.txt', renderReport(fixtureReport(), 'text')));
  it('text with colour', () =>
    expectGolden('report.color.txt', renderReport(fixtureReport(), 'text', { color: true })));
  it('json', () => expectGolden('report.json', renderReport(fixtureReport(), 'json')));
  it('sarif', () =>
    expectGolden('report.sarif', renderReport(fixtureReport(), 'sarif', { rules: FIXTURE_RULES })));
  it('markdown', () =>
    expectGolden('report.md', renderReport(fixtureReport(), 'markdown', { marker: 'flowguard-summary' })));
  it('markdown with the secret access map', () => {
    const report = fixtureReport();
    const rotate = report.findings.find((f) => f.action === 'Get_secret');
    if (!rotate) throw new Error('fixture changed: no Get_secret finding');
    report.secretAccess = [
      {
        flow: rotate.flow.name,
        flowKey: rotate.flow.key,
        file: rotate.location.file,
        entry: null,
        entries: [
          {
            action: 'Get_secret',
            kind: 'secret source',
            secureOutputs: false,
            inLoop: false,
            rules: ['FG101'],
          },
          {
            action: 'List_secrets',
            kind: 'enumeration',
            secureOutputs: true,
            inLoop: true,
            rules: ['FG110'],
          },
        ],
      },
    ];
    expectGolden('report.access-map.md', renderReport(report, 'markdown', { secretAccessMap: true }));
    expectGolden('report.access-map.json', renderReport(report, 'json'));
  });
  it('azure-devops', () =>
    expectGolden('report.azure-devops.txt', renderReport(fixtureReport(), 'azure-devops')));
});
