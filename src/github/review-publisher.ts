import { needsAction } from '../findings/channel-filters.js';
import { pathChain } from '../report/secret-path-text.js';
import type { Finding, FindingLocation, Report } from '../findings/types.js';
import { ruleDocUrl } from '../report/doc-links.js';
import { escapeMarkdown } from '../report/escape.js';
import { clip } from '../report/finding-text.js';
import { fingerprintMarker, fingerprintOf, isAuthor } from './comment-identity.js';
import { PullRequestDiff, type PullRequestFile } from './diff-hunks.js';
import { MAX_INLINE_COMMENTS, MAX_PER_PAGE, MAX_PULL_REQUEST_FILES } from './github-limits.js';
import type { GitHubClient } from './octokit-client.js';
import { httpStatus } from './octokit-client.js';
import { describeApiFailure, degradeOnApiError, type PublishResult, type Publisher } from './publisher.js';

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  /** The PR head commit: the review's `commit_id` (never GITHUB_SHA, the test merge commit). */
  headSha: string;
}

/** A reported finding that has no inline comment, and why; the summary comment lists these. */
export interface NotInline {
  finding: Finding;
  why: string;
}

export interface ReviewResult extends PublishResult {
  notInline: NotInline[];
  /** Fingerprints with an inline comment, posted in this run or an earlier one. */
  commented: Set<string>;
}

interface ReviewComment {
  path: string;
  line: number;
  side: 'LEFT' | 'RIGHT';
  body: string;
}

const SEVERITY_ICON = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' } as const;
const RULE_ID = /^FG\d{3}$/;
/** Code points of flow-controlled text in one comment: bounded far below the 65,536-character body limit. */
const MESSAGE_LIMIT = 2000;
const NAME_LIMIT = 200;

/**
 * One review per run with the COMMENT event: an inline comment for each reported finding that sits on a
 * line of the PR's diff and has not been commented on in an earlier run (found by the hidden fingerprint
 * marker on our own comments), at most MAX_INLINE_COMMENTS. Everything else is returned in `notInline`
 * for the summary comment — a finding is never lost.
 */
export class ReviewPublisher implements Publisher<ReviewResult> {
  readonly name = 'review';

  constructor(
    private readonly client: GitHubClient,
    private readonly pr: PullRequestRef,
    private readonly author: string,
  ) {}

  async publish(report: Report): Promise<ReviewResult> {
    // A suppressed finding was accepted with a reason: it is in the summary comment, never an inline comment.
    const candidates = report.findings.filter(needsAction);
    const everything = (why: string): NotInline[] => candidates.map((finding) => ({ finding, why }));
    if (candidates.length === 0) return this.result('skipped', 'no findings to comment on', [], new Set());
    return degradeOnApiError(
      this.name,
      async () => {
        const [diff, earlier] = await Promise.all([this.diff(), this.commentedFingerprints()]);
        const { comments, notInline } = this.plan(candidates, diff, earlier);
        const reported = new Set(candidates.map((f) => f.fingerprint));
        const commented = new Set([...earlier].filter((fp) => reported.has(fp)));
        if (comments.length === 0) {
          const reason =
            commented.size > 0
              ? 'every finding on a changed line already has a comment'
              : 'no finding is on a line this pull request changed';
          return this.result('skipped', reason, notInline, commented);
        }
        return this.post(comments, notInline, commented);
      },
      (reason) =>
        this.result(
          'degraded',
          `not posted — ${reason}`,
          everything('the review could not be posted'),
          new Set(),
        ),
    );
  }

  private result(
    status: ReviewResult['status'],
    reason: string,
    notInline: NotInline[],
    commented: Set<string>,
  ): ReviewResult {
    return { publisher: this.name, status, reason, notInline, commented };
  }

  private async diff(): Promise<PullRequestDiff> {
    const files = (await this.client.paginate(this.client.rest.pulls.listFiles, {
      owner: this.pr.owner,
      repo: this.pr.repo,
      pull_number: this.pr.number,
      per_page: MAX_PER_PAGE,
    })) as PullRequestFile[];
    return new PullRequestDiff(files);
  }

  private async commentedFingerprints(): Promise<Set<string>> {
    const comments = await this.client.paginate(this.client.rest.pulls.listReviewComments, {
      owner: this.pr.owner,
      repo: this.pr.repo,
      pull_number: this.pr.number,
      per_page: MAX_PER_PAGE,
    });
    const fps = new Set<string>();
    for (const c of comments) {
      const fp = isAuthor(c, this.author) ? fingerprintOf(c.body) : null;
      if (fp) fps.add(fp);
    }
    return fps;
  }

  private plan(
    candidates: Finding[],
    diff: PullRequestDiff,
    earlier: Set<string>,
  ): { comments: (ReviewComment & { finding: Finding })[]; notInline: NotInline[] } {
    const comments: (ReviewComment & { finding: Finding })[] = [];
    const notInline: NotInline[] = [];
    for (const finding of candidates) {
      if (earlier.has(finding.fingerprint)) continue; // commented in an earlier run: not again
      const anchor = anchorOf(finding, diff);
      if (!anchor) notInline.push({ finding, why: whyUnanchored(finding, diff) });
      else if (comments.length >= MAX_INLINE_COMMENTS)
        notInline.push({ finding, why: `over the limit of ${MAX_INLINE_COMMENTS} inline comments per run` });
      else comments.push({ ...anchor, body: commentBody(finding, anchor.side), finding });
    }
    return { comments, notInline };
  }

