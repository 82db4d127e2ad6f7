import { afterEach, describe, expect, it, jest } from '@jest/globals';
import * as core from '@actions/core';
import { AnnotationsPublisher } from '../../src/github/annotations-publisher.js';
import { fingerprintOf, isSummaryComment } from '../../src/github/comment-identity.js';
import { jobSummary } from '../../src/github/job-summary-publisher.js';
import { commentBody } from '../../src/github/review-publisher.js';
import { readState, summaryBody } from '../../src/github/summary-comment-publisher.js';
import { HOSTILE_PAYLOADS } from '../report/hostile-payloads.js';
import { hostileReport } from '../report/hostile-report.js';

/** Tags our own Markdown uses; any other `<` in a body would be flow content that got through raw. */
const OUR_TAGS =
  /<\/?(?:sub|br|details|summary)>|<!-- flowguard-(?:summary|fingerprint [0-9a-f]+|state [^<>]*) -->/g;

function checkMarkdown(body: string): void {
  expect(body.replace(OUR_TAGS, '')).not.toMatch(/</);
  // Mentions and references are defused (GitHub would ping or link them).
  expect(body).not.toMatch(/@[A-Za-z0-9]/);
  // Nothing invisible or steering survives.
  expect(body).not.toMatch(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u2028\u2029]/,
  );
}

describe.each(HOSTILE_PAYLOADS)('hostile flow content in GitHub outputs: $name', ({ payload }) => {
  const hostile = hostileReport(payload);
  const benign = hostileReport('benign');
  const lines = (s: string): number => s.split('\n').length;

  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('does not break an inline review comment', () => {
    hostile.findings.forEach((f, i) => {
      const body = commentBody(f, 'RIGHT');
      checkMarkdown(body);
      expect(fingerprintOf(body)).toBe(f.fingerprint);
      expect(body.match(/<!--/g)).toHaveLength(1);
      expect(lines(body)).toBe(lines(commentBody(benign.findings[i], 'RIGHT')));
    });
  });

  it('does not break the summary comment, its marker or its state', () => {
    const notInline = hostile.findings.map((finding) => ({ finding, why: `not on a line: ${payload}` }));
    const body = summaryBody(hostile, [], { notInline, notes: [payload], headSha: 'b'.repeat(40) });
    checkMarkdown(body);
    expect(isSummaryComment(body)).toBe(true);
    expect(body.match(/<!-- flowguard-summary -->/g)).toHaveLength(1);
    expect(body.match(/<!-- flowguard-state /g)).toHaveLength(1);
    // The state reads back exactly what was written, names included.
    const state = readState(body);
    expect(state.map((e) => e[0])).toEqual(
      hostile.findings.filter((f) => f.status === 'new').map((f) => f.fingerprint),
    );
    expect(state[0][4]).toBe([...payload].length > 80 ? `${[...payload].slice(0, 79).join('')}…` : payload);
    const benignBody = summaryBody(benign, [], {
      notInline: benign.findings.map((finding) => ({ finding, why: 'not on a line: benign' })),
      notes: ['benign'],
      headSha: 'b'.repeat(40),
    });
    expect(lines(body)).toBe(lines(benignBody));
  });

  it('does not break the job summary', () => {
    const text = jobSummary(hostile, { notes: [payload] });
    checkMarkdown(text);
    expect(lines(text)).toBe(lines(jobSummary(benign, { notes: ['benign'] })));
  });

  it('emits each annotation as exactly one workflow command', async () => {
    const written: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    await new AnnotationsPublisher({ error: core.error, warning: core.warning, notice: core.notice }).publish(
      hostile,
    );
    jest.restoreAllMocks();
    expect(written.length).toBe(hostile.findings.filter((f) => f.status !== 'resolved').length);
    for (const w of written) {
      // One line, a command we issued, no control characters for the log viewer to act on.
      expect(w).toMatch(/^::(?:error|warning|notice) [^\n\r]*\n$/);
      expect(w.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(w.indexOf('::', 2)).toBe(w.indexOf('::', w.indexOf(' ')));
    }
  });
});
