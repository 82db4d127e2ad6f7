import { fg130 } from '../../src/rules/fg130-anonymous-http-trigger.js';
import { flowFile, manualTrigger } from '../helpers/flow-builders.js';
import { describe, expect, it } from '@jest/globals';
import { runRule } from '../../src/findings/finding-builder.js';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import type { Layout } from '../../src/sources/types.js';
import { DEFAULT_RULE_OPTIONS, modelOf, ruleTester, type RuleCase } from '../helpers/rule-tester.js';

type Json = Record<string, unknown>;

const request = (kind: string | null, inputs: Json = { schema: {} }): Json => ({
  manual: { type: 'Request', ...(kind === null ? {} : { kind }), inputs },
});
/** A Logic Apps workflow file (`{ definition }`, no `properties` wrapper), with optional access control. */
const workflow = (triggers: Json, accessControl?: unknown): Json => ({
  definition: {
    $schema:
      'https://schema.management.azure.com/providers/Microsoft.Logic/schemas/2016-06-01/workflowdefinition.json#',
    contentVersion: '1.0.0.0',
    triggers,
    actions: {},
  },
  ...(accessControl === undefined ? {} : { accessControl }),
});
const ips = (...ranges: string[]) => ({
  triggers: { allowedCallerIpAddresses: ranges.map((addressRange) => ({ addressRange })) },
});
const entraPolicy = {
  triggers: {
    openAuthenticationPolicies: {
      policies: {
        Callers: { type: 'AAD', claims: [{ name: 'iss', value: 'https://sts.windows.net/tenant/' }] },
      },
    },
  },
};

const restricted: Array<[string, Json]> = [
  ['Tenant', { triggerAuthenticationType: 'Tenant', schema: {} }],
  ['tenant (lower case)', { triggerAuthenticationType: 'tenant' }],
  // Specific users in my tenant, as exported in UnlinkAllEnvironmentsFromResourceGroup-9290B17C-….json.
  [
    'User with allowed users',
    { triggerAuthenticationType: 'User', triggerAllowedUsers: 'a59e02a3-52aa-4023-8dc2-88601770ae1c' },
  ],
  ['SpecificUsers', { triggerAuthenticationType: 'SpecificUsers' }],
];

