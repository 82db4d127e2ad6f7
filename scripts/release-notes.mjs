// Prints the CHANGELOG section of a release tag, for the GitHub release notes; fails (exit 1) when the tag is
// not `v` + package.json's version or the section is missing or empty, so a release cannot go out unnamed.
//   node scripts/release-notes.mjs v1.2.3 [CHANGELOG.md] [package.json]
import { readFileSync } from 'node:fs';

export function releaseNotes(tag, changelog, version) {
  if (!/^v\d+\.\d+\.\d+$/.test(tag)) throw new Error(`tag ${tag} is not vMAJOR.MINOR.PATCH`);
  if (tag !== `v${version}`)
    throw new Error(`tag ${tag} is not the package version v${version}: bump package.json first`);
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\](?: - \\d{4}-\\d{2}-\\d{2})?\\s*$`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" section`);
  const end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]: /.test(l)));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (body === '') throw new Error(`the CHANGELOG.md section of ${version} is empty`);
  return `${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [tag, changelogFile = 'CHANGELOG.md', packageFile = 'package.json'] = process.argv.slice(2);
  try {
    const { version } = JSON.parse(readFileSync(packageFile, 'utf8'));
    process.stdout.write(releaseNotes(tag ?? '', readFileSync(changelogFile, 'utf8'), version));
  } catch (err) {
    process.stderr.write(`release-notes: ${err.message}\n`);
    process.exit(1);
  }
}
