import type { Flow } from '../model/types.js';

export interface FlowPair {
  base: Flow | null;
  head: Flow | null;
}

/**
 * Pairs the flows of two revisions (SPEC §1, §4): by identity (the GUID, so renames and moves match),
 * then, for flows without a GUID, by path.
 */
export function matchFlows(base: readonly Flow[], head: readonly Flow[]): FlowPair[] {
  const pairs: FlowPair[] = [];
  const baseByKey = new Map<string, Flow>();
  for (const b of base) baseByKey.set(b.key, b);
  const used = new Set<Flow>();
  const unmatchedHead: Flow[] = [];
  for (const h of head) {
    const b = baseByKey.get(h.key);
    if (b && !used.has(b)) {
      used.add(b);
      pairs.push({ base: b, head: h });
    } else unmatchedHead.push(h);
  }
  const baseByPath = new Map<string, Flow>();
  for (const b of base) if (!used.has(b)) baseByPath.set(pathOf(b), b);
  for (const h of unmatchedHead) {
    const b = baseByPath.get(pathOf(h));
    if (b && !used.has(b)) {
      used.add(b);
      pairs.push({ base: b, head: h });
    } else pairs.push({ base: null, head: h });
  }
  for (const b of base) if (!used.has(b)) pairs.push({ base: b, head: null });
  return pairs;
}

function pathOf(f: Flow): string {
  return `${f.source.file}!${f.source.entry ?? ''}`;
}
