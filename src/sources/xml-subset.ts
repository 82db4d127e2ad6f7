/**
 * A fast path for the solution metadata files (`.json.data.xml`, `customizations.xml`): one forward pass
 * over the text that checks it is well-formed and builds the same objects fast-xml-parser would, for a
 * plain subset of XML — the subset Dataverse exports. Anything outside that subset answers `undefined`,
 * and the caller validates and parses the document with fast-xml-parser as before, so errors, lines and
 * every unusual case keep their one implementation.
 *
 * Why: fast-xml-parser's validator and parser built ten times the garbage of everything else the reader
 * did (a profile of 5,000 flows: 440 MB of 2.1 GB allocated, and a second of CPU), for files that hold a
 * handful of values.
 *
 * The subset: an optional `<?xml …?>` declaration at the very start, then one root element; ASCII names;
 * attributes written `name="value"` (or single quotes) after whitespace, never repeated; text and
 * attribute values whose `&` starts one of the five predefined entities or a character reference; no
 * comments, CDATA, processing instructions, DOCTYPE or `>` in text. Within the parts it builds: no tab, CR
 * or LF inside an attribute value, no CR inside text, no mixed content, no names Object.prototype knows.
 * A document in the subset is one the validator accepts, and the objects built equal the parser's output for
 * the options in solution-metadata.ts (trimmed values, `@_` attributes, `#text`, arrays for repeated
 * names); a differential test over the corpus and mutated documents keeps it so.
 */

/** What fast-xml-parser gives for an element: its trimmed text when it has neither attributes nor children. */
type XmlValue = string | Record<string, unknown>;

interface Frame {
  name: string;
  /** Children built so far (null when this element is not built). */
  children: Record<string, unknown> | null;
  childCount: number;
  attributes: Array<[string, string]> | null;
  text: string;
}

/** fast-xml-parser throws past 100 nested tags: stay well below and let it decide. */
const MAX_DEPTH = 64;
const DECLARATION = /^<\?xml(?:[ \t\r\n]+[A-Za-z]+=(?:"[^"<&]*"|'[^'<&]*'))*[ \t\r\n]*\?>/;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number): boolean =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58;

/** Which children of the root to build (lower-case names); the others are checked, never built. */
export interface BuildOnly {
  children: ReadonlySet<string>;
  /**
   * The caller's parser keeps the root's children as raw text (stop nodes, customizations.xml): a built
   * child with attributes, which that parser would keep under `#text`, is left to it. Without stop nodes
   * (data.xml) the caller reads only the built children; the rest need only be well-formed.
   */
  stopNodes: boolean;
}

/**
 * The document as fast-xml-parser returns it (without the declaration's `?xml` key), or `undefined` when
 * the text is outside the subset; with `only`, the root holds only the children it names.
 */
export function parseXmlSubset(text: string, only?: BuildOnly): Record<string, unknown> | undefined {
  const sections = only?.children;
  const n = text.length;
  let i = 0;
  if (text.startsWith('<?')) {
    const m = DECLARATION.exec(text);
    if (!m) return undefined;
    i = m[0].length;
  }
  const stack: Frame[] = [];
  let doc: Record<string, unknown> | undefined;
  const amps = { at: text.indexOf('&') };
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (!top) {
      for (let k = i; k < end; k++) if (!isSpace(text.charCodeAt(k))) return undefined;
    } else if (end > i) {
      if (!plainText(text, i, end, amps)) return undefined;
      if (top.children) top.text += text.slice(i, end);
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 47) {
      // `</name>`, exactly.
      if (!top || !text.startsWith(top.name, lt + 2) || text.charCodeAt(lt + 2 + top.name.length) !== 62) {
        return undefined;
      }
      stack.pop();
      if (!close(top, stack[stack.length - 1])) return undefined;
      if (stack.length === 0) doc = { [top.name]: valueOf(top) };
      i = lt + 3 + top.name.length;
      continue;
    }
    if (!isNameStart(c) || doc !== undefined) return undefined; // `<!`, `<?`, a second root …
    let p = lt + 2;
    while (p < n && isNameChar(text.charCodeAt(p))) p++;
    const name = text.slice(lt + 1, p);
    if (!safeName(name) || stack.length >= MAX_DEPTH) return undefined;
    // A stop-node section holding an element of its own name is read differently by the parser: leave it to it.
    if (stack.length >= 2 && name === stack[1].name) return undefined;
    const build = !top
      ? true
      : stack.length === 1 && sections
        ? sections.has(name.toLowerCase())
        : !!top.children;
    const frame: Frame = {
      name,
      children: build ? {} : null,
      childCount: 0,
      attributes: null,
      text: '',
    };
    // Attributes, then `>` or `/>`.
    let selfClosing = false;
    for (;;) {
      const ch = text.charCodeAt(p);
      if (ch === 62) {
        p++;
        break;
      }
      if (ch === 47 && text.charCodeAt(p + 1) === 62) {
        selfClosing = true;
        p += 2;
        break;
      }
      if (!isSpace(ch)) return undefined;
      while (p < n && isSpace(text.charCodeAt(p))) p++;
      const at = text.charCodeAt(p);
      if (at === 62 || (at === 47 && text.charCodeAt(p + 1) === 62)) continue;
      if (!isNameStart(at)) return undefined;
      const nameStart = p;
      while (p < n && isNameChar(text.charCodeAt(p))) p++;
      const attr = text.slice(nameStart, p);
      const quote = text.charCodeAt(p + 1);
      if (text.charCodeAt(p) !== 61 || (quote !== 34 && quote !== 39)) return undefined;
      const close = text.indexOf(quote === 34 ? '"' : "'", p + 2);
      if (close < 0 || !attributeText(text, p + 2, close, build)) return undefined;
      if (!safeName(attr)) return undefined;
      frame.attributes ??= [];
      if (frame.attributes.some(([a]) => a === attr)) return undefined; // the validator refuses repeats
      frame.attributes.push([attr, build ? text.slice(p + 2, close) : '']);
      p = close + 1;
    }
    // A built stop-node section with attributes: the parser keeps its content under `#text`. Left to it.
    if (stack.length === 1 && only?.stopNodes && build && frame.attributes) return undefined;
    if (top) top.childCount++;
    if (!selfClosing) stack.push(frame);
    else if (!close(frame, top)) return undefined;
    else if (!top) doc = { [name]: valueOf(frame) };
    i = p;
  }
  return stack.length === 0 ? doc : undefined;
}

