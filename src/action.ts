// The GitHub Action face of flowguard: inputs and event in, publishers and the gate out. Everything else
// lives in the engine (src/engine), the action's own wiring (src/action) and the publishers (src/github).
import * as core from '@actions/core';
import { parseInputs } from './action/action-inputs.js';
import { readRunContext } from './action/event-context.js';
import { scanForEvent } from './action/event-scan.js';
import { compareApiLookup } from './github/merge-base-lookup.js';
import { CliGit } from './git/git-cli.js';
import { secretForms } from './git/fetch-auth.js';
import { publishReport, publishRunFailure } from './action/publish-report.js';
import { linksFromActionEnv, useLinkSource } from './report/doc-links.js';
import { escapeTerminal, escapeWorkflowCommandData } from './report/escape.js';

/** Set once the inputs and the event are read: how a run that then fails says so on the pull request. */
let reportFailure: ((error: string) => Promise<unknown>) | null = null;

// Log lines are not escaped by core.info; anything that may quote a flow goes through the escaper.
const log = (message: string): void => core.info(escapeWorkflowCommandData(message));

async function run(): Promise<void> {
  // First of all: the runner masks the token, and the base64 form git's header carries, in everything after.
  for (const secret of secretForms(core.getInput('github-token').trim())) core.setSecret(secret);
  // Rule links show the documentation of the code that runs: this action's repository at its ref.
  useLinkSource(linksFromActionEnv(process.env));
  const inputs = parseInputs((name) => core.getInput(name));
  const context = await readRunContext();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  reportFailure = async (error) => {
    const result = await publishRunFailure(error, inputs, context, log);
    if (result) log(`${result.publisher}: ${result.status} (${result.reason})`);
  };
  const lookup = compareApiLookup(inputs.token, context.apiUrl, context.owner, context.repo, log);
  // A path or include that matches nothing is the user's to fix: a warning on the run, not a log line.
  const warn = (message: string): void => core.warning(escapeTerminal(message), { title: 'flowguard' });
  // The PR's commits are fetched with the token (private repositories: the recommended checkout keeps none).
  const credential = inputs.token ? { serverUrl: context.serverUrl, token: inputs.token } : null;
  const git = new CliGit(workspace, credential);
  const { report, notes } = await scanForEvent(context.target, inputs, workspace, log, lookup, warn, git);
  // Expired or malformed suppressions: the user must act on them, so they are warnings, and in the summary.
  for (const w of report.warnings ?? []) core.warning(escapeTerminal(w), { title: 'flowguard suppression' });
  notes.push(...(report.warnings ?? []));

  const { RULES } = await import('./rules/index.js');
  const results = await publishReport(report, {
    inputs,
    run: context,
    rules: RULES.map((r) => r.meta),
    notes,
    annotate: { error: core.error, warning: core.warning, notice: core.notice },
    jobSummary: process.env.GITHUB_STEP_SUMMARY
      ? (markdown) =>
          core.summary
            .addRaw(markdown, true)
            .write()
            .then(() => undefined)
      : null,
    notice: (message) => core.notice(message),
    log,
  });

  const { summary } = report;
  core.setOutput('new-findings', String(summary.findings.new));
  core.setOutput('max-severity', summary.maxSeverity ?? 'none');
  core.setOutput('gate', summary.gate);
  if (results.some((r) => r.publisher === 'SARIF file' && r.status === 'posted'))
    core.setOutput('sarif-file', inputs.sarifFile);
  if (summary.gate === 'failed') {
    core.setFailed(
      `flowguard: gate failed — a reported finding is at or above fail-on ${summary.failOn} (max severity ${summary.maxSeverity}).`,
    );
  } else {
    log(`flowguard: gate passed (fail-on ${summary.failOn}).`);
  }
}

// One outer catch: anything unexpected fails the step with its message (and the stack when debugging).
// The message may quote a flow name (a rule error names the flow): core escapes %, CR and LF, and
// escapeTerminal shows ANSI and other controls, which the log viewer would otherwise act on, as codes.
// A run that could not finish (nothing analysed, a bad input, an error) sets `gate` to `failed`: a workflow
// that reads the output after `continue-on-error` must never take an unset gate for a pass.
// An earlier run's summary comment must not keep saying "Gate passed": it is replaced by the failure.
run().catch(async (err: unknown) => {
  core.setOutput('gate', 'failed');
  if (err instanceof Error && err.stack) core.debug(err.stack.split('\n').map(escapeTerminal).join('\n'));
  const message = err instanceof Error ? err.message : String(err);
  core.setFailed(`flowguard: ${escapeTerminal(message)}`);
  await reportFailure?.(message).catch((e: unknown) =>
    log(`summary comment: not updated with the failure (${e instanceof Error ? e.message : String(e)})`),
  );
});
