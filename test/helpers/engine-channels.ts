import type { AnnotationProperties } from '@actions/core';
import { analyse } from '../../src/engine/analyse.js';
import { buildRevision } from '../../src/engine/revision.js';
import type { Report } from '../../src/findings/types.js';
import { AnnotationsPublisher } from '../../src/github/annotations-publisher.js';
import { jobSummary } from '../../src/github/job-summary-publisher.js';
import { commentBody } from '../../src/github/review-publisher.js';
import { summaryBody } from '../../src/github/summary-comment-publisher.js';
import { renderReport, REPORT_FORMATS } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import { readTree } from '../../src/sources/read-tree.js';
import type { ReadLimits, SourceTree } from '../../src/sources/types.js';

/**
 * The whole engine on in-memory files, and every channel a report reaches: the four reporters and the
 * GitHub publishers' bodies (inline review comments, summary comment, job summary, annotations as the
 * workflow commands @actions/core writes). Shared by the fuzz, masking and hostile-key tests.
 */

export type Files = Record<string, string | Buffer>;

/** A SourceTree over a plain object; keys are tree paths. */
export function memoryTree(files: Files): SourceTree {
  const own = (p: string): boolean => Object.prototype.hasOwnProperty.call(files, p);
  return {
    list: async () => Object.keys(files).sort(),
    read: async (p) => {
      if (!own(p)) throw Object.assign(new Error(`${p}: missing`), { code: 'ENOENT' });
      const v = files[p];
      return typeof v === 'string' ? Buffer.from(v, 'utf8') : v;
    },
    size: async (p) => {
      if (!own(p)) throw Object.assign(new Error(`${p}: missing`), { code: 'ENOENT' });
      const v = files[p];
      return typeof v === 'string' ? Buffer.byteLength(v) : v.length;
    },
  };
}

/**
 * Reads, models and analyses `head` (against `base` when given), as the CLI does for two folders, with
 * `--report all` so that existing findings reach the channels too.
 */
export async function analyseFiles(
  head: Files,
  base: Files | null = null,
  limits: Partial<ReadLimits> = {},
): Promise<Report> {
  const headRev = buildRevision(await readTree(memoryTree(head), { limits }));
  const baseRev = base ? buildRevision(await readTree(memoryTree(base), { limits })) : null;
  return analyse(headRev, baseRev, {
    failOn: 'high',
    report: 'all',
    rules: { allowedHosts: [], privilegedConnectors: [] },
  });
}

/** The workflow-command lines @actions/core prints for the report's annotations, captured from stdout. */
export async function annotationLines(report: Report): Promise<string> {
  const core = await import('@actions/core');
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => (
    written.push(String(chunk)),
    true
  )) as typeof write;
  try {
    await new AnnotationsPublisher({ error: core.error, warning: core.warning, notice: core.notice }).publish(
      report,
    );
  } finally {
    process.stdout.write = write;
  }
  return written.join('');
}

/** Every channel's text for one report, by name. */
export async function renderChannels(report: Report): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const rules = RULES.map((r) => r.meta);
  for (const format of REPORT_FORMATS) {
    out[format] = renderReport(report, format, { rules, marker: 'flowguard-summary' });
  }
  out.textColour = renderReport(report, 'text', { color: true });
  out.reviewComments = report.findings.map((f) => commentBody(f, 'RIGHT')).join('\n');
  const notInline = report.findings.map((finding) => ({ finding, why: 'not on a changed line' }));
  out.summaryComment = summaryBody(report, [], { notInline, notes: [], headSha: 'b'.repeat(40) });
  out.jobSummary = jobSummary(report);
  out.annotations = await annotationLines(report);
  return out;
}

/** Annotation properties as a recording sink sees them (before @actions/core escapes them). */
export function recordingSink(): {
  calls: Array<{ message: string; props: AnnotationProperties }>;
  sink: ConstructorParameters<typeof AnnotationsPublisher>[0];
} {
  const calls: Array<{ message: string; props: AnnotationProperties }> = [];
  const record = (message: string, props: AnnotationProperties): void => void calls.push({ message, props });
  return { calls, sink: { error: record, warning: record, notice: record } };
}
