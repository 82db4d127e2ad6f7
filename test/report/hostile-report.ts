import type { Report } from '../../src/findings/types.js';
import { fixtureReport } from './report-fixture.js';

/**
 * SHARED: the fixture Report with a payload in every flow-controlled field — flow names, action names,
 * file names, zip entries and the messages that quote them. `hostileReport('benign')` has the same shape,
 * so a test can compare structure (line counts, table rows) with and without the payload.
 */
export function hostileReport(payload: string): Report {
  const report = fixtureReport();
  report.findings = report.findings.map((f) => ({
    ...f,
    message: `Action '${payload}' in flow '${payload}': ${f.message}`,
    location: {
      ...f.location,
      file: `src/Workflows/${payload}.json`,
      entry: f.location.entry === null ? null : `Workflows/${payload}.json`,
    },
    flow: { ...f.flow, name: payload },
    action: f.action === null ? null : payload,
  }));
  // The job summary's secret access map names flows, files, zip entries and actions too.
  report.secretAccess = report.findings
    .filter((f) => f.action !== null)
    .map((f) => ({
      flow: f.flow.name,
      flowKey: f.flow.key,
      file: f.location.file,
      entry: f.location.entry,
      entries: [
        { action: payload, kind: 'secret source', secureOutputs: false, inLoop: false, rules: [f.ruleId] },
      ],
    }));
  return report;
}
