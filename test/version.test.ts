import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { REPOSITORY_URL, repositoryHome, VERSION } from '../src/version.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package metadata has one source: package.json', () => {
  it('the version', () => expect(VERSION).toBe(pkg.version));

  it('the repository URL, the one the README and the npm page name', () => {
    expect(REPOSITORY_URL).toBe('https://github.com/flowguard/flowguard');
    expect(pkg.homepage.startsWith(REPOSITORY_URL)).toBe(true);
    expect(pkg.bugs.url).toBe(`${REPOSITORY_URL}/issues`);
  });

  it.each([
    ['git+https://github.com/o/r.git', 'https://github.com/o/r'],
    ['https://github.com/o/r', 'https://github.com/o/r'],
    ['https://ghe.example.com/team/flow.guard.git', 'https://ghe.example.com/team/flow.guard'],
  ])('reads %s as %s', (url, home) => expect(repositoryHome(url)).toBe(home));

  it.each(['git@github.com:o/r.git', 'http://github.com/o/r', 'github:o/r', 'https://github.com/o'])(
    'refuses %s rather than build broken links',
    (url) => expect(() => repositoryHome(url)).toThrow(/not an https repository URL/),
  );
});