  private async post(
    comments: (ReviewComment & { finding: Finding })[],
    notInline: NotInline[],
    commented: Set<string>,
  ): Promise<ReviewResult> {
    const request = (withComments: ReviewComment[], body: string) =>
      this.client.rest.pulls.createReview({
        owner: this.pr.owner,
        repo: this.pr.repo,
        pull_number: this.pr.number,
        commit_id: this.pr.headSha,
        event: 'COMMENT',
        body,
        comments: withComments.map(({ path, line, side, body: text }) => ({ path, line, side, body: text })),
      });
    try {
      await request(comments, reviewBody(comments.length));
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
      // GitHub rejects the whole review when one position is outside its view of the diff and does not say
      // which; the comments move to the summary comment and the review is posted once without them.
      const moved = comments.map(({ finding, path, line, side }) => ({
        finding,
        why: `GitHub rejected the inline position ${path}:${line} (${side} side) with 422`,
      }));
      await request([], rejectedReviewBody(comments.length, describeApiFailure(err)));
      return this.result(
        'degraded',
        `posted without its ${comments.length} inline comments — GitHub rejected their positions (422); the summary comment lists them`,
        [...notInline, ...moved],
        commented,
      );
    }
    for (const c of comments) commented.add(c.finding.fingerprint);
    return this.result(
      'posted',
      `${comments.length} inline comment${comments.length === 1 ? '' : 's'} on ${this.pr.headSha.slice(0, 7)}`,
      notInline,
      commented,
    );
  }
}

/**
 * Where a finding's comment goes. A finding about something the change removed goes on a deleted line of
 * its base location (LEFT side); any other finding on a line of its head location (RIGHT side): an added
 * line if the span has one, else its first line if the diff shows it as context. Zip entries have no lines
 * in the diff.
 */
export function anchorOf(
  f: Finding,
  diff: PullRequestDiff,
): { path: string; line: number; side: 'LEFT' | 'RIGHT' } | null {
  if (f.baseLocation) {
    const file = lineSpan(f.baseLocation) && diff.base(f.baseLocation.file);
    const line = file ? pick(file.deleted, file.left, f.baseLocation) : null;
    if (file && line !== null) return { path: file.path, line, side: 'LEFT' };
  }
  const file = lineSpan(f.location) && diff.head(f.location.file);
  const line = file ? pick(file.added, file.right, f.location) : null;
  return file && line !== null ? { path: file.path, line, side: 'RIGHT' } : null;
}

function lineSpan(loc: FindingLocation): boolean {
  return loc.entry === null && loc.line !== null;
}

function pick(changed: Set<number>, commentable: Set<number>, loc: FindingLocation): number | null {
  const first = loc.line!;
  const last = Math.max(first, loc.endLine ?? first);
  for (let l = first; l <= last; l++) if (changed.has(l)) return l;
  if (commentable.has(first)) return first;
  for (let l = first; l <= last; l++) if (commentable.has(l)) return l;
  return null;
}

function whyUnanchored(f: Finding, diff: PullRequestDiff): string {
  if (f.location.entry !== null) return 'inside a zip file, which has no lines in the diff';
  if (f.location.line === null) return 'about the flow as a whole, not a line';
  // The review compared the commits themselves; only GitHub's list of files, for anchoring, stops early.
  const listed = diff.head(f.location.file) || (f.baseLocation && diff.base(f.baseLocation.file));
  if (!listed && diff.size >= MAX_PULL_REQUEST_FILES)
    return `in a file past the first ${MAX_PULL_REQUEST_FILES} that GitHub lists for a pull request`;
  return 'not on a line this pull request changed';
}

function ruleLabel(f: Finding): string {
  return RULE_ID.test(f.ruleId)
    ? `[${f.ruleId}](${ruleDocUrl(f.ruleId)}) ${escapeMarkdown(f.rule)}`
    : escapeMarkdown(`${f.ruleId} ${f.rule}`);
}

/** One inline comment: hidden fingerprint, severity and rule, the (already masked) message, flow and action. */
export function commentBody(f: Finding, side: 'LEFT' | 'RIGHT'): string {
  const where = [`Flow: ${escapeMarkdown(clip(f.flow.name, NAME_LIMIT))}`];
  if (f.action !== null) where.push(`action: ${escapeMarkdown(clip(f.action, NAME_LIMIT))}`);
  const lines = [
    fingerprintMarker(f.fingerprint),
    `**${SEVERITY_ICON[f.severity]} ${f.severity} · ${ruleLabel(f)}**`,
    '',
    escapeMarkdown(clip(f.message, MESSAGE_LIMIT)),
    '',
    // The secret's path, e.g. `Get_secret → Set_variable → Send_an_email`.
    ...(f.path?.length ? [`Path: ${escapeMarkdown(clip(pathChain(f.path), MESSAGE_LIMIT))}`, ''] : []),
    `<sub>${where.join(' · ')}${side === 'LEFT' ? ' · this line was removed by the pull request' : ''}</sub>`,
  ];
  return lines.join('\n');
}

function reviewBody(count: number): string {
  return `🛡️ **flowguard** left ${count} inline comment${count === 1 ? '' : 's'} on this change. The summary comment lists every finding and the gate result.`;
}

function rejectedReviewBody(count: number, failure: string): string {
  return (
    `🛡️ **flowguard** found ${count} finding${count === 1 ? '' : 's'} on changed lines, but GitHub did not accept ` +
    `their positions (${escapeMarkdown(failure)}). They are listed in the summary comment.`
  );
}
