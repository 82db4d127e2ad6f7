import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  authorizationHeader,
  configuredAuthorization,
  displayUrl,
  headerScope,
  redact,
  secretForms,
  withConfigEntry,
} from '../../src/git/fetch-auth.js';
import { GitRepo } from '../helpers/git-repo.js';

const TOKEN = 'ghs_unitTestToken42';
const B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');

describe('headerScope: which URL may receive the token', () => {
  const cases: [string, string, string | null][] = [
    // remote, GITHUB_SERVER_URL, scope
    ['https://github.com/octo/flows', 'https://github.com', 'https://github.com/octo/flows'],
    ['https://github.com/octo/flows.git', 'https://github.com/', 'https://github.com/octo/flows.git'],
    ['https://GitHub.com:443/octo/flows', 'https://github.com', 'https://github.com/octo/flows'],
    ['https://ghe.example.com/octo/flows', 'https://ghe.example.com', 'https://ghe.example.com/octo/flows'],
    [
      'https://ghe.example.com/git/octo/flows',
      'https://ghe.example.com/git',
      'https://ghe.example.com/git/octo/flows',
    ],
    ['http://127.0.0.1:8080/octo/flows.git', 'http://127.0.0.1:8080', 'http://127.0.0.1:8080/octo/flows.git'],
    // A user name in the URL stays out of the key (git matches a key without one for any user).
    ['https://x-access-token@github.com/octo/flows', 'https://github.com', 'https://github.com/octo/flows'],
    // Not the server that issued the token: another host, port, scheme, or a look-alike host.
    ['https://ghe.example.com/octo/flows', 'https://github.com', null],
    ['https://github.com.evil.example/octo/flows', 'https://github.com', null],
    ['http://github.com/octo/flows', 'https://github.com', null],
    ['http://127.0.0.1:9090/octo/flows.git', 'http://127.0.0.1:8080', null],
    ['https://ghe.example.com/other/octo/flows', 'https://ghe.example.com/git', null],
    ['https://ghe.example.com/gitx/octo/flows', 'https://ghe.example.com/git', null],
    // Not http(s), or credentials of its own in the URL, or no URL at all.
    ['git@github.com:octo/flows.git', 'https://github.com', null],
    ['ssh://git@github.com/octo/flows.git', 'https://github.com', null],
    ['file:///srv/git/flows.git', 'https://github.com', null],
    ['https://user:secret@github.com/octo/flows', 'https://github.com', null],
    ['', 'https://github.com', null],
    ['https://github.com/octo/flows', 'not a url', null],
  ];
  it.each(cases)('%s on %s → %s', (remote, server, scope) => {
    expect(headerScope(remote, server)).toBe(scope);
  });
});

/** What git itself sends to `url` given the environment: its own URL matching, not ours. */
function headerGitSends(env: NodeJS.ProcessEnv, url: string): string {
  const repo = new GitRepo('fg-fetch-auth-');
  try {
    return execFileSync('git', ['config', '--get-urlmatch', 'http.extraheader', url], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH, HOME: repo.dir, ...env },
      encoding: 'utf8',
    }).trim();
  } catch {
    return '';
  }
}

describe('the scoped header, as git reads it from the environment', () => {
  const scope = headerScope('https://ghe.example.com/octo/flows', 'https://ghe.example.com')!;
  const env = withConfigEntry({}, `http.${scope}.extraheader`, authorizationHeader(TOKEN))!;

  it('is sent to origin', () => {
    expect(headerGitSends(env, 'https://ghe.example.com/octo/flows')).toBe(`AUTHORIZATION: basic ${B64}`);
  });

  it.each([
    'https://ghe.example.com/octo/flows-fork',
    'https://ghe.example.com/octo',
    'https://ghe.example.com.evil.example/octo/flows',
    'https://github.com/octo/flows',
    'http://ghe.example.com/octo/flows',
  ])('is not sent to %s', (url) => {
    expect(headerGitSends(env, url)).toBe('');
  });
});

