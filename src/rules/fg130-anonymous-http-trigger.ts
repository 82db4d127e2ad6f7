import { defineRule } from './rule.js';

/** Request trigger kinds whose URL can be called from outside the platform; no kind is a Logic Apps trigger. */
const URL_KINDS = new Set(['http', 'teamswebhook', '']);

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
    // Who may call each Request trigger is a model fact (src/model/trigger-access.ts, SPEC §3 FG130).
    for (const node of ctx.flow.nodes) {
      const access = node.triggerAccess;
      if (!access) continue;
      const kind = node.typeKind ?? '';
      if (!URL_KINDS.has(kind.toLowerCase())) continue;
      const data = { trigger: node.name, kind: kind || '(none)' };
      if (access.platform === 'logic-apps') {
        if (!access.restricted) ctx.report({ messageId: 'logicApps', node, data });
      } else if (access.anyone) {
        ctx.report({ messageId: access.anyone === 'all' ? 'anyone' : 'legacy', node, data });
      }
    }
  },
});
