import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, validateConfig } from '../../src/config/config-file.js';

describe('.flowguard.yml', () => {
  it('loads a full configuration from a real file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-config-'));
    const file = path.join(dir, '.flowguard.yml');
    writeFileSync(
      file,
      [
        'failOn: medium',
        'report: all',
        'exclude: ["**/samples/**"]',
        'disable: [FG112]',
        'allowedHosts: [API.Contoso.com]',
        'privilegedConnectors: [shared_sql]',
        'secretSources:',
        '  - { connector: shared_cyberark, operationId: GetPassword, nameParameter: account }',
        'limits: { maxZipEntries: 100, maxFlowBytes: 2048, maxExpressionLength: 9000, maxNestingDepth: 1000 }',
      ].join('\n'),
    );
    expect(await loadConfig(file)).toEqual({
      failOn: 'medium',
      report: 'all',
      exclude: ['**/samples/**'],
      disable: ['FG112'],
      allowedHosts: ['api.contoso.com'],
      privilegedConnectors: ['sql'],
      secretSources: [{ connector: 'shared_cyberark', operationId: 'GetPassword', nameParameter: 'account' }],
      limits: { maxZipEntries: 100, maxFlowBytes: 2048, maxExpressionLength: 9000, maxNestingDepth: 1000 },
    });
  });

  it.each([
    [{ failOn: 'severe' }, /failOn: "severe"/],
    [{ colour: true }, /unknown key "colour"/],
    [{ exclude: 'x' }, /exclude must be a list of strings/],
    [{ limits: { maxZipEntries: -1 } }, /limits.maxZipEntries must be a positive integer/],
    [{ limits: { maxFoo: 1 } }, /unknown limit "maxFoo"/],
    // Memory grows with the square of the nesting depth (every node keeps its containers and path).
    [{ limits: { maxNestingDepth: 10_000 } }, /limits.maxNestingDepth must be at most 1000, got 10000/],
    [{ secretSources: [{ connector: 'x' }] }, /secretSources\[0\]/],
    [['a'], /mapping/],
  ])('rejects %j with a message naming the key', (doc, message) => {
    expect(() => validateConfig(doc, 'cfg.yml')).toThrow(ConfigError);
    expect(() => validateConfig(doc, 'cfg.yml')).toThrow(message);
  });

  it('reports invalid YAML and a missing file clearly', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fg-config-'));
    writeFileSync(path.join(dir, 'bad.yml'), 'failOn: [unclosed');
    await expect(loadConfig(path.join(dir, 'bad.yml'))).rejects.toThrow(/not valid YAML/);
    await expect(loadConfig(path.join(dir, 'missing.yml'))).rejects.toThrow(/cannot read config file/);
  });
});
