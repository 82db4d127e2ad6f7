import { buildFlow, ModelError, type ModelOptions } from '../model/build-flow.js';
import type { Flow } from '../model/types.js';
import type { ReadResult, SourceFile, UnreadableFile } from '../sources/types.js';

/** The analysed flows of one revision. */
export interface Revision {
  flows: Flow[];
  unreadable: UnreadableFile[];
  filesRead: number;
  /** Source texts by file and entry, for locating lines of findings. */
  sources: Map<string, SourceFile>;
}

export function sourceKey(file: string, entry: string | null): string {
  return `${file}\u0000${entry ?? ''}`;
}

/** Builds the model of every flow a reader found; a definition that cannot be modelled becomes FG001. */
export function buildRevision(read: ReadResult, options: ModelOptions = {}): Revision {
  const flows: Flow[] = [];
  const unreadable = [...read.unreadable];
  const sources = new Map<string, SourceFile>();
  for (const src of read.flows) {
    sources.set(sourceKey(src.source.file, src.source.entry), src.source);
    try {
      flows.push(buildFlow(src, options));
    } catch (err) {
      if (!(err instanceof ModelError)) throw err;
      unreadable.push({
        file: src.source.file,
        entry: src.source.entry,
        reason: `not a usable flow definition: ${err.message}`,
      });
    }
  }
  disambiguate(flows);
  return { flows, unreadable, filesRead: read.filesRead, sources };
}

/**
 * A repository often holds the same flow twice (the unpacked solution and a packed zip of it). Both are
 * analysed; their identities get the path appended so findings stay distinct and match across revisions.
 */
function disambiguate(flows: Flow[]): void {
  const count = new Map<string, number>();
  for (const f of flows) count.set(f.key, (count.get(f.key) ?? 0) + 1);
  for (const f of flows) {
    if ((count.get(f.key) ?? 0) > 1) f.key = `${f.key}@${f.pathKey}`;
  }
}
