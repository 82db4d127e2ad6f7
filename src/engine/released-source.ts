import { isObject, own, type JsonPath } from '../json/json-path.js';
import { parseJsonText } from '../sources/json-document.js';
import type { FlowSource } from '../sources/types.js';

/*
 * The streamed scan keeps some flows past their check (a caller read before the child it calls may be
 * checked again at the end). Their parsed document is released and parsed again only if it is needed;
 * where the scan can read files again, their text goes too. In a repository whose callers name children
 * it does not hold, the held documents and texts were most of the scan's memory.
 */

const RELEASED: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;
const TEXT_RELEASED = new WeakSet<FlowSource>();

/** The source without its parsed document; without its text too unless `keepText`. */
export function release(src: FlowSource, keepText = true): FlowSource {
  const out = { ...src, container: RELEASED };
  if (keepText) return out;
  const light = { ...out, source: { ...src.source, text: '' } };
  TEXT_RELEASED.add(light);
  return light;
}

/** Whether the source still has its text (else it must be read again before it is used). */
export function hasText(src: FlowSource): boolean {
  return !TEXT_RELEASED.has(src);
}

/** The source with its document, parsed again from the text when it was released. */
export function restore(src: FlowSource): FlowSource {
  if (src.container !== RELEASED) return src;
  if (!hasText(src)) throw new Error(`${src.source.file}: a held flow was not read again before its check`);
  const parsed = parseJsonText(src.source.text);
  // The text parsed when it was read; failing now would be a bug, not bad input.
  if (!parsed.ok) throw new Error(`${src.source.file}: the text of a held flow no longer parses`);
  const doc = parsed.value;
  const at = (path: JsonPath): unknown =>
    path.reduce<unknown>(
      (v, k) => (typeof k === 'number' ? (Array.isArray(v) ? v[k] : undefined) : own(v, k)),
      doc,
    );
  const def = src.definitionPath;
  let container: unknown;
  // A bare definition file: the container was made up around the root (see flow-document.ts).
  if (def && def.length === 0) container = { definition: doc };
  else if (def) container = { ...(at(src.containerPath) as object), definition: at(def) };
  else container = at(src.containerPath);
  if (!isObject(container)) throw new Error(`${src.source.file}: the held flow's container is gone`);
  return { ...src, container };
}
