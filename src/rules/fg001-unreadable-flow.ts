import { defineRule } from './rule.js';

/**
 * FG001 is raised by the engine, not by a check over a model: a file that cannot be read has no model.
 * See `unreadableFinding` in src/findings/finding-builder.ts.
 */
export const fg001 = defineRule({
  meta: {
    id: 'FG001',
    name: 'unreadable-flow',
    summary: 'A flow or solution file cannot be read, so flowguard cannot vouch for it.',
    severity: 'high',
    scope: 'flow',
    messages: {
      unreadable:
        '{{file}} could not be analysed: {{reason}}. A file flowguard cannot read is not a file it has checked.',
    },
  },
  check() {},
});
