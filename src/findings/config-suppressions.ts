import micromatch from 'micromatch';
import type { BaseNames } from './base-counterparts.js';
import type { IgnoreEntry } from './suppression-types.js';
import type { Finding } from './types.js';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** What an entry's globs are matched against: a flow (id, display name), its file and a trigger/action. */
interface Names {
  id: string | null;
  name: string;
  file: string;
  action: string | null;
}

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
          `config ignore[${e.index}] (${describeEntry(e)}) expired on ${e.expires}: its findings count again. Fix them, or renew the entry with a reason.`,
        );
  }

  /**
   * The first entry in force that matches the finding. `base`: in a comparison, how the base revision names
   * and places the finding's flow (null for a flow the change adds): the entry must match those names too
   * (SPEC §4), so renaming or moving a flow or action into an entry does not accept the change's findings.
   */
  lookup(f: Finding, base: BaseNames | null = null): IgnoreEntry | undefined {
    return this.active.find(
      (e) => matches(e, f) && (base === null || matchesNames(e, f.ruleId, baseNames(f, base))),
    );
  }

  /** An entry in force that matches the finding by the names the change gave it, but not by the base's. */
  refusedBy(f: Finding, base: BaseNames | null): IgnoreEntry | undefined {
    if (base === null) return undefined;
    return this.active.find((e) => matches(e, f) && !matchesNames(e, f.ruleId, baseNames(f, base)));
  }
}

export function matches(e: IgnoreEntry, f: Finding): boolean {
  return matchesNames(e, f.ruleId, { ...f.flow, file: f.location.file, action: f.action });
}

/** A finding's names as the base has them: a trigger/action the change adds keeps its own (head) name. */
function baseNames(f: Finding, base: BaseNames): Names {
  const action = f.action === null ? null : (base.nodes.get(f.action) ?? f.action);
  return { id: base.id, name: base.name, file: base.file ?? f.location.file, action };
}

function matchesNames(e: IgnoreEntry, rule: string, n: Names): boolean {
  if (e.rule !== rule) return false;
  if (e.flow !== undefined) {
    const guid = GUID.exec(e.flow);
    if (guid) {
      if ((n.id ?? '').toLowerCase() !== guid[1].toLowerCase()) return false;
    } else if (!micromatch.isMatch(n.name, e.flow, { dot: true })) return false;
  }
  if (e.action !== undefined && (n.action === null || !micromatch.isMatch(n.action, e.action, { dot: true })))
    return false;
  if (e.path !== undefined && !micromatch.isMatch(n.file, e.path, { dot: true })) return false;
  return true;
}

function describeEntry(e: IgnoreEntry): string {
  return `${e.rule}${e.flow ? `, flow ${e.flow}` : ''}${e.action ? `, action ${e.action}` : ''}${e.path ? `, path ${e.path}` : ''}`;
}

/**
 * Why an entry that matches a finding by the change's names was not applied: for the user, who may have
 * renamed or moved in good faith (SPEC §4). Names what the base calls the flow, file or action.
 */
export function refusalWarning(e: IgnoreEntry, f: Finding, base: BaseNames): string {
  const was = baseNames(f, base);
  const differs: string[] = [];
  if (was.name !== f.flow.name) differs.push(`the base revision calls the flow "${was.name}"`);
  if (was.file !== f.location.file) differs.push(`the base revision has the flow in ${was.file}`);
  if (was.action !== null && was.action !== f.action)
    differs.push(`the base revision calls the action "${was.action}"`);
  if ((was.id ?? '') !== (f.flow.id ?? ''))
    differs.push(`the base revision knows the flow by ${was.id ?? 'its path, without a GUID'}`);
  const subject = `${f.ruleId} in flow "${f.flow.name}"${f.action === null ? '' : `, ${f.action}`} (${f.location.file})`;
  return `config ignore[${e.index}] (${describeEntry(e)}) not applied to ${subject}: it matches only the names this change gives (${differs.join('; ')}). A suppression follows a rename or move once that is in the base branch.`;
}
