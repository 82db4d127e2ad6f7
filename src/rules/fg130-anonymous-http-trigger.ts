import { entries, isObject, own, str } from '../json/json-path.js';
import type { Flow, FlowNode } from '../model/types.js';
import { defineRule } from './rule.js';

/** Request trigger kinds whose URL can be called from outside the platform; no kind is a Logic Apps trigger. */
const URL_KINDS = new Set(['http', 'teamswebhook', '']);

/**
 * `triggerAuthenticationType` values seen in exported flows: `All` (Anyone), `Tenant` (Any user in my
 * tenant), `User` + `triggerAllowedUsers` (Specific users in my tenant; blank means the tenant). Only
 * `All` and a missing value mean "anyone": flows saved before the setting existed have none, and the
 * platform treats them as Anyone (learn.microsoft.com/power-automate/oauth-authentication). An unknown
 * value is not reported: it cannot be `All`, and guessing would flag settings newer than this list.
 */
function powerAutomateIsAnonymous(node: FlowNode): 'all' | 'absent' | null {
  const value = own(own(node.raw, 'inputs'), 'triggerAuthenticationType');
  if (value === undefined || value === null || value === '') return 'absent';
  return typeof value === 'string' && value.toLowerCase() === 'all' ? 'all' : null;
}

/** Address ranges that admit every caller, so they restrict nothing. */
const OPEN_RANGES = new Set(['0.0.0.0-255.255.255.255', '0.0.0.0/0', '::/0', '*']);

/**
 * Logic Apps Consumption restricts trigger callers in `accessControl.triggers`: a list of caller IP ranges
 * (an empty list is "Only other Logic Apps") or Microsoft Entra ID authorization policies. An ARM expression
 * in place of either object cannot be judged and counts as a restriction (no guess, no false positive).
 */
function logicAppsRestricted(accessControl: unknown): boolean {
  if (accessControl === undefined || accessControl === null) return false;
  if (!isObject(accessControl)) return true;
  const triggers = own(accessControl, 'triggers');
  if (triggers === undefined || triggers === null) return false;
  if (!isObject(triggers)) return true;
  const ips = own(triggers, 'allowedCallerIpAddresses');
  if (typeof ips === 'string') return true;
  if (Array.isArray(ips)) {
    const open = ips.some((r) => OPEN_RANGES.has((str(own(r, 'addressRange')) ?? '').replace(/\s/g, '')));
    if (!open) return true;
  }
  const policies = own(own(triggers, 'openAuthenticationPolicies'), 'policies');
  return typeof policies === 'string' || entries(policies).length > 0;
}

/**
 * Which platform runs the flow decides which setting protects the trigger. Logic Apps: the Standard and
 * ARM layouts, a container with `accessControl`, or a `{ definition }` workflow file or bare definition
 * file (the root is the definition) whose trigger has no Power Automate setting. Everything else (solutions, packages, `properties.definition` files) is
 * Power Automate, where a missing `triggerAuthenticationType` means Anyone.
 */
function isLogicApps(flow: Flow, trigger: FlowNode): boolean {
  const layout = flow.source.layout;
  if (layout === 'logic-apps-standard' || layout === 'arm-template') return true;
  if (flow.accessControl !== undefined) return true;
  if (own(own(trigger.raw, 'inputs'), 'triggerAuthenticationType') !== undefined) return false;
  return layout === 'single-file' && flow.definitionPath.length <= 1;
}

export const fg130 = defineRule({
  meta: {
    id: 'FG130',
    name: 'anonymous-http-trigger',
    summary: 'A Request trigger that anyone who has its URL can call.',
    severity: 'high',
    scope: 'flow',
    messages: {
      anyone:
        'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: "Who can trigger the flow" is Anyone (triggerAuthenticationType All). The URL is the only key, and URLs leak through logs, browser history and chat.',
      legacy:
        'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: it has no triggerAuthenticationType, which the platform treats as Anyone (flows saved before "Who can trigger the flow" existed). The URL is the only key, and URLs leak through logs, browser history and chat.',
      logicApps:
        'Trigger "{{trigger}}" (Request, kind {{kind}}) can be started by anyone who has its URL: the workflow restricts neither caller IP ranges nor callers (accessControl.triggers), so the SAS signature in the URL is the only key.',
    },
  },
  check(ctx) {
    for (const node of ctx.flow.nodes) {
      if (node.kind !== 'trigger' || node.type.toLowerCase() !== 'request') continue;
      const kind = node.typeKind ?? '';
      if (!URL_KINDS.has(kind.toLowerCase())) continue;
      const data = { trigger: node.name, kind: kind || '(none)' };
      if (isLogicApps(ctx.flow, node)) {
        if (!logicAppsRestricted(ctx.flow.accessControl)) ctx.report({ messageId: 'logicApps', node, data });
        continue;
      }
      const anonymous = powerAutomateIsAnonymous(node);
      if (anonymous) ctx.report({ messageId: anonymous === 'all' ? 'anyone' : 'legacy', node, data });
    }
  },
});
