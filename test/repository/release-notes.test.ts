import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
// @ts-expect-error: a plain .mjs script without types, run by the release workflow
import { releaseNotes } from '../../scripts/release-notes.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const notes = releaseNotes as (tag: string, changelog: string, version: string) => string;

describe('release notes from CHANGELOG.md', () => {
  it('the released version has its section', () => {
    if (changelog.includes(`## [${pkg.version}]`)) {
      const text = notes(`v${pkg.version}`, changelog, pkg.version);
      expect(text).toMatch(/^### Added$/m);
      expect(text).not.toMatch(/^## /m);
    }
    expect(changelog).toMatch(/^## \[Unreleased\]$/m);
  });

  it('takes exactly one section: up to the next version or the link list', () => {
    const log =
      '# Changelog\n\n## [Unreleased]\n\n- soon\n\n## [1.2.0] - 2027-01-02\n\n### Fixed\n\n- a\n\n## [1.1.0] - 2026-12-01\n\n- b\n\n[1.2.0]: https://x\n';
    expect(notes('v1.2.0', log, '1.2.0')).toBe('### Fixed\n\n- a\n');
    expect(notes('v1.1.0', log, '1.1.0')).toBe('- b\n');
  });

  it.each([
    ['1.2.0', '1.2.0', /not vMAJOR\.MINOR\.PATCH/],
    ['v1.2.0', '1.3.0', /not the package version v1\.3\.0/],
    ['v1.3.0', '1.3.0', /no "## \[1\.3\.0\]/],
  ])('refuses tag %s for package %s', (tag, version, error) => {
    expect(() => notes(tag, '## [1.2.0] - 2027-01-02\n\n- a\n', version)).toThrow(error);
  });

  it('refuses an empty section', () => {
    expect(() => notes('v2.0.0', '## [2.0.0] - 2027-01-02\n\n## [1.0.0]\n- a\n', '2.0.0')).toThrow(/empty/);
  });
});
