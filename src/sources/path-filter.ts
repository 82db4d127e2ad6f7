import micromatch from 'micromatch';

/**
 * include/exclude globs on tree paths (`{ dot: true }`: `.github/…` and `.solution/…` are ordinary
 * folders here). A path must match one include, when there are any, and no exclude. The filter applies
 * to flow-bearing files and zips; the metadata a kept flow needs (data.xml, customizations.xml,
 * connections.json) is read wherever it is, so excluding the `Other` folders does not strip flows of their identity.
 */
export function pathFilter(
  include: readonly string[] = [],
  exclude: readonly string[] = [],
): (p: string) => boolean {
  const inc = include.map((g) => micromatch.matcher(g, { dot: true }));
  const exc = exclude.map((g) => micromatch.matcher(g, { dot: true }));
  return (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p));
}
