import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Report } from '../../src/findings/types.js';
import { fingerprintOf, isSummaryComment } from '../../src/github/comment-identity.js';
import { COMMENT_BODY_MAX_CHARS, STEP_SUMMARY_MAX_BYTES } from '../../src/github/github-limits.js';
import { jobSummary } from '../../src/github/job-summary-publisher.js';
import { commentBody } from '../../src/github/review-publisher.js';
import { readState, summaryBody } from '../../src/github/summary-comment-publisher.js';
import { analyseFiles, annotationLines } from '../helpers/engine-channels.js';
import { hostileTree } from '../helpers/hostile-flows.js';
import { HOSTILE_PAYLOADS } from '../report/hostile-payloads.js';

/**
 * The GitHub channels fed by the engine itself, with the shared hostile payloads planted in file,
 * trigger, action, header and secret names and URLs (test/github feeds the publishers a ready-made
 * Report; this one checks that what the rules put into messages is escaped on the way out too).
 */

const OUR_MARKUP =
  /<\/?(?:sub|br|details|summary)>|<!-- flowguard-(?:summary|fingerprint [0-9a-f]+|state [^<>]*) -->/g;
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function expectInert(markdown: string): void {
  // No markup but ours, no mention or reference GitHub would act on, nothing invisible.
  expect(markdown.replace(OUR_MARKUP, '')).not.toMatch(/</);
  expect(markdown).not.toMatch(/@[A-Za-z0-9]/);
  expect(markdown).not.toMatch(INVISIBLE);
}

describe(`GitHub channels, engine-made findings quoting ${HOSTILE_PAYLOADS.length} hostile payloads`, () => {
  let report: Report;
  let benign: Report;

  beforeAll(async () => {
    report = await analyseFiles(hostileTree(HOSTILE_PAYLOADS.map((p) => p.payload)));
    benign = await analyseFiles(hostileTree(HOSTILE_PAYLOADS.map((_, i) => `benign name ${i}`)));
    expect(report.findings.length).toBe(benign.findings.length);
  });

  it('inline review comments: one hidden marker, inert text, as many lines as with plain names', () => {
    const lines = (r: Report) => r.findings.map((f) => commentBody(f, 'RIGHT').split('\n').length);
    expect(lines(report)).toEqual(lines(benign));
    for (const f of report.findings) {
      const body = commentBody(f, 'RIGHT');
      expectInert(body);
      expect(body.match(/<!--/g)).toHaveLength(1);
      expect(fingerprintOf(body)).toBe(f.fingerprint);
    }
  });

  it('summary comment: found again by its own marker only, state read back whole, under the size limit', () => {
    const notInline = report.findings.map((finding) => ({ finding, why: 'not on a changed line' }));
    const body = summaryBody(report, [], { notInline, notes: [], headSha: 'c'.repeat(40) });
    expectInert(body);
    expect(isSummaryComment(body)).toBe(true);
    expect(body.match(/<!--/g)).toHaveLength(2);
    expect(body.length).toBeLessThanOrEqual(COMMENT_BODY_MAX_CHARS);
    expect(readState(body).map((e) => e[0])).toEqual(
      report.findings
        .filter((f) => f.status === 'new')
        .map((f) => f.fingerprint)
        .slice(0, readState(body).length),
    );
  });

  it('job summary: inert, under 1 MiB', () => {
    const text = jobSummary(report);
    expectInert(text);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(STEP_SUMMARY_MAX_BYTES);
  });

  it('annotations: each exactly one workflow command line, nothing the log viewer acts on', async () => {
    const lines = (await annotationLines(report)).split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^::(?:error|warning|notice) [^\r]*$/);
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      // The command ends at the first `::` after its properties: no forged second command.
      expect(line.indexOf('::', 2)).toBe(line.indexOf('::', line.indexOf(' ')));
    }
  });
});
