import type { AnnotationProperties } from '@actions/core';
import { needsAction } from '../findings/channel-filters.js';
import type { Finding, Report } from '../findings/types.js';
import { severityRank, type Severity } from '../rules/severity.js';
import { escapeTerminal } from '../report/escape.js';
import { clip } from '../report/finding-text.js';
import { ANNOTATIONS_PER_LEVEL_PER_STEP } from './github-limits.js';
import type { PublishResult, Publisher } from './publisher.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** @actions/core's error/warning/notice; a parameter so tests can watch the calls. */
export type AnnotationSink = Record<
  AnnotationLevel,
  (message: string, properties: AnnotationProperties) => void
>;

const LEVEL: Record<Severity, AnnotationLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};
const MESSAGE_LIMIT = 1000;
const NAME_LIMIT = 100;

/**
 * One workflow-command annotation per reported finding, most severe first, on the finding's file and lines.
 * GitHub shows ANNOTATIONS_PER_LEVEL_PER_STEP per level; more would only clutter the log, so the rest are
 * counted in one notice that points at the job summary and the SARIF file, which carry every finding.
 *
 * @actions/core applies the workflow-command escaping (`%`, CR, LF, and `:`/`,` in properties) — the
 * toolkit half of escapeWorkflowCommandData — so text is handed over after escapeTerminal, which shows
 * control, bidi and invisible characters as visible codes; escaping twice would print `%25` to the reader.
 */
export class AnnotationsPublisher implements Publisher {
  readonly name = 'annotations';

  constructor(
    private readonly sink: AnnotationSink,
    /** Notice slots already taken in this step (the action's own notices about skipped publishing). */
    private readonly reservedNotices = 0,
  ) {}

  async publish(report: Report): Promise<PublishResult> {
    const findings = report.findings
      .filter(needsAction)
      .sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
    if (findings.length === 0)
      return { publisher: this.name, status: 'skipped', reason: 'no findings to annotate' };
    const room: Record<AnnotationLevel, number> = {
      error: ANNOTATIONS_PER_LEVEL_PER_STEP,
      warning: ANNOTATIONS_PER_LEVEL_PER_STEP,
      // One notice slot is kept for the "N more" line.
      notice: Math.max(0, ANNOTATIONS_PER_LEVEL_PER_STEP - this.reservedNotices - 1),
    };
    let shown = 0;
    for (const f of findings) {
      const level = LEVEL[f.severity];
      if (room[level] === 0) continue;
      room[level]--;
      shown++;
      this.sink[level](annotationMessage(f), annotationProperties(f));
    }
    const rest = findings.length - shown;
    if (rest > 0) {
      this.sink.notice(
        `flowguard: ${rest} more finding${rest === 1 ? '' : 's'} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL_PER_STEP} annotations per level per step); the job summary and the SARIF file list every finding.`,
        { title: 'flowguard: more findings' },
      );
    }
    return {
      publisher: this.name,
      status: 'posted',
      reason: `${shown} annotations${rest > 0 ? `, ${rest} more in the job summary and SARIF` : ''}`,
    };
  }
}

export function annotationMessage(f: Finding): string {
  const where = [`flow ${clip(f.flow.name, NAME_LIMIT)}`];
  if (f.location.entry !== null)
    where.push(
      `zip entry ${clip(f.location.entry, 200)}${f.location.line === null ? '' : ` line ${f.location.line}`}`,
    );
  return escapeTerminal(`${clip(f.message, MESSAGE_LIMIT)} (${where.join('; ')})`);
}

export function annotationProperties(f: Finding): AnnotationProperties {
  const subject = f.action === null ? '' : `: ${clip(f.action, NAME_LIMIT)}`;
  const props: AnnotationProperties = {
    title: escapeTerminal(`${f.ruleId} ${f.rule} (${f.severity})${subject}`),
    file: escapeTerminal(f.location.file),
  };
  // A zip entry's lines are not lines of the zip file.
  if (f.location.entry === null && f.location.line !== null) {
    props.startLine = f.location.line;
    props.endLine = f.location.endLine ?? f.location.line;
  }
  return props;
}
