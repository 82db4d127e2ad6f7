import { findContainers } from '../sources/flow-document.js';
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
  // The reader's own search finds the container again, so a restored source is the one it made.
  const key = src.containerPath.join('\u0000');
  const container = findContainers(parsed.value).containers.find(
    (c) => c.containerPath.join('\u0000') === key,
  )?.container;
  if (!container) throw new Error(`${src.source.file}: the held flow's container is gone`);
  return { ...src, container };
}
