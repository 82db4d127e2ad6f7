import { createHash } from 'node:crypto';

/**
 * Stable identity of a finding (SPEC §4): rule, flow identity, trigger/action name and the rule's own
 * discriminator — never a line, a path or formatting, so reformatting and moves keep it.
 */
export function fingerprint(
  ruleId: string,
  flowKey: string,
  action: string | null,
  discriminator = '',
): string {
  return createHash('sha256')
    .update([ruleId, flowKey, action ?? '', discriminator].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
