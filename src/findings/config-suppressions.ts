import micromatch from 'micromatch';
import type { IgnoreEntry } from './suppression-types.js';
import type { Finding } from './types.js';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/**
 * The configuration's `ignore:` entries that are in force on `today` (`YYYY-MM-DD`): an entry applies
 * before its `expires` day and not from that day on; each expired entry gets a warning naming it.
 */
export class ConfigSuppressions {
  private readonly active: IgnoreEntry[];
  readonly warnings: string[] = [];

  constructor(entries: readonly IgnoreEntry[], today: string) {
    this.active = entries.filter((e) => !e.expires || today < e.expires);
    for (const e of entries)
      if (e.expires && today >= e.expires)
        this.warnings.push(
          `config ignore[${e.index}] (${e.rule}${e.flow ? `, flow ${e.flow}` : ''}${e.action ? `, action ${e.action}` : ''}) expired on ${e.expires}: its findings count again. Fix them, or renew the entry with a reason.`,
        );
  }

  /** The first entry in force that matches the finding. */
  lookup(f: Finding): IgnoreEntry | undefined {
    return this.active.find((e) => matches(e, f));
  }
}

export function matches(e: IgnoreEntry, f: Finding): boolean {
  if (e.rule !== f.ruleId) return false;
  if (e.flow !== undefined) {
    const guid = GUID.exec(e.flow);
    if (guid) {
      if ((f.flow.id ?? '').toLowerCase() !== guid[1].toLowerCase()) return false;
    } else if (!micromatch.isMatch(f.flow.name, e.flow, { dot: true })) return false;
  }
  if (e.action !== undefined && (f.action === null || !micromatch.isMatch(f.action, e.action, { dot: true })))
    return false;
  if (e.path !== undefined && !micromatch.isMatch(f.location.file, e.path, { dot: true })) return false;
  return true;
}
