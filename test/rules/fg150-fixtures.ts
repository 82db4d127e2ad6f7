/**
 * Credentials and builders for the FG150 tables. The credentials are assembled at run time so that no
 * test file holds anything a secret scanner (flowguard included) would take for a real one.
 */
import { flowFile, http } from '../helpers/flow-builders.js';
import type { InvalidCase } from '../helpers/rule-tester.js';

type Json = Record<string, unknown>;

const rep = (s: string, n: number) => s.repeat(n);
export const PASSWORD = 'Tr0ub4dor&3' + 'Horse';
export const API_KEY = rep('9f3k2Lm8', 4);
export const FN_KEY = rep('q7Rt2Vw9Zb4N', 4) + 'Ab3Cd%3D%3D';
export const SIG = rep('Pq8Rs7Tu6Vw5', 3) + 'Xy4Zz3A';
const STORAGE_KEY = rep('Q2xvdWRGbG93', 7) + '==';
const BUS_KEY = rep('U2VuZEtleQ', 4) + '=';
const WEBHOOK_KEY = rep('Wb7Hk2Lq', 3);
const PEM_BODY = 'MIIEowIBAAKCAQEA';

/** One sample of each well-known format (TOKEN_FORMATS). */
export const TOKENS = {
  github: 'ghp_' + rep('A1b2C3d4', 4) + 'Zz9Y',
  aws: 'AKIA' + 'Z7Q2M4K8P1R5T3V6',
  slack: 'xoxb-' + '1234567890-1234567890123-' + rep('AbCdEfGh', 3),
  slackWebhook: 'https://hooks.slack.com/services/T0ABCDEFG/B0ABCDEFG/' + WEBHOOK_KEY,
  storage: `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net`,
  serviceBus: `Endpoint=sb://contoso.servicebus.windows.net/;SharedAccessKeyName=Send;SharedAccessKey=${BUS_KEY}`,
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.' + 'dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  pem: `-----BEGIN RSA ${'PRIVATE'} KEY-----\n${PEM_BODY}\n-----END RSA PRIVATE KEY-----`,
  stripe: 'sk_' + 'live_' + '4eC39HqLyjWDarjtT1zdp7dc',
  sendgrid: 'SG.' + rep('aB3dE6gH9j', 2) + 'kL.' + rep('mN0pQ2rS4t', 4) + 'uV6',
  google: 'AIza' + rep('SyA1b2C3d4E5f6G', 2) + 'h7I8J',
  openai: 'sk-' + 'proj-' + rep('Zq9Xw8Vu7Ts6', 4),
  entra: 'Abc' + '8Q~' + rep('a1B2c3D4e5F6g7H8i9', 2).slice(0, 34),
  sql: `Server=tcp:contoso.database.windows.net;Database=orders;User ID=flow;Password=${PASSWORD};`,
};

/** The secret part of every literal the invalid cases plant: none of it may reach a finding (SPEC §5). */
export const PLANTED: readonly string[] = [
  PASSWORD,
  API_KEY,
  FN_KEY,
  SIG,
  STORAGE_KEY,
  BUS_KEY,
  WEBHOOK_KEY,
  PEM_BODY,
  ...[TOKENS.github, TOKENS.aws, TOKENS.slack, TOKENS.jwt, TOKENS.stripe, TOKENS.sendgrid],
  ...[TOKENS.google, TOKENS.openai, TOKENS.entra],
];

/** Obvious placeholders (isPlaceholder), each a valid case in a header, a parameter and a body. */
export const PLACEHOLDERS = [
  ...['<token>', '{{token}}', 'xxxxxxxxxxxx', '********', 'your-api-key', 'changeme', 'TODO', 'REPLACE_ME'],
  ...['$(ApiKey)', '#{ApiKey}#', '__ApiKey__', "[parameters('apiKey')]", '{client secret}', ''],
];

export const compose = (inputs: unknown): Json => ({ type: 'Compose', inputs, runAfter: {} });
export const basic = (password: string): Json => ({ type: 'Basic', username: 'svc-flow', password });
/** A flow with one HTTP action `C` with the given inputs (besides uri and method). */
export const httpFlow = (inputs: Json): Json =>
  flowFile({ C: http({ uri: 'https://api.contoso.com/orders', ...inputs }) });
export const withHeader = (name: string, value: string): Json => httpFlow({ headers: { [name]: value } });
export const withAuth = (authentication: Json): Json => httpFlow({ authentication });
export const tokenRequest = (body: unknown): Json =>
  http({ uri: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token', body });
/** A flow whose definition declares these parameters besides `$authentication`. */
export const withParams = (p: Json): Json =>
  flowFile({}, undefined, {
    parameters: { $authentication: { defaultValue: {}, type: 'SecureObject' }, ...p },
  });
export const connector = (api: string, operationId: string, parameters: Json): Json => ({
  type: 'OpenApiConnection',
  inputs: { host: { apiId: `/providers/Microsoft.PowerApps/apis/${api}`, operationId }, parameters },
});

/** An invalid case with one critical finding on `action` (null: a definition-level finding). */
export const one = (
  name: string,
  flow: Json,
  action: string | null,
  message: string[] = [],
): InvalidCase => ({
  name,
  flow,
  findings: [{ action, severity: 'critical', message }],
});
