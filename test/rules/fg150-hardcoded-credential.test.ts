import { describe, expect, it } from '@jest/globals';
import { runRule } from '../../src/findings/finding-builder.js';
import { buildFlow } from '../../src/model/build-flow.js';
import { analyseFlow } from '../../src/model/analyse-flow.js';
import { fg150 } from '../../src/rules/fg150-hardcoded-credential.js';
import { flowFile, getSecret, http, inEveryContainer, SHAPES } from '../helpers/flow-builders.js';
import {
  DEFAULT_RULE_OPTIONS,
  ruleTester,
  runCase,
  type InvalidCase,
  type RuleCase,
} from '../helpers/rule-tester.js';
import {
  API_KEY,
  basic,
  compose,
  connector,
  FN_KEY,
  httpFlow,
  one,
  PASSWORD,
  PLACEHOLDERS,
  PLANTED,
  SIG,
  TOKENS,
  tokenRequest,
  withAuth,
  withHeader,
  withParams,
} from './fg150-fixtures.js';

type Json = Record<string, unknown>;
const ok = (name: string, flow: Json): RuleCase => ({ name, flow });
const FLOW_URL = 'https://prod-1.westeurope.logic.azure.com:443/workflows/1/triggers/manual/paths/invoke';

const valid: RuleCase[] = [
  ok(
    'raw request: a CustomHeader that is no credential, an Authorization from an expression',
    flowFile({
      W: connector('shared_office365users', 'HttpRequest', {
        Uri: 'https://graph.microsoft.com/v1.0/me',
        CustomHeader1: 'Accept: application/json;odata.metadata=minimal',
        CustomHeader2: "Authorization: Bearer @{parameters('token')}",
      }),
    }),
  ),
  ...SHAPES.map((shape) =>
    ok(`${shape}: Key Vault action with $authentication`, flowFile({ G: getSecret(shape, 'k') })),
  ),
  ok('Basic password from a parameter', withAuth(basic("@parameters('pw')"))),
  ok('Basic password from an interpolated secret', withAuth(basic("@{body('Get_secret')?['value']}"))),
  ok(
    'managed identity has no secret',
    withAuth({ type: 'ManagedServiceIdentity', audience: 'https://vault.azure.net' }),
  ),
  ok(
    'Bearer from a token action (corpus pattern)',
    withHeader('authorization', "Bearer @{body('Get_Token')?['access_token']}"),
  ),
  // KeyVaults-D65CAE56-….json builds the header with concat.
  ok(
    'Authorization built with concat',
    withHeader('Authorization', "@{concat('Bearer ',body('Token')?['access_token'])}"),
  ),
  ...PLACEHOLDERS.map((p) =>
    ok(`Authorization placeholder "Bearer ${p}"`, withHeader('Authorization', `Bearer ${p}`)),
  ),
  ...PLACEHOLDERS.map((p) => ok(`api-key placeholder "${p}"`, withHeader('api-key', p))),
  ...PLACEHOLDERS.map((p) =>
    ok(`secure parameter default "${p}"`, withParams({ S: { type: 'SecureString', defaultValue: p } })),
  ),
  ...PLACEHOLDERS.map((p) => ok(`body password "${p}"`, httpFlow({ body: { password: p } }))),
  ok('a scheme alone', withHeader('Authorization', 'Bearer')),
  ok(
    'Content-Type is not a credential header',
    withHeader('Content-Type', 'application/x-www-form-urlencoded'),
  ),
  ok(
    'KeyVaults-D65CAE56-B9A3-F011-BBD3-0022480B4618.json',
    flowFile({
      T: tokenRequest(
        'client_id=<client_id>&scope=https://vault.azure.net/.default&client_secret=<client_secret>',
      ),
    }),
  ),
  ok(
    'Headless-SearchCustomer-Commerce-A254BE38-97D9-EF11-8EEA-6045BD084FDA.json',
    flowFile({
      T: tokenRequest(
        'grant_type=client_credentials&client_id= <\nClientId>&client_secret=<Client secret>&resource= api://<ClientID>',
      ),
    }),
  ),
  ok(
    'client_secret from a parameter',
    flowFile({ T: tokenRequest("client_secret=@{parameters('secret')}&scope=x") }),
  ),
  ok('password key from an expression', flowFile({ T: tokenRequest({ password: "@{variables('pw')}" }) })),
  ok('sig from a parameter', httpFlow({ uri: `${FLOW_URL}?sv=1.0&sig=@{parameters('sig')}` })),
  ok('sig placeholder', httpFlow({ uri: `${FLOW_URL}?sv=1.0&sig=<signature>` })),
  ok('URL userinfo placeholder', httpFlow({ uri: 'https://user:password@contoso.com/api' })),
  ok('URL userinfo from an expression', httpFlow({ uri: "https://svc:@{parameters('pw')}@contoso.com/api" })),
  ok('URL userinfo from a template', httpFlow({ uri: 'https://svc:${FTP_PASSWORD}@ftp.contoso.com/in' })),
  ok('an @ in a URL path is no userinfo', httpFlow({ uri: 'https://contoso.com/users/ann:bob@contoso.com' })),
  ok('a user without a password', httpFlow({ uri: 'ftp://anonymous@ftp.contoso.com/pub/readme.txt' })),
  // The CoE Starter Kit's error formatting writes `##code==` inside concat: not a URL.
  ok(
    'code== in an error message expression',
    flowFile({ C: compose("@concat('name==',item()?['name'],'##code==',item()?['code'])") }),
  ),
  ok('a short URL code', httpFlow({ uri: 'https://contoso.com/search?code=FR' })),
  ok(
    'a password field and headers in a JSON schema',
    flowFile({
      P: {
        type: 'ParseJson',
        inputs: { content: '@triggerBody()', schema: { properties: { password: { type: 'string' } } } },
      },
    }),
  ),
  ok(
    'Authorization header in a trigger schema',
    flowFile(
      {},
      {
        manual: {
          type: 'Request',
          kind: 'Http',
          inputs: { schema: { headers: { Authorization: { type: 'string' } } } },
        },
      },
    ),
  ),
  ok('secure parameter without default', withParams({ Secret: { type: 'SecureString' } })),
  ok(
    'secure object default with empty values',
    withParams({ S: { type: 'SecureObject', defaultValue: { a: '', b: [] } } }),
  ),
  ok(
    'plain parameter with an ordinary default',
    withParams({ Site: { type: 'String', defaultValue: 'https://contoso.sharepoint.com/sites/ops' } }),
  ),
  ok(
    'masked tokens',
    flowFile({
      C: compose({ a: 'ghp_' + 'x'.repeat(36), b: 'sk_live_' + 'X'.repeat(24), c: 'AccountKey=<key>' }),
    }),
  ),
  ok("AWS's documentation example key", flowFile({ C: compose('AKIA' + 'IOSFODNN7EXAMPLE') })),
  ok('a JWT header alone', flowFile({ C: compose('eyJhbGciOiJIUzI1NiJ9') })),
  ok(
    'connection string password from a parameter',
    flowFile({ C: compose("Server=tcp:db;User ID=flow;Password=@{parameters('pw')};") }),
  ),
];

