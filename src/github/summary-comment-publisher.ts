import type { Finding, Report } from '../findings/types.js';
import { isSeverity } from '../rules/severity.js';
import { ruleIndexUrl } from '../report/doc-links.js';
import { escapeHtmlComment, escapeMarkdown } from '../report/escape.js';
import { clip } from '../report/finding-text.js';
import { renderReport } from '../report/index.js';
import { isAuthor, isSummaryComment, SUMMARY_MARKER } from './comment-identity.js';
import { COMMENT_BODY_MAX_CHARS, MAX_PER_PAGE } from './github-limits.js';
import type { GitHubClient } from './octokit-client.js';
import { degradeOnApiError, type PublishResult, type Publisher } from './publisher.js';
import type { NotInline, PullRequestRef } from './review-publisher.js';

export interface SummaryCommentOptions {
  /** Findings the review did not comment on inline, with why (review mode). */
  notInline?: readonly NotInline[];
  /** Short notes for the reader (e.g. what the run could not publish). Plain text; escaped here. */
  notes?: readonly string[];
  runUrl?: string | null;
}

/**
 * Hidden state carried from run to run: the findings this PR introduced, so a later push that removes one
 * shows it as resolved (the engine compares with the PR base, where it never was). Entries:
 * [fingerprint, ruleId, rule, severity, flow name, action, file, fixed (1/0)].
 */
type StateEntry = [string, string, string, string, string, string | null, string, number];
const STATE_PREFIX = '<!-- flowguard-state ';
// escapeHtmlComment leaves no `<` or `>` inside: the state runs to the first `>`, at the end of our body.
const STATE = /<!-- flowguard-state ([^<>]*) -->\s*$/;
/** Characters the state may take from the comment; the oldest fixed entries are dropped first. Our choice. */
const STATE_MAX_CHARS = 20_000;
const LIST_LIMIT = 50;
const NAME_LIMIT = 80;

/**
 * Exactly one summary comment per PR: found again by the hidden marker at its start on a comment by our
 * own login, and edited in place on every run; created on the first.
 */
export class SummaryCommentPublisher implements Publisher {
  readonly name = 'summary comment';

  constructor(
    private readonly client: GitHubClient,
    private readonly pr: PullRequestRef,
    private readonly author: string,
    private readonly options: SummaryCommentOptions = {},
  ) {}

  async publish(report: Report): Promise<PublishResult> {
    return this.upsert((previous) =>
      summaryBody(report, readState(previous), { ...this.options, headSha: this.pr.headSha }),
    );
  }

  /**
   * A run that could not finish replaces the summary comment with that failure: an earlier run's
   * "Gate passed" must not stand on the PR as if it were this commit's. The hidden state is kept, so the
   * next run that finishes still knows what the PR introduced.
   */
  async publishFailure(error: string): Promise<PublishResult> {
    return this.upsert((previous) =>
      failureBody(error, previous, this.options.runUrl ?? null, this.pr.headSha),
    );
  }

  /**
   * Edits our summary comment (found by the marker, on a comment by our own login) or creates it — only
   * while this run's commit is the PR's head: runs for two quick pushes can finish in either order, and the
   * later-finishing run for the older commit must not put its result on the PR as the current one.
   */
  private async upsert(bodyFor: (previous: string) => string): Promise<PublishResult> {
    return degradeOnApiError(this.name, async () => {
      const { owner, repo, number } = this.pr;
      const { data: pull } = await this.client.rest.pulls.get({ owner, repo, pull_number: number });
      if (pull.head.sha !== this.pr.headSha) {
        return {
          publisher: this.name,
          status: 'skipped',
          reason: `the pull request's head is now ${pull.head.sha.slice(0, 7)}: the run for that commit writes the summary`,
        };
      }
      const comments = await this.client.paginate(this.client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: number,
        per_page: MAX_PER_PAGE,
      });
      const ours = comments.find((c) => isAuthor(c, this.author) && isSummaryComment(c.body));
      const body = bodyFor(ours?.body ?? '');
      if (ours) {
        await this.client.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
        return { publisher: this.name, status: 'posted', reason: `updated comment ${ours.id}` };
      }
      const { data } = await this.client.rest.issues.createComment({
        owner,
        repo,
        issue_number: number,
        body,
      });
      return { publisher: this.name, status: 'posted', reason: `created comment ${data.id}` };
    });
  }
}

/** The comment of a run that could not finish: the marker, the failure, footer and the previous state. */
export function failureBody(error: string, previous: string, runUrl: string | null, headSha: string): string {
  return [
    `<!-- ${SUMMARY_MARKER} -->`,
    '## 🛡️ flowguard security review',
    '',
    `❌ **Gate failed**: flowguard could not review commit ${headSha.slice(0, 7)}: ${escapeMarkdown(clip(error, 1000))}`,
    '',
    'No result is shown for this commit; the workflow run has the details.',
    '',
    '---',
    footer(runUrl, headSha),
    encodeState(readState(previous)),
    '',
  ].join('\n');
}

