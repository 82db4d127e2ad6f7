import { describe, expect, it } from '@jest/globals';
import { parseCli, UsageError } from '../../src/cli/cli-args.js';

describe('parseCli', () => {
  it('parses scan with paths and flags', () => {
    expect(
      parseCli([
        'scan',
        'a',
        'b',
        '--format',
        'json',
        '--fail-on',
        'critical',
        '--report',
        'all',
        '-o',
        'r.json',
      ]),
    ).toMatchObject({
      command: 'scan',
      paths: ['a', 'b'],
      format: 'json',
      failOn: 'critical',
      report: 'all',
      output: 'r.json',
    });
  });

  it('parses scan --base/--head and diff', () => {
    expect(parseCli(['scan', '--base', 'main', '--head', 'HEAD'])).toMatchObject({
      base: 'main',
      head: 'HEAD',
      paths: [],
    });
    expect(parseCli(['diff', 'old', 'new'])).toMatchObject({ command: 'diff', paths: ['old', 'new'] });
  });

  it.each([
    [['scan', '--format', 'xml'], /--format: "xml"/],
    [['scan', '--fail-on', 'severe'], /--fail-on: "severe"/],
    [['scan', '--report', 'some'], /--report: "some"/],
    [['diff', 'only-one'], /exactly two/],
    [['diff', 'a', 'b', '--base', 'x'], /belong to scan/],
    [['scan', '--head', 'x'], /--head needs --base/],
    [['scan', '--bogus'], /bogus/],
    [['frobnicate'], /unknown command/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCli(argv as string[])).toThrow(UsageError);
    expect(() => parseCli(argv as string[])).toThrow(message as RegExp);
  });

  it('answers help and version', () => {
    expect(parseCli([]).command).toBe('help');
    expect(parseCli(['--version']).command).toBe('version');
    expect(parseCli(['scan', '--no-color']).color).toBe(false);
  });
});
