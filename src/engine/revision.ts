import type { ModelOptions } from '../model/build-flow.js';
import { distinctKey, flowWhere, sharedKeys } from '../model/flow-identity.js';
import type { Flow } from '../model/types.js';
import type { ReadResult, SourceFile, UnreadableFile } from '../sources/types.js';
import { modelFlow } from './flow-checker.js';
import { sourceKey } from './finish-report.js';

export { sourceKey };

/** The analysed flows of one revision. */
export interface Revision {
  flows: Flow[];
  unreadable: UnreadableFile[];
  filesRead: number;
  /** Source texts by file and entry, for locating lines of findings. */
  sources: Map<string, SourceFile>;
}

/** Builds the model of every flow a reader found; a definition that cannot be modelled becomes FG001. */
export function buildRevision(read: ReadResult, options: ModelOptions = {}): Revision {
  const flows: Flow[] = [];
  const unreadable = [...read.unreadable];
  const sources = new Map<string, SourceFile>();
  for (const src of read.flows) {
    sources.set(sourceKey(src.source.file, src.source.entry), src.source);
    const built = modelFlow(src, options);
    if ('unreadable' in built) unreadable.push(built.unreadable);
    else flows.push(built);
  }
  // The same flow twice (the unpacked solution and a packed zip of it): see distinctKey.
  const shared = sharedKeys(flows.map((f) => f.key));
  for (const f of flows) if (shared.has(f.key)) f.key = distinctKey(f.key, flowWhere(f));
  return { flows, unreadable, filesRead: read.filesRead, sources };
}

/** Two revisions read in parts (PR mode's second read of called children) as one; the parts share no flow. */
export function joinRevisions(a: Revision, b: Revision): Revision {
  return {
    flows: [...a.flows, ...b.flows],
    unreadable: [...a.unreadable, ...b.unreadable],
    filesRead: a.filesRead + b.filesRead,
    sources: new Map([...a.sources, ...b.sources]),
  };
}