const invalid: InvalidCase[] = [
  one('Basic password', withAuth(basic(PASSWORD)), 'C', ['"C" (HTTP POST)', 'authentication password']),
  {
    name: 'client certificate pfx and password: two findings',
    flow: withAuth({
      type: 'ClientCertificate',
      pfx: 'MIIKQQIBAzCCCgcGCSqGSIb3' + API_KEY,
      password: PASSWORD,
    }),
    findings: [
      { action: 'C', severity: 'critical', message: ['authentication pfx'] },
      { action: 'C', severity: 'critical', message: ['authentication password'] },
    ],
  },
  one(
    'Entra ID OAuth secret',
    withAuth({ type: 'ActiveDirectoryOAuth', tenant: 't', clientId: 'c', secret: API_KEY }),
    'C',
  ),
  one('Raw authentication value', withAuth({ type: 'Raw', value: `Bearer ${API_KEY}` }), 'C', [
    'authentication value',
  ]),
  one('Authorization Bearer literal', withHeader('Authorization', `Bearer ${API_KEY}`), 'C', [
    'authorization header',
  ]),
  one('Authorization as an interpolated literal', withHeader('Authorization', `Bearer @{'${API_KEY}'}`), 'C'),
  one('lower-case authorization, Basic scheme', withHeader('authorization', `Basic ${API_KEY}`), 'C'),
  ...[
    'api-key',
    'Ocp-Apim-Subscription-Key',
    'x-functions-key',
    'X-API-KEY',
    'X-RapidAPI-Key',
    'X-Shopify-Access-Token',
  ].map((h) => one(`${h} header`, withHeader(h, API_KEY), 'C', [h.toLowerCase()])),
  {
    name: 'two credential headers on one action',
    flow: httpFlow({ headers: { Authorization: `Bearer ${API_KEY}`, 'api-key': API_KEY } }),
    findings: [
      { action: 'C', severity: 'critical' },
      { action: 'C', severity: 'critical' },
    ],
  },
  one(
    'HTTP with Microsoft Entra ID connector header',
    flowFile({
      W: connector('shared_webcontents', 'InvokeHttp', { 'request/headers': { 'api-key': API_KEY } }),
    }),
    'W',
  ),
  // Raw-request operations keep headers in several places (src/model/raw-requests.ts): each is a slot.
  ...(
    [
      [
        'webcontentsv2 request/headers',
        'shared_webcontentsv2',
        'InvokeHttp',
        { 'request/headers': { Authorization: `Bearer ${API_KEY}` } },
      ],
      [
        'flattened request/headers/x-api-key',
        'shared_webcontents',
        'InvokeHttp',
        { 'request/headers/x-api-key': API_KEY },
      ],
      [
        'SharePoint parameters/headers',
        'shared_sharepointonline',
        'HttpRequest',
        { 'parameters/headers': { 'Ocp-Apim-Subscription-Key': API_KEY } },
      ],
      [
        'Outlook CustomHeader1',
        'shared_office365',
        'HttpRequest',
        { Uri: 'https://graph.microsoft.com/v1.0/me', CustomHeader1: `x-functions-key: ${API_KEY}` },
      ],
    ] as const
  ).map(([name, api, op, params]) =>
    one(`raw request header: ${name}`, flowFile({ W: connector(api, op, params) }), 'W'),
  ),
  one(
    'client_secret in a form body',
    flowFile({ T: tokenRequest(`client_id=abc&client_secret=${API_KEY}&scope=x`) }),
    'T',
    ['client_secret='],
  ),
  one(
    'password in a form body inside an expression',
    flowFile({ T: tokenRequest(`@concat('grant_type=password&password=${PASSWORD}')`) }),
    'T',
  ),
  one(
    'client_secret key in an object body',
    flowFile({ T: tokenRequest({ client_id: 'abc', client_secret: API_KEY }) }),
    'T',
  ),
  // D365OnboardingAgentChild-6F20B2B8-….json: every new user gets the same initial password.
  one(
    'Graph create user with a literal password',
    flowFile({
      U: http({
        uri: 'https://graph.microsoft.com/v1.0/users',
        body: { passwordProfile: { password: PASSWORD } },
      }),
    }),
    'U',
    ['body field password'],
  ),
  one(
    'body/password connector parameter',
    flowFile({ L: connector('shared_contoso', 'Login', { 'body/password': PASSWORD }) }),
    'L',
  ),
  // TestUserOnboardingAgentExtension-22C39340-….json calls a flow by its full trigger URL.
  one('flow trigger URL with sig', httpFlow({ uri: `${FLOW_URL}?api-version=1&sv=1.0&sig=${SIG}` }), 'C', [
    'URL parameter sig',
  ]),
  one('password in a URL', httpFlow({ uri: `https://svc_orders:${PASSWORD}@ftp.contoso.com/in` }), 'C', [
    'password in a URL',
  ]),
  one(
    'password in a connection URL inside an expression',
    flowFile({ C: compose(`@concat('amqps://svc:${PASSWORD}@bus.contoso.com/', variables('queue'))`) }),
    'C',
  ),
  one(
    'Azure Functions key in a URL',
    httpFlow({ uri: `https://contoso.azurewebsites.net/api/Go?code=${FN_KEY}` }),
    'C',
    ['parameter code'],
  ),
  one('Functions key in queries', httpFlow({ queries: { code: FN_KEY } }), 'C'),
  one(
    'secure string default',
    withParams({ ApiKey: { type: 'SecureString', defaultValue: API_KEY } }),
    null,
    ['Secure parameter "ApiKey"'],
  ),
  one(
    'secure object default, nested',
    withParams({ C: { type: 'secureobject', defaultValue: { user: 'svc', pass: [PASSWORD] } } }),
    null,
  ),
  // OnCreateUpdateofContactswhereSetupTechnicianisTrue-6F35B8C3-….json: a Functions URL as an environment variable.
  one(
    'environment variable default with a Functions key',
    withParams({
      'Invite URI (o25fs_InviteURI)': {
        type: 'String',
        defaultValue: `https://f.azurewebsites.net/api/I?code=${FN_KEY}`,
      },
    }),
    null,
    ['Parameter "Invite URI (o25fs_InviteURI)"'],
  ),
  // GetIVSAccessToken-F0020B03-….json: an Entra ID client secret as an environment variable default.
  one(
    'environment variable default with an Entra ID secret',
    withParams({ 'IVS_ClientSecret (x)': { type: 'String', defaultValue: TOKENS.entra } }),
    null,
    ['Microsoft Entra ID client secret'],
  ),
  one(
    'token in the definition outputs',
    flowFile({}, undefined, { outputs: { t: { type: 'String', value: TOKENS.github } } }),
    null,
    ['(outputs)', 'GitHub token'],
  ),
  ...Object.entries(TOKENS).map(([id, token]) =>
    one(`token format ${id} in a Compose`, flowFile({ C: compose({ note: token }) }), 'C'),
  ),
  one(
    'token inside a pure expression',
    flowFile({ C: compose(`@concat('token ', '${TOKENS.github}')`) }),
    'C',
    ['GitHub token'],
  ),
  one(
    'token in an array in a description',
    flowFile({ C: { ...compose('x'), description: ['see', TOKENS.slack] } }),
    'C',
  ),
  one(
    'polling HTTP trigger with Basic password',
    flowFile(
      {},
      {
        poll: {
          type: 'Http',
          recurrence: { frequency: 'Hour', interval: 1 },
          inputs: { uri: 'https://a', authentication: basic(PASSWORD) },
        },
      },
    ),
    'poll',
  ),
  one(
    'HTTP webhook subscribe authentication',
    flowFile({
      W: {
        type: 'HttpWebhook',
        inputs: { subscribe: { uri: 'https://a', authentication: basic(PASSWORD) } },
      },
    }),
    'W',
  ),
  ...inEveryContainer(http({ uri: 'https://a', headers: { Authorization: `Bearer ${API_KEY}` } })).map(
    ([where, actions]) => one(`Authorization literal inside ${where}`, flowFile(actions), 'A'),
  ),
  {
    name: 'the same header literal on two actions',
    flow: flowFile({
      One: http({ uri: 'https://a', headers: { 'api-key': API_KEY } }),
      Two: http({ uri: 'https://b', headers: { 'api-key': API_KEY } }),
    }),
    findings: [
      { action: 'One', severity: 'critical' },
      { action: 'Two', severity: 'critical' },
    ],
  },
];

