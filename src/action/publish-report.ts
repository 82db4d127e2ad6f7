import type { Report } from '../findings/types.js';
import type { SarifRuleInfo } from '../report/index.js';
import type { ActionInputs } from './action-inputs.js';
import { AnnotationsPublisher, type AnnotationSink } from '../github/annotations-publisher.js';
import { commentAuthor } from '../github/comment-identity.js';
import type { RunContext } from './event-context.js';
import { JobSummaryPublisher, type SummarySink } from '../github/job-summary-publisher.js';
import { createGitHubClient } from '../github/octokit-client.js';
import type { PublishResult } from '../github/publisher.js';
import { ReviewPublisher, type NotInline } from '../github/review-publisher.js';
import { SarifFilePublisher } from '../github/sarif-file-publisher.js';
import { SummaryCommentPublisher } from '../github/summary-comment-publisher.js';

export interface PublishContext {
  inputs: ActionInputs;
  run: RunContext;
  rules: readonly SarifRuleInfo[];
  /** Notes from the scan (e.g. the PR changes the config file). */
  notes: string[];
  annotate: AnnotationSink;
  jobSummary: SummarySink;
  /** The action's own notices about what was skipped (core.notice). */
  notice: (message: string) => void;
  log: (message: string) => void;
}

/**
 * Hands the report to every publisher, in the order their outputs depend on one another: the SARIF file
 * first (nothing can stop it), the review (which tells the summary comment what it could not place inline),
 * the summary comment, then annotations and the job summary, which say what the API calls could not do.
 */
export async function publishReport(report: Report, ctx: PublishContext): Promise<PublishResult[]> {
  const { inputs, run } = ctx;
  const results: PublishResult[] = [
    await new SarifFilePublisher(inputs.sarifFile, ctx.rules).publish(report),
  ];
  const skip = (publisher: string, reason: string): PublishResult => ({
    publisher,
    status: 'skipped',
    reason,
  });
  const target = run.target;
  if (inputs.comment === 'none') results.push(skip('PR comments', 'input "comment" is none'));
  else if (target.kind !== 'pull-request')
    results.push(skip('PR comments', `a ${run.eventName || 'local'} run has no pull request to comment on`));
  else if (!inputs.token)
    results.push({
      publisher: 'PR comments',
      status: 'degraded',
      reason: 'not posted — input "github-token" is empty',
    });
  else {
    const { client, author, pr } = await commentTarget(inputs.token, run, target, ctx.log);
    let notInline: NotInline[] | undefined;
    if (inputs.comment === 'review') {
      const review = await new ReviewPublisher(client, pr, author).publish(report);
      notInline = review.notInline;
      results.push(review);
    }
    const notes = [...ctx.notes, ...degradedNotes(results)];
    results.push(
      await new SummaryCommentPublisher(client, pr, author, { notInline, notes, runUrl: run.runUrl }).publish(
        report,
      ),
    );
  }
  const degraded = results.filter((r) => r.status === 'degraded');
  // What was skipped and why; the channels that need no write access carry on.
  for (const r of degraded)
    ctx.notice(`flowguard ${r.publisher}: ${r.reason}. The other outputs and the gate are not affected.`);
  results.push(
    inputs.annotations
      ? await new AnnotationsPublisher(ctx.annotate, degraded.length).publish(report)
      : skip('annotations', 'input "annotations" is false'),
  );
  results.push(
    await new JobSummaryPublisher(ctx.jobSummary, {
      notes: [...ctx.notes, ...degradedNotes(results)],
    }).publish(report),
  );
  for (const r of results) ctx.log(`${r.publisher}: ${r.status} (${r.reason})`);
  return results;
}

/**
 * After a run that could not finish, where that run would have commented: the summary comment says the
 * commit was not reviewed, so an earlier run's "Gate passed" does not stand on the PR. Null when the run
 * has no comment to write (no pull request, `comment: none`, no token).
 */
export async function publishRunFailure(
  error: string,
  inputs: ActionInputs,
  run: RunContext,
  log: (message: string) => void,
): Promise<PublishResult | null> {
  const target = run.target;
  if (inputs.comment === 'none' || target.kind !== 'pull-request' || !inputs.token) return null;
  const { client, author, pr } = await commentTarget(inputs.token, run, target, log);
  return new SummaryCommentPublisher(client, pr, author, { runUrl: run.runUrl }).publishFailure(error);
}

async function commentTarget(
  token: string,
  run: RunContext,
  target: Extract<RunContext['target'], { kind: 'pull-request' }>,
  log: (message: string) => void,
) {
  const client = await createGitHubClient({ token, baseUrl: run.apiUrl, log });
  const author = await commentAuthor(client);
  const pr = { owner: run.owner, repo: run.repo, number: target.number, headSha: target.headSha };
  return { client, author, pr };
}

function degradedNotes(results: readonly PublishResult[]): string[] {
  return results.filter((r) => r.status === 'degraded').map((r) => `flowguard ${r.publisher}: ${r.reason}.`);
}
