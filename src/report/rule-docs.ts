import docs from './rule-docs.json' with { type: 'json' };

/**
 * Each rule's documentation page, bundled (generated from docs/rules/ by `npm run rule-docs`; a test keeps it
 * in step): SARIF `help.markdown`, and the one-sentence "What to do:" line text reports end with.
 */
const RULE_DOCS: Record<string, { markdown: string; todo: string | null }> = docs;

export function ruleDocMarkdown(ruleId: string): string | null {
  return Object.prototype.hasOwnProperty.call(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId].markdown : null;
}

/** The rule's "What to do:" sentence, or null. */
export function ruleTodo(ruleId: string): string | null {
  return Object.prototype.hasOwnProperty.call(RULE_DOCS, ruleId) ? RULE_DOCS[ruleId].todo : null;
}
