/** Where a flow (or an unreadable file) was read: `file`, or `file!entry` for a zip entry. */
export function sourceWhere(source: { file: string; entry: string | null }): string {
  return source.entry ? `${source.file}!${source.entry}` : source.file;
}

/**
 * Where a flow sits in the tree it was read from (its source's pathKey: file, zip entry, ARM resource):
 * what tells two copies of one flow apart.
 */
export function flowWhere(flow: { pathKey: string }): string {
  return flow.pathKey;
}

/**
 * A repository often holds the same flow twice (the unpacked solution and a packed zip of it). Both are
 * analysed; the identity of each gets where it sits appended (`flowWhere`), so findings stay distinct and
 * match across revisions. Every driver of the engine names such flows with this one function.
 */
export function distinctKey(key: string, where: string): string {
  return `${key}@${where}`;
}

/** The keys that more than one flow of a revision has. */
export function sharedKeys(keys: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const k of keys) (seen.has(k) ? shared : seen).add(k);
  return shared;
}
