import { callKeys, keysOf } from '../model/child-flow-calls.js';
import type { Flow } from '../model/types.js';

/**
 * PR mode reads only the files a change touches, but a changed caller's risk depends on what the flows it
 * calls return (SPEC §2 "Child flows"). These are the tree paths of called flows the read did not include:
 * a Power Automate child by the GUID in its file name (`Workflows/<Name>-<GUID>.json`), a Logic Apps
 * Standard workflow by `<app>/<name>/workflow.json`. Read on both sides, such a flow is unchanged, so its
 * own findings are existing ones and it does not count as changed; only its callers' analysis sees it.
 */
export function unreadChildPaths(flows: readonly Flow[], listing: readonly string[]): Set<string> {
  const known = new Set(flows.flatMap(keysOf));
  const missing = new Set(flows.flatMap(callKeys).filter((k) => !known.has(k)));
  const out = new Set<string>();
  if (missing.size === 0) return out;
  const read = new Set(flows.map((f) => f.source.file));
  for (const file of listing) {
    if (read.has(file) || !file.toLowerCase().endsWith('.json')) continue;
    const lower = file.toLowerCase();
    const name = lower.slice(lower.lastIndexOf('/') + 1);
    for (const key of missing) {
      const wanted = key.startsWith('app:')
        ? lower === `${key.slice(4).replace(/^\//, '')}/workflow.json`
        : !key.includes(':') && name.includes(key);
      if (wanted) out.add(file);
    }
  }
  return out;
}