ruleTester(fg150, { valid, invalid });

describe('FG150 never re-publishes what it found', () => {
  it.each(invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const text = JSON.stringify(runCase(fg150, c));
    const leaks: string[] = [];
    for (const secret of PLANTED) {
      for (let i = 0; i + 8 <= secret.length; i++)
        if (text.includes(secret.slice(i, i + 8))) leaks.push(secret.slice(i, i + 8));
    }
    expect(leaks).toEqual([]);
  });

  it('fingerprints use the place, not the value', () => {
    const a = runCase(fg150, ok('a', withHeader('api-key', API_KEY)));
    const b = runCase(fg150, ok('b', withHeader('api-key', PASSWORD)));
    expect(a.map((f) => f.fingerprint)).toEqual(b.map((f) => f.fingerprint));
  });
});

describe('FG150 on hostile input', () => {
  it('walks a value nested 10,000 deep without recursion', () => {
    let deep: Json = { token: TOKENS.github };
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    // Built directly: the tester's modelOf pretty-prints the file, and JSON.stringify itself recurses.
    const flow = buildFlow({
      source: { file: 'Workflows/Deep.json', entry: null, layout: 'single-file', text: '' },
      containerPath: ['properties'],
      container: flowFile({ C: compose(deep) }).properties as Json,
      meta: {},
      solutionConnectionReferences: [],
      pathKey: 'Workflows/Deep.json',
    });
    const findings = runRule(fg150, flow, analyseFlow(flow), null, DEFAULT_RULE_OPTIONS);
    expect(findings.map((f) => f.action)).toEqual(['C']);
  });
});
