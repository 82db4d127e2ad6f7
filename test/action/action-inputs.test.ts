import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { parseInputs } from '../../src/action/action-inputs.js';

const env = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/runner/tmp' };
const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '', env);

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    expect(inputs({ 'github-token': 'ghs_x' })).toEqual({
      token: 'ghs_x',
      paths: [],
      exclude: [],
      comment: 'review',
      annotations: true,
      sarifFile: path.resolve('/runner/tmp/flowguard.sarif'),
    });
  });

  it('reads lists one entry per line and resolves the SARIF path from the workspace', () => {
    const got = inputs({
      paths: 'solutions/a\n\n  solutions/b  \r\n',
      exclude: '**/test/**',
      'sarif-file': 'out/fg.sarif',
      config: 'ci/flowguard.yml',
    });
    expect(got.paths).toEqual(['solutions/a', 'solutions/b']);
    expect(got.exclude).toEqual(['**/test/**']);
    expect(got.sarifFile).toBe(path.resolve('/ws/out/fg.sarif'));
    expect(got.config).toBe('ci/flowguard.yml');
  });

  it('accepts the gate and report settings and the YAML booleans', () => {
    const got = inputs({ 'fail-on': 'critical', report: 'all', comment: 'summary', annotations: 'False' });
    expect(got).toMatchObject({ failOn: 'critical', report: 'all', comment: 'summary', annotations: false });
  });

  it.each([
    ['fail-on', 'hgh', /input "fail-on": "hgh" is not one of none, info, low, medium, high, critical/],
    ['report', 'everything', /input "report": "everything" is not one of new, all/],
    ['comment', 'inline', /input "comment": "inline" is not one of review, summary, none/],
    ['annotations', 'yes', /input "annotations": "yes" is not a boolean \(expected true or false\)/],
  ])('names the input, the value and the expected form: %s', (name, value, message) => {
    expect(() => inputs({ [name]: value })).toThrow(message);
  });

  it.each([
    ['paths', 'solutions\n../other-checkout'],
    ['paths', '/etc'],
    ['paths', 'solutions/../..'],
    ['config', '../policy/.flowguard.yml'],
    ['config', '/runner/tmp/.flowguard.yml'],
  ])('refuses %s outside the workspace: %j', (name, value) => {
    expect(() => inputs({ [name]: value })).toThrow(
      /input "(paths|config)": .* is outside the workspace \/ws/,
    );
  });

  it('takes paths inside the workspace however they are spelled', () => {
    const got = inputs({ paths: '/ws/solutions\n./a/../b\n..hidden', config: '/ws/ci/fg.yml' });
    expect(got.paths).toEqual(['/ws/solutions', './a/../b', '..hidden']);
    expect(got.config).toBe('/ws/ci/fg.yml');
  });
});