ruleTester(fg130, {
  valid: [
    ...restricted.map(([label, inputs]): RuleCase => ({
      name: `Power Automate: ${label}`,
      flow: flowFile({}, request('Http', inputs)),
    })),
    {
      name: 'Teams webhook restricted to the tenant',
      flow: flowFile({}, request('TeamsWebhook', { triggerAuthenticationType: 'Tenant' })),
    },
    ...['Button', 'PowerApp', 'PowerAppV2', 'Skills', 'VirtualAgent'].map((kind): RuleCase => ({
      name: `manual trigger of kind ${kind} has no public URL`,
      flow: flowFile({}, request(kind)),
    })),
    {
      name: 'a recurrence trigger',
      flow: flowFile(
        {},
        { Recurrence: { type: 'Recurrence', recurrence: { frequency: 'Day', interval: 1 } } },
      ),
    },
    {
      name: 'an unknown triggerAuthenticationType is not reported',
      flow: flowFile({}, request('Http', { triggerAuthenticationType: 'SomethingNew' })),
    },
    { name: 'Logic Apps: allowed caller IP ranges', flow: workflow(request('Http'), ips('10.0.0.0/24')) },
    { name: 'Logic Apps: only other Logic Apps (empty IP list)', flow: workflow(request('Http'), ips()) },
    {
      name: 'Logic Apps: Microsoft Entra ID authorization policy',
      flow: workflow(request('Http'), entraPolicy),
    },
    {
      name: 'Logic Apps: request trigger without kind, IP-restricted',
      flow: workflow(request(null), ips('10.0.0.0/24')),
    },
    {
      name: 'Logic Apps: access control as an ARM expression cannot be judged',
      flow: workflow(request('Http'), "[parameters('accessControl')]"),
    },
    {
      name: 'ARM export (properties wrapper) with access control',
      flow: { properties: { ...workflow(request('Http'), ips('10.0.0.0/24')) } },
    },
  ],
  invalid: [
    {
      name: 'Power Automate: Anyone',
      flow: flowFile({}, manualTrigger('All')),
      findings: [
        {
          action: 'manual',
          severity: 'high',
          message: ['"manual"', 'kind Http', 'Anyone', 'triggerAuthenticationType All'],
        },
      ],
    },
    {
      name: 'Power Automate: all (lower case)',
      flow: flowFile({}, request('http', { triggerAuthenticationType: 'all' })),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    // Legacy HTTP trigger without the setting, as in the CoE Starter Kit's ALM Accelerator.
    {
      name: 'WorkflowCompleteNotification-518F39D7-F4E5-EA11-A817-000D3A56B702.json',
      flow: flowFile({}, manualTrigger()),
      findings: [{ action: 'manual', severity: 'high', message: ['no triggerAuthenticationType', 'Anyone'] }],
    },
    {
      name: 'Power Automate: empty triggerAuthenticationType',
      flow: flowFile({}, request('Http', { triggerAuthenticationType: '' })),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'Power Automate: no inputs at all',
      flow: flowFile({}, { manual: { type: 'Request', kind: 'Http' } }),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'Teams webhook open to anyone',
      flow: flowFile({}, request('TeamsWebhook', { triggerAuthenticationType: 'All' })),
      findings: [{ action: 'manual', severity: 'high', message: ['kind TeamsWebhook'] }],
    },
    {
      name: 'Power Automate: type and kind in other cases',
      flow: flowFile(
        {},
        { manual: { type: 'request', kind: 'HTTP', inputs: { triggerAuthenticationType: 'ALL' } } },
      ),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'Logic Apps workflow file without access control',
      flow: workflow(request('Http')),
      findings: [{ action: 'manual', severity: 'high', message: ['accessControl.triggers', 'SAS'] }],
    },
    {
      name: 'Logic Apps: request trigger without kind',
      flow: workflow(request(null)),
      findings: [{ action: 'manual', severity: 'high', message: ['kind (none)'] }],
    },
    {
      name: 'Logic Apps: access control restricts only actions and contents',
      flow: workflow(request('Http'), {
        actions: ips('10.0.0.0/24').triggers,
        contents: ips('10.0.0.0/24').triggers,
      }),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'Logic Apps: an IP list that admits every address',
      flow: workflow(request('Http'), ips('0.0.0.0-255.255.255.255')),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'Logic Apps: empty authorization policies',
      flow: workflow(request('Http'), { triggers: { openAuthenticationPolicies: { policies: {} } } }),
      findings: [{ action: 'manual', severity: 'high' }],
    },
    {
      name: 'ARM export (properties wrapper) with an empty access control',
      flow: { properties: { ...workflow(request('Http'), {}) } },
      findings: [{ action: 'manual', severity: 'high', message: ['SAS'] }],
    },
    {
      name: 'two HTTP triggers, one restricted',
      flow: flowFile(
        {},
        {
          open: { type: 'Request', kind: 'Http', inputs: { triggerAuthenticationType: 'All' } },
          closed: { type: 'Request', kind: 'Http', inputs: { triggerAuthenticationType: 'Tenant' } },
        },
      ),
      findings: [{ action: 'open', severity: 'high' }],
    },
  ],
});

/** The tester reads every case as a single file; the platform also follows the layout a reader found. */
describe('FG130 platform by layout', () => {
  const run = (obj: Json, layout: Layout) => {
    const flow = modelOf(obj, undefined, layout);
    return runRule(fg130, flow, analyseFlow(flow), null, DEFAULT_RULE_OPTIONS).map((f) => f.message);
  };

  it.each<Layout>(['logic-apps-standard', 'arm-template'])(
    '%s: judged by access control, not by the flow setting',
    (layout) => {
      // A Logic App ignores triggerAuthenticationType; only accessControl restricts its callers.
      const obj = workflow(request('Http', { triggerAuthenticationType: 'Tenant' }));
      expect(run(obj, layout)).toEqual([expect.stringContaining('accessControl.triggers')]);
      expect(run(workflow(request('Http'), ips('10.0.0.0/24')), layout)).toEqual([]);
    },
  );

  it.each<Layout>(['unpacked-solution', 'packed-solution', 'dataverse-yaml', 'legacy-package'])(
    '%s: judged by "Who can trigger the flow"',
    (layout) => {
      expect(run(flowFile({}, manualTrigger('Tenant')), layout)).toEqual([]);
      expect(run(flowFile({}, manualTrigger()), layout)).toEqual([
        expect.stringContaining('no triggerAuthenticationType'),
      ]);
    },
  );

  it('a bare workflow file whose trigger carries the flow setting is a Power Automate flow', () => {
    expect(run(workflow(request('Http', { triggerAuthenticationType: 'Tenant' })), 'single-file')).toEqual(
      [],
    );
    expect(run(workflow(request('Http', { triggerAuthenticationType: 'All' })), 'single-file')).toEqual([
      expect.stringContaining('triggerAuthenticationType All'),
    ]);
  });
});
