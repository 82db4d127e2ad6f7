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
  it('azure-devops', () =>
    expectGolden('report.azure-devops.txt', renderReport(fixtureReport(), 'azure-devops')));
});
