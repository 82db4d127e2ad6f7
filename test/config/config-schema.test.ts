import { describe, expect, it } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { ConfigError, parseConfigText, validateConfig } from '../../src/config/config-file.js';
import { RULES } from '../../src/rules/index.js';

/**
 * schemas/flowguard-config.schema.json is what editors check `.flowguard.yml` with (yaml-language-server);
 * the loader is what flowguard runs with. Each config below goes through both, and both must agree.
 */
const schema = JSON.parse(readFileSync('schemas/flowguard-config.schema.json', 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaAccepts = ajv.compile(schema);

const valid: Array<[string, unknown]> = [
  ['empty', {}],
  [
    'the README example',
    {
      failOn: 'high',
      report: 'new',
      include: ['solutions/**'],
      exclude: ['**/test-data/**'],
      disable: ['FG112'],
      allowedHosts: ['api.contoso.com'],
      privilegedConnectors: ['shared_sql'],
      secretSources: [
        { connector: 'shared_cyberarkvault', operationId: 'GetPassword', nameParameter: 'accountName' },
      ],
      limits: { maxFileBytes: 67108864, maxNestingDepth: 256 },
    },
  ],
  [
    'lower-case rule ids',
    { disable: ['fg110'], severity: { fg130: 'medium' }, ignore: [{ rule: 'fg150', reason: 'x' }] },
  ],
  [
    'a full ignore entry',
    {
      ignore: [
        {
          rule: 'FG130',
          flow: 'Portal*',
          action: 'manual',
          path: 'solutions/hr/**',
          reason: 'APIM in front',
          expires: '2027-03-31',
        },
      ],
    },
  ],
  [
    'an ignore entry by flow GUID',
    { ignore: [{ rule: 'FG110', flow: '0a1b2c3d-0000-4000-8000-000000000001', reason: 'r' }] },
  ],
  ['severity overrides with off', { severity: { FG130: 'medium', FG112: 'off' } }],
  ['FG001 re-graded (not off)', { severity: { fg001: 'medium' } }],
  ['baseline', { baseline: '.flowguard-baseline.json' }],
  [
    'connector policies, an empty allow',
    {
      connectorPolicies: [
        {
          connector: 'shared_keyvault',
          allow: ['solutions/Secrets*/**'],
          reason: 'vault access solution only',
        },
        { connector: 'sql', allow: [], reason: 'no SQL' },
      ],
    },
  ],
];

const invalid: Array<[string, unknown, RegExp]> = [
  ['an unknown top-level key', { colour: true }, /unknown key "colour"/],
  [
    'an unknown rule id in disable',
    { disable: ['FG9999'] },
    /disable\[0\]: "FG9999" is not a rule id \(known: FG001, /,
  ],
  ['an unknown rule id in severity', { severity: { FG999: 'low' } }, /severity: "FG999" is not a rule id/],
  ['a bad severity value', { severity: { FG130: 'severe' } }, /severity.FG130: "severe" is not one of off/],
  [
    'an ignore entry without reason',
    { ignore: [{ rule: 'FG130' }] },
    /ignore\[0\]: key "reason" is required/,
  ],
  [
    'an ignore entry with an empty reason',
    { ignore: [{ rule: 'FG130', reason: '  ' }] },
    /ignore\[0\]: key "reason"/,
  ],
  ['an ignore entry without rule', { ignore: [{ reason: 'x' }] }, /ignore\[0\]: key "rule" is required/],
  [
    'an ignore entry with an unknown key',
    {
      ignore: [
        { rule: 'FG130', reason: 'x' },
        { rule: 'FG130', reason: 'x', flows: 'a' },
      ],
    },
    /ignore\[1\]: unknown key "flows"/,
  ],
  [
    'an ignore entry with an unknown rule',
    { ignore: [{ rule: 'FG131', reason: 'x' }] },
    /ignore\[0\]: rule: "FG131" is not a rule id/,
  ],
  [
    'an ignore entry with a bad date',
    { ignore: [{ rule: 'FG130', reason: 'x', expires: '2027-02-30' }] },
    /ignore\[0\]: key "expires": "2027-02-30" is not a date/,
  ],
  [
    'an ignore entry with a date in another form',
    { ignore: [{ rule: 'FG130', reason: 'x', expires: '31.03.2027' }] },
    /key "expires"/,
  ],
  ['ignore as a mapping', { ignore: { rule: 'FG130' } }, /ignore must be a list/],
  [
    'a connector policy without reason',
    { connectorPolicies: [{ connector: 'keyvault', allow: [] }] },
    /connectorPolicies\[0\]: key "reason" is required/,
  ],
  [
    'a connector policy without allow',
    { connectorPolicies: [{ connector: 'keyvault', reason: 'r' }] },
    /connectorPolicies\[0\]: key "allow" is required/,
  ],
  [
    'a connector policy with an unknown key',
    { connectorPolicies: [{ connector: 'keyvault', allow: [], reason: 'r', deny: [] }] },
    /unknown key "deny"/,
  ],
  ['an empty baseline path', { baseline: '' }, /baseline must be a file path/],
  ['failOn as a list', { failOn: ['none'] }, /failOn: "\["none"\]" is not one of none/],
  ['report as a list', { report: ['all'] }, /report: .* is not one of new, all/],
  [
    'a secret source with a name parameter that is not a string',
    { secretSources: [{ connector: 'shared_vault', operationId: 'Get', nameParameter: 5 }] },
    /secretSources\[0\]: key "nameParameter" must be a string/,
  ],
  ['FG001 disabled', { disable: ['FG112', 'fg001'] }, /disable\[1\]: FG001 cannot be switched off/],
  ['FG001 severity off', { severity: { FG001: 'off' } }, /severity.FG001: FG001 cannot be switched off/],
  ['a limit of zero', { limits: { maxZipEntries: 0 } }, /limits.maxZipEntries must be a positive integer/],
];

describe('the config schema and the loader agree', () => {
  it.each(valid)('both accept: %s', (_name, doc) => {
    expect(schemaAccepts(doc) ? [] : schemaAccepts.errors).toEqual([]);
    expect(() => validateConfig(doc, '.flowguard.yml')).not.toThrow();
  });

  it.each(invalid)('both reject: %s', (_name, doc, message) => {
    expect(schemaAccepts(doc)).toBe(false);
    expect(() => validateConfig(doc, '.flowguard.yml')).toThrow(ConfigError);
    expect(() => validateConfig(doc, '.flowguard.yml')).toThrow(message);
  });

  it('one rule given twice in severity (ids are case-insensitive) is an error, not a guess', () => {
    expect(() => validateConfig({ severity: { FG103: 'off', fg103: 'high' } }, '.flowguard.yml')).toThrow(
      /severity: FG103 is given twice/,
    );
  });

  it("the schema's rule ids are the catalogue's", () => {
    const pattern = new RegExp(schema.definitions.ruleId.pattern);
    for (const r of RULES)
      expect(pattern.test(r.meta.id) && pattern.test(r.meta.id.toLowerCase())).toBe(true);
    const listed = /\(([\d|]+)\)/
      .exec(schema.definitions.ruleId.pattern)![1]
      .split('|')
      .map((n) => `FG${n}`);
    expect(listed).toEqual(RULES.map((r) => r.meta.id));
    expect(schema.properties.severity.propertyNames.pattern).toBe(schema.definitions.ruleId.pattern);
  });

  it('every key the loader knows is in the schema, and no other', () => {
    for (const key of Object.keys(schema.properties))
      expect(() => validateConfig({ [key]: undefined }, 'x')).not.toThrow();
    expect(() => validateConfig({ notAKey: 1 }, 'x')).toThrow(
      new RegExp(`known: ${Object.keys(schema.properties).join(', ')}\\)`),
    );
  });

  it('unquoted YAML dates and rule ids normalise to the catalogue spelling', async () => {
    const config = await parseConfigText(
      [
        'disable: [fg112]',
        'severity: { fg130: medium }',
        'ignore:',
        '  - { rule: fg110, reason: ok, expires: 2027-03-31 }',
      ].join('\n'),
      '.flowguard.yml',
    );
    expect(config.disable).toEqual(['FG112']);
    expect(config.severity).toEqual({ FG130: 'medium' });
    expect(config.ignore).toEqual([{ rule: 'FG110', reason: 'ok', expires: '2027-03-31', index: 0 }]);
  });
});