/**
 * An element is complete: checks what the subset leaves to the parser (CR in text, which the parser turns
 * into LF; mixed content) and adds the element's value to its built parent, a repeated name becoming an
 * array as the parser does. False: leave the document to the parser.
 */
function close(f: Frame, parent: Frame | undefined): boolean {
  if (!f.children) return true;
  const text = f.text.trim();
  if (text.includes('\r') || (f.childCount > 0 && text !== '')) return false;
  const siblings = parent?.children;
  if (!siblings) return true;
  const value = valueOf(f);
  if (!Object.prototype.hasOwnProperty.call(siblings, f.name)) siblings[f.name] = value;
  else {
    const prev = siblings[f.name];
    if (Array.isArray(prev)) prev.push(value);
    else siblings[f.name] = [prev, value];
  }
  return true;
}

/** A built element's value as the parser gives it: its text alone, else an object. */
function valueOf(f: Frame): XmlValue {
  const text = f.text.trim();
  if (f.childCount === 0 && !f.attributes) return text;
  const obj = f.children ?? {};
  if (f.childCount === 0 && text !== '') obj['#text'] = text;
  for (const [a, v] of f.attributes ?? []) obj[`@_${a}`] = v.trim();
  return obj;
}

/** Element text: references well-formed, no `>` (which the parser and validator treat alike, but why risk it). */
function plainText(text: string, from: number, to: number, amps: { at: number }): boolean {
  // indexOf, not a loop over every character: most text between tags is indentation. The next `>` is at
  // worst the end of the next tag; the next `&` is remembered, so a document without one is searched once.
  const gt = text.indexOf('>', from);
  if (gt >= 0 && gt < to) return false;
  if (amps.at >= 0 && amps.at < from) amps.at = text.indexOf('&', from);
  while (amps.at >= 0 && amps.at < to) {
    if (!reference(text, amps.at, to)) return false;
    amps.at = text.indexOf('&', amps.at + 1);
  }
  return true;
}

function attributeText(text: string, from: number, to: number, build: boolean): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 60) return false;
    if (c === 38 && !reference(text, k, to)) return false;
    if (build && (c === 9 || c === 10 || c === 13)) return false;
  }
  return true;
}

function reference(text: string, at: number, limit: number): boolean {
  REFERENCE.lastIndex = at;
  const m = REFERENCE.exec(text);
  if (!m || at + m[0].length > limit) return false;
  if (m[0][1] !== '#') return true;
  const code = m[0][2] === 'x' ? parseInt(m[0].slice(3), 16) : parseInt(m[0].slice(2), 10);
  // XML 1.0 Char production: anything else is an error some parsers report and others do not.
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Names the parser refuses or renames (`__proto__`, `constructor`, `toString` …) are left to it. */
const UNSAFE_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);
function safeName(name: string): boolean {
  return !UNSAFE_NAMES.has(name) && !name.startsWith('__');
}
