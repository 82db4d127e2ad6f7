import type { Report } from '../findings/types.js';
import { escapeMarkdown } from '../report/escape.js';
import { clip } from '../report/finding-text.js';
import { renderReport } from '../report/index.js';
import { STEP_SUMMARY_MAX_BYTES } from './github-limits.js';
import type { PublishResult, Publisher } from './publisher.js';
import { renderSecretAccessMap, secretAccessMap } from '../report/secret-access-map.js';

/** Appends Markdown to the step's job summary (core.summary in the action); null when there is none. */
export type SummarySink = ((markdown: string) => Promise<void>) | null;

export interface JobSummaryOptions {
  /** Plain-text lines about the run (what was skipped and why); escaped here. */
  notes?: readonly string[];
}

/** Headroom for the sink's own additions and rounding: the limit is GitHub's, not ours to touch. */
const MARGIN_BYTES = 4096;
/** A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4 bytes). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * The job summary: the findings table (the Markdown report) and the secret access map, kept under
 * STEP_SUMMARY_MAX_BYTES by giving the report only the bytes the other parts leave.
 */
export class JobSummaryPublisher implements Publisher {
  readonly name = 'job summary';

  constructor(
    private readonly sink: SummarySink,
    private readonly options: JobSummaryOptions = {},
  ) {}

  async publish(report: Report): Promise<PublishResult> {
    if (!this.sink)
      return { publisher: this.name, status: 'skipped', reason: 'GITHUB_STEP_SUMMARY is not set' };
    try {
      await this.sink(jobSummary(report, this.options));
    } catch (err) {
      // The summary is one channel among several: failing to write it must not take the gate down with it.
      return { publisher: this.name, status: 'degraded', reason: `not written — ${(err as Error).message}` };
    }
    return { publisher: this.name, status: 'posted', reason: 'job summary written' };
  }
}

export function jobSummary(report: Report, options: JobSummaryOptions = {}): string {
  let map = renderSecretAccessMap(secretAccessMap(report));
  const notes = (options.notes ?? []).map((n) => `> ${escapeMarkdown(clip(n, 500))}\n`).join('');
  const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
  let room = STEP_SUMMARY_MAX_BYTES - MARGIN_BYTES - bytes(notes) - bytes(map);
  if (room < STEP_SUMMARY_MAX_BYTES / 2) {
    // The findings table matters more than the map: never let the map squeeze it.
    map = '### 🔐 Secret access map\n\nToo large for the job summary; see the SARIF file.\n';
    room = STEP_SUMMARY_MAX_BYTES - MARGIN_BYTES - bytes(notes) - bytes(map);
  }
  const markdown = renderReport(report, 'markdown', { maxLength: Math.floor(room / MAX_BYTES_PER_UNIT) });
  return `${markdown}\n${map}\n${notes}`;
}
