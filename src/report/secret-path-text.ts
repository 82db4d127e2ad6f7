import type { FindingPathStep } from '../findings/types.js';

/**
 * Plain-text forms of a secret's path, shared by the reporters. Action names are the flow author's: every
 * caller escapes the result for its channel (sarifText, escapeMarkdown, the Mermaid label escaper).
 */

/** `Get_secret → Set_variable → Send_an_email`. */
export function pathChain(steps: readonly FindingPathStep[]): string {
  return steps.map((s) => s.action).join(' → ');
}

/** `source: Get_secret (Azure Key Vault GetSecret; secure outputs)`, `sink: Send (HTTP POST → evil.example)`. */
export function pathStepDescription(step: FindingPathStep): string {
  const what = [step.connector, step.operation].filter(Boolean).join(' ');
  const parts = [what, secureText(step)].filter(Boolean);
  const to = step.destination ? ` → ${step.destination}` : '';
  const detail = parts.length ? ` (${parts.join('; ')}${to})` : to ? ` (${to.slice(3)})` : '';
  return `${step.role}: ${step.action}${detail}`;
}

/** `secure inputs, secure outputs`, one of them, or `not secured`. */
export function secureText(step: FindingPathStep): string {
  if (step.role === 'sink' && step.jsonPath === null) return '';
  const on = [step.secureInputs ? 'secure inputs' : '', step.secureOutputs ? 'secure outputs' : ''].filter(
    Boolean,
  );
  return on.length ? on.join(', ') : 'not secured';
}
