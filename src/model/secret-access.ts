import { compareCodeUnits } from '../json/code-unit-order.js';
import type { Flow } from './types.js';

/** One secret source or vault enumeration of a flow, for the job summary's secret access map. */
export interface SecretAccessEntry {
  action: string;
  kind: 'secret source' | 'enumeration';
  secureOutputs: boolean;
  /** Inside a Foreach/Until. */
  inLoop: boolean;
  /** Ids of the rules whose findings on this action the report holds, sorted (filled by the engine). */
  rules: string[];
}

export interface FlowSecretAccess {
  flow: string;
  flowKey: string;
  file: string;
  entry: string | null;
  entries: SecretAccessEntry[];
}

/** What a flow reads from vaults, straight from the model (so well-secured sources are listed too). */
export function secretAccessOf(flow: Flow): FlowSecretAccess | null {
  const entries: SecretAccessEntry[] = [];
  for (const n of flow.nodes) {
    if (!n.secretSource && !n.enumerationSource) continue;
    entries.push({
      action: n.name,
      kind: n.secretSource ? 'secret source' : 'enumeration',
      secureOutputs: n.secure.outputs,
      inLoop: n.loops.length > 0,
      rules: [],
    });
  }
  if (entries.length === 0) return null;
  return { flow: flow.name, flowKey: flow.key, file: flow.source.file, entry: flow.source.entry, entries };
}

/** Report order of the map, whatever order the flows were read in. */
export function compareAccess(a: FlowSecretAccess, b: FlowSecretAccess): number {
  return compareCodeUnits(a.file, b.file) || compareCodeUnits(a.entry ?? '', b.entry ?? '');
}
