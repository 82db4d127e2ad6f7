import { afterEach, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import {
  linksFromActionEnv,
  linkSource,
  PACKAGE_LINKS,
  projectUrl,
  ruleDocUrl,
  ruleIndexUrl,
  useLinkSource,
} from '../../src/report/doc-links.js';
import { RULES } from '../../src/rules/index.js';
import { VERSION } from '../../src/version.js';

afterEach(() => useLinkSource(PACKAGE_LINKS));

describe('links to the rule documentation', () => {
  it('point at the tag of the running version, never at main', () => {
    expect(ruleDocUrl('FG101')).toBe(
      `https://github.com/flowguard/flowguard/blob/v${VERSION}/docs/rules/FG101.md`,
    );
    expect(ruleIndexUrl()).toBe(`https://github.com/flowguard/flowguard/tree/v${VERSION}/docs/rules`);
    expect(projectUrl()).toBe('https://github.com/flowguard/flowguard');
  });

  it('name a page that exists for every rule', () => {
    for (const rule of RULES) {
      const url = ruleDocUrl(rule.meta.id);
      const file = url.slice(url.indexOf('/docs/rules/') + 1);
      expect(existsSync(file)).toBe(true);
    }
  });

  it('follow the source the action sets', () => {
    useLinkSource({ repositoryUrl: 'https://github.com/acme/fg', ref: 'v1' });
    expect(ruleDocUrl('FG150')).toBe('https://github.com/acme/fg/blob/v1/docs/rules/FG150.md');
    expect(linkSource().ref).toBe('v1');
  });
});

describe('the action repository and ref from the runner', () => {
  const sha = 'a'.repeat(40);
  it.each([
    [
      { GITHUB_ACTION_REPOSITORY: 'flowguard/flowguard', GITHUB_ACTION_REF: 'v1' },
      'https://github.com/flowguard/flowguard',
      'v1',
    ],
    [
      { GITHUB_ACTION_REPOSITORY: 'acme/flowguard-fork', GITHUB_ACTION_REF: sha },
      'https://github.com/acme/flowguard-fork',
      sha,
    ],
    [
      {
        GITHUB_ACTION_REPOSITORY: 'acme/fg',
        GITHUB_ACTION_REF: 'release/1.x',
        GITHUB_SERVER_URL: 'https://ghe.acme.test/',
      },
      'https://ghe.acme.test/acme/fg',
      'release/1.x',
    ],
  ])('%j', (env, repositoryUrl, ref) => expect(linksFromActionEnv(env)).toEqual({ repositoryUrl, ref }));

  // A local action (`uses: ./`) has no repository or ref; anything that is not a plain name could break
  // out of a Markdown link or a SARIF URI, so the package's own links stay.
  it.each([
    {},
    { GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' },
    { GITHUB_ACTION_REPOSITORY: 'flowguard/flowguard' },
    { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: 'v1) [click](https://evil.test' },
    { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: '../../../evil' },
    { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: 'v1\n::set-output' },
    { GITHUB_ACTION_REPOSITORY: 'o/r/x', GITHUB_ACTION_REF: 'v1' },
    { GITHUB_ACTION_REPOSITORY: '<b>/r', GITHUB_ACTION_REF: 'v1' },
    { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: 'v1', GITHUB_SERVER_URL: 'javascript:alert(1)//' },
  ])('falls back to the package links for %j', (env) =>
    expect(linksFromActionEnv(env)).toEqual(PACKAGE_LINKS),
  );
});
