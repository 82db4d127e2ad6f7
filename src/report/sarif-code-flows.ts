import type * as Sarif from 'sarif';
import type { Finding, FindingPathStep } from '../findings/types.js';
import { sarifText } from './escape.js';
import { pathStepDescription } from './secret-path-text.js';
import { sarifRegion, toUriReference } from './sarif-location.js';

/**
 * A finding's secret path as one SARIF code flow: a thread flow whose locations are the source, each hop and
 * the sink, with their lines, so a SARIF viewer (GitHub's "Show paths", VS Code's SARIF viewer) steps through
 * it. Null for findings without a path.
 */
export function sarifCodeFlows(f: Finding): Sarif.CodeFlow[] | undefined {
  if (!f.path || f.path.length === 0) return undefined;
  return [
    {
      message: { text: sarifText(`${f.path.map((s) => s.action).join(' → ')}`) },
      threadFlows: [
        {
          locations: f.path.map((step, i) => ({
            location: stepLocation(step),
            executionOrder: i + 1,
            kinds: [step.role],
          })),
        },
      ],
    },
  ];
}

/** The same steps as related locations (ids 1…n), which viewers without code-flow support list. */
export function sarifRelatedLocations(f: Finding): Sarif.Location[] {
  return (f.path ?? []).map((step, i) => ({ id: i + 1, ...stepLocation(step) }));
}

function stepLocation(step: FindingPathStep): Sarif.Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUriReference(step.file) },
      region: sarifRegion({ entry: step.entry, line: step.line, endLine: null }),
    },
    message: { text: sarifText(pathStepDescription(step)) },
  };
}