/** The comment body: the Markdown report (with the marker), what is not inline, notes, footer, state. */
export function summaryBody(
  report: Report,
  previous: StateEntry[],
  options: SummaryCommentOptions & { headSha: string },
): string {
  const { shown, state } = withFixedSinceLastRun(report, previous);
  const extra = [...notInlineSection(options.notInline ?? []), ...notesSection(options.notes ?? [])];
  extra.push('---', footer(options.runUrl ?? null, options.headSha), encodeState(state), '');
  const tail = extra.join('\n');
  const markdown = renderReport(shown, 'markdown', {
    marker: SUMMARY_MARKER,
    maxLength: COMMENT_BODY_MAX_CHARS - tail.length - 2,
  });
  return `${markdown}\n${tail}`;
}

function withFixedSinceLastRun(
  report: Report,
  previous: StateEntry[],
): { shown: Report; state: StateEntry[] } {
  const present = new Set(report.findings.map((f) => f.fingerprint));
  const current: StateEntry[] = report.findings
    .filter((f) => f.status === 'new')
    .map((f) => [
      f.fingerprint,
      f.ruleId,
      f.rule,
      f.severity,
      clip(f.flow.name, NAME_LIMIT),
      f.action === null ? null : clip(f.action, NAME_LIMIT),
      clip(f.location.file, 160),
      0,
    ]);
  const fixed: StateEntry[] = previous
    .filter((e) => !present.has(e[0]))
    .map((e) => [...e.slice(0, 7), 1] as StateEntry);
  const resolved: Finding[] = fixed.map(([fingerprint, ruleId, rule, severity, flow, action, file]) => ({
    ruleId,
    rule,
    severity: isSeverity(severity) ? severity : 'info',
    status: 'resolved',
    message: 'Fixed by a later push to this pull request.',
    location: { file, entry: null, path: null, line: null, endLine: null },
    flow: { id: null, name: flow, key: '' },
    action,
    fingerprint,
  }));
  const counts = report.summary.findings;
  const shown: Report = {
    ...report,
    findings: [...report.findings, ...resolved],
    summary: { ...report.summary, findings: { ...counts, resolved: counts.resolved + resolved.length } },
  };
  return { shown, state: [...current, ...fixed] };
}

function notInlineSection(items: readonly NotInline[]): string[] {
  if (items.length === 0) return [];
  const lines = [`### Not commented inline (${items.length})`, ''];
  for (const { finding: f, why } of items.slice(0, LIST_LIMIT)) {
    const action = f.action === null ? '' : ` · ${escapeMarkdown(clip(f.action, NAME_LIMIT))}`;
    lines.push(
      `- ${escapeMarkdown(`${f.ruleId} ${f.rule}`)} · ${escapeMarkdown(clip(f.flow.name, NAME_LIMIT))}${action}: ${escapeMarkdown(clip(why, 300))}`,
    );
  }
  if (items.length > LIST_LIMIT) lines.push(`- … and ${items.length - LIST_LIMIT} more`);
  lines.push('');
  return lines;
}

function notesSection(notes: readonly string[]): string[] {
  return notes.length === 0 ? [] : [...notes.map((n) => `> ${escapeMarkdown(clip(n, 500))}`), ''];
}

function footer(runUrl: string | null, headSha: string): string {
  const parts = [
    `Rules and fixes: [flowguard rule documentation](${ruleIndexUrl()})`,
    `commit ${headSha.slice(0, 7)}`,
  ];
  if (runUrl && /^https?:\/\/[^\s)<>]+$/.test(runUrl)) parts.push(`[workflow run](${runUrl})`);
  return `<sub>${parts.join(' · ')}</sub>`;
}

/**
 * The state is data, not text for a reader: percent-encoded as a whole (no `@`, `#` or spaces that a
 * renderer or linker could act on, even hidden), then made safe for the HTML comment it sits in.
 */
function encodeEntries(entries: StateEntry[]): string {
  return escapeHtmlComment(encodeURIComponent(JSON.stringify(entries)));
}

function encodeState(entries: StateEntry[]): string {
  // Current findings come first, so the oldest fixed ones are the ones left out when space runs out.
  const kept: StateEntry[] = [];
  let size = 6;
  for (const e of entries) {
    size += encodeEntries([e]).length;
    if (size > STATE_MAX_CHARS) break;
    kept.push(e);
  }
  return `${STATE_PREFIX}${encodeEntries(kept)} -->`;
}

/** Reads the state of our previous comment; anything malformed counts as no state. */
export function readState(body: string): StateEntry[] {
  const m = STATE.exec(body);
  if (!m) return [];
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(decodeURIComponent(m[1])));
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (e): e is StateEntry =>
        Array.isArray(e) &&
        e.length === 8 &&
        e.every((v, i) =>
          i === 5
            ? v === null || typeof v === 'string'
            : i === 7
              ? v === 0 || v === 1
              : typeof v === 'string',
        ),
    );
  } catch {
    return [];
  }
}