describe('withConfigEntry: the environment git reads config from', () => {
  it('appends after the entries already there', () => {
    const env = withConfigEntry(
      {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: 'a.b',
        GIT_CONFIG_VALUE_0: '1',
        GIT_CONFIG_KEY_1: 'c.d',
        GIT_CONFIG_VALUE_1: '2',
      },
      'http.https://github.com/o/r.extraheader',
      'AUTHORIZATION: basic x',
    );
    expect(env).toMatchObject({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_0: 'a.b',
      GIT_CONFIG_KEY_1: 'c.d',
      GIT_CONFIG_KEY_2: 'http.https://github.com/o/r.extraheader',
      GIT_CONFIG_VALUE_2: 'AUTHORIZATION: basic x',
    });
  });

  it('starts at 0 without GIT_CONFIG_COUNT, and leaves the input untouched', () => {
    const input = { PATH: '/bin' };
    expect(withConfigEntry(input, 'k.v', 'x')).toEqual({
      PATH: '/bin',
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'k.v',
      GIT_CONFIG_VALUE_0: 'x',
    });
    expect(input).toEqual({ PATH: '/bin' });
  });

  it('refuses a GIT_CONFIG_COUNT that is not a count', () => {
    expect(withConfigEntry({ GIT_CONFIG_COUNT: 'two' }, 'k.v', 'x')).toBeNull();
    expect(withConfigEntry({ GIT_CONFIG_COUNT: '-1' }, 'k.v', 'x')).toBeNull();
  });

  it('is read by git with the entries before it', () => {
    const env = withConfigEntry(
      { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: 'X-Kept: 1' },
      'http.https://github.com/o/r.extraheader',
      'AUTHORIZATION: basic x',
    )!;
    const repo = new GitRepo('fg-fetch-auth-');
    const all = execFileSync('git', ['config', '--get-all', 'http.extraheader'], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH, HOME: repo.dir, ...env },
      encoding: 'utf8',
    });
    expect(all).toBe('X-Kept: 1\n');
    expect(headerGitSends(env, 'https://github.com/o/r')).toBe('AUTHORIZATION: basic x');
  });
});

describe('configuredAuthorization: an Authorization header git config already sends', () => {
  const remote = 'https://github.com/octo/flows';
  const header = (key: string, value = `AUTHORIZATION: basic ${B64}`) => ({ key, value });
  const cases: [string, { key: string; value: string }[], string | null][] = [
    ['none', [], null],
    [
      'actions/checkout',
      [header('http.https://github.com/.extraheader')],
      'http.https://github.com/.extraheader',
    ],
    ['every URL', [header('http.extraheader')], 'http.extraheader'],
    [
      'this repository',
      [header('http.https://github.com/octo/flows.extraheader')],
      'http.https://github.com/octo/flows.extraheader',
    ],
    [
      'the owner',
      [header('http.https://github.com/octo.extraheader')],
      'http.https://github.com/octo.extraheader',
    ],
    ['another host', [header('http.https://ghe.example.com/.extraheader')], null],
    ['another repository', [header('http.https://github.com/octo/flows-fork.extraheader')], null],
    ['another scheme', [header('http.http://github.com/.extraheader')], null],
    ['another header', [header('http.https://github.com/.extraheader', 'X-Trace: 1')], null],
    [
      'lower-case name',
      [header('http.https://github.com/.extraheader', 'authorization: Bearer x')],
      'http.https://github.com/.extraheader',
    ],
    // A key git may match that we cannot read (a glob): assume it applies; the error names it.
    ['a glob', [header('http.https://*.com/.extraheader')], 'http.https://*.com/.extraheader'],
  ];
  it.each(cases)('%s', (_, entries, key) => {
    expect(configuredAuthorization(entries, remote)).toBe(key);
  });
});

describe('redaction', () => {
  it('masks the token and its base64 form, wherever they appear', () => {
    expect(secretForms(TOKEN)).toEqual([TOKEN, B64]);
    expect(secretForms('')).toEqual([]);
    const stderr = `=> Send header: Authorization: basic ${B64}\nfatal: bad token ${TOKEN} (${TOKEN})`;
    expect(redact(stderr, TOKEN)).toBe(
      '=> Send header: Authorization: basic ***\nfatal: bad token *** (***)',
    );
  });

  it('names a remote without its user information', () => {
    expect(displayUrl('https://x-access-token:ghs_abc@github.com/o/r')).toBe('https://github.com/o/r');
    expect(displayUrl('git@github.com:o/r.git')).toBe('git@github.com:o/r.git');
  });
});
