/**
 * GitHub's limits that shape what the action publishes, in one place, each with its source. Publishers
 * import these; nothing else hard-codes them.
 */

/**
 * Inline review comments per run. Our choice, not GitHub's: a review with more comments than a reviewer
 * can read is noise, and the rest are listed in the summary comment, the job summary and SARIF.
 */
export const MAX_INLINE_COMMENTS = 30;

/**
 * Characters in an issue comment, review or review comment body. REST API: a longer body fails with 422
 * "body is too long (maximum is 65536 characters)".
 */
export const COMMENT_BODY_MAX_CHARS = 65_536;

/**
 * Bytes of job summary per step. GitHub docs, "Adding a job summary": "Job summaries support ... up to
 * 1MiB of content per step"; a larger upload is rejected and the step shows an error.
 */
export const STEP_SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * Annotations GitHub shows per level (error, warning, notice) per step from workflow commands. GitHub docs,
 * "Workflow commands for GitHub Actions": at most 10 of each per step (and 50 per job) are displayed;
 * the rest stay in the log only.
 */
export const ANNOTATIONS_PER_LEVEL_PER_STEP = 10;

/** Largest `per_page` the REST API accepts on list endpoints (GitHub docs, "Using pagination in the REST API"). */
export const MAX_PER_PAGE = 100;

/**
 * Files the REST API lists for one pull request (GitHub docs, "List pull requests files": "Responses include
 * a maximum of 3000 files"); `patch` is omitted for files whose diff is too large. Findings in files beyond
 * this list, or without a patch, cannot be anchored and go to the summary comment.
 */
export const MAX_PULL_REQUEST_FILES = 3000;
