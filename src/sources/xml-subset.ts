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

/** An element being built (the elements that are only checked have no frame: see `parseXmlSubset`). */
interface Frame {
  name: string;
  /** Children built so far. */
  children: Record<string, unknown>;
  childCount: number;
  /** Keys (`@_name`) and raw values. */
  attributes: Array<[string, string]> | null;
  /** Its text before its first child (the parser's text, trimmed, when it has no child). */
  text: string;
}

/** fast-xml-parser throws past 100 nested tags: stay well below and let it decide. */
const MAX_DEPTH = 64;
const DECLARATION = /^<\?xml(?:[ \t\r\n]+[A-Za-z]+=(?:"[^"<&]*"|'[^'<&]*'))*[ \t\r\n]*\?>/;
/** Matches up to the next tab, LF or CR (always matches, if only nothing). */
const NO_LINE_OR_TAB = /[^\t\n\r]*/y;
const REFERENCE = /&(?:amp|lt|gt|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});/y;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

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

/** Where the next `&` and `<` are, searched once for a stretch of the document (the scan only moves on). */
interface Ahead {
  amp: number;
  lt: number;
}

/**
 * The document as fast-xml-parser returns it (without the declaration's `?xml` key), or `undefined` when
 * the text is outside the subset; with `only`, the root holds only the children it names.
 *
 * Built elements are always the outer part of the open ones (a child of an element that is not built is
 * not built), so they have frames and the rest only their name's place in the text: most of a
 * customizations.xml is checked, not built, and is checked without making a string or an object.
 */
export function parseXmlSubset(text: string, only?: BuildOnly): Record<string, unknown> | undefined {
  const sections = only?.children;
  // Lengths of the section names, so a root child's name is lower-cased only when it could be one.
  let sectionLengths = 0;
  if (sections) for (const s of sections) sectionLengths |= lengthBit(s.length);
  const n = text.length;
  let i = 0;
  if (text.startsWith('<?')) {
    const m = DECLARATION.exec(text);
    if (!m) return undefined;
    i = m[0].length;
  }
  const frames: Frame[] = [];
  // Where each open element's name starts in the text, and its length; `depth` of them are open.
  const nameAt: number[] = [];
  const nameLength: number[] = [];
  let depth = 0;
  // The current tag's attribute names, to refuse a repeat without slicing them.
  const attrAt: number[] = [];
  const attrLength: number[] = [];
  let doc: Record<string, unknown> | undefined;
  const ahead: Ahead = { amp: text.indexOf('&'), lt: text.indexOf('<') };
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (depth === 0) {
      for (let k = i; k < end; k++) if (!isSpace(text.charCodeAt(k))) return undefined;
    } else if (end > i) {
      if (!plainText(text, i, end, ahead)) return undefined;
      if (depth === frames.length) {
        // Built: the text of an element without children is one stretch; after a child, text is mixed
        // content unless blank (the parser keeps it, the subset leaves it to the parser).
        const top = frames[depth - 1];
        if (top.childCount === 0) top.text = text.slice(i, end);
        else if (!blank(text, i, end)) return undefined;
      }
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 47) {
      // `</name>`, exactly.
      if (depth === 0) return undefined;
      const at = nameAt[depth - 1];
      const len = nameLength[depth - 1];
      const q = lt + 2;
      if (text.charCodeAt(q + len) !== 62) return undefined;
      for (let k = 0; k < len; k++) if (text.charCodeAt(q + k) !== text.charCodeAt(at + k)) return undefined;
      depth--;
      if (depth < frames.length) {
        const top = frames.pop()!;
        if (!close(top, frames[frames.length - 1])) return undefined;
        if (depth === 0) doc = { [top.name]: valueOf(top) };
      }
      i = q + len + 1;
      continue;
    }
    if (!isNameStart(c) || doc !== undefined) return undefined; // `<!`, `<?`, a second root …
    const nameStart = lt + 1;
    let p = nameEnd(text, lt + 2, n);
    const len = p - nameStart;
    if (!safeName(text, nameStart, len) || depth >= MAX_DEPTH) return undefined;
    // A stop-node section holding an element of its own name is read differently by the parser: leave it to it.
    if (depth >= 2 && len === nameLength[1] && sameText(text, nameStart, nameAt[1], len)) return undefined;
    let build: boolean;
    let name = '';
    if (depth === 0) build = true;
    else if (depth === 1 && sections) {
      build = false;
      if (lengthBit(len) & sectionLengths) {
        name = elementKeys.at(text, nameStart, len);
        build = sections.has(name.toLowerCase());
      }
    } else build = depth === frames.length;
    // Attributes, then `>` or `/>`.
    let selfClosing = false;
    let attrs = 0;
    let attributes: Array<[string, string]> | null = null;
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
      p++;
      while (p < n && isSpace(text.charCodeAt(p))) p++;
      const at = text.charCodeAt(p);
      if (at === 62 || (at === 47 && text.charCodeAt(p + 1) === 62)) continue;
      if (!isNameStart(at)) return undefined;
      const attrStart = p;
      p = nameEnd(text, p + 1, n);
      const attrLen = p - attrStart;
      const quote = text.charCodeAt(p + 1);
      if (text.charCodeAt(p) !== 61 || (quote !== 34 && quote !== 39)) return undefined;
      const closing = text.indexOf(quote === 34 ? '"' : "'", p + 2);
      if (closing < 0 || !attributeText(text, p + 2, closing, build, ahead)) return undefined;
      if (!safeName(text, attrStart, attrLen)) return undefined;
      // The validator refuses repeats.
      for (let a = 0; a < attrs; a++) {
        if (attrLength[a] === attrLen && sameText(text, attrAt[a], attrStart, attrLen)) return undefined;
      }
      attrAt[attrs] = attrStart;
      attrLength[attrs] = attrLen;
      attrs++;
      if (build)
        (attributes ??= []).push([attributeKeys.at(text, attrStart, attrLen), text.slice(p + 2, closing)]);
      p = closing + 1;
    }
    if (build) {
      // A built stop-node section with attributes: the parser keeps its content under `#text`. Left to it.
      if (depth === 1 && only?.stopNodes && attributes) return undefined;
      const top = depth > 0 ? frames[depth - 1] : undefined;
      if (top) top.childCount++;
      if (name === '') name = elementKeys.at(text, nameStart, len);
      const frame: Frame = { name, children: {}, childCount: 0, attributes, text: '' };
      if (!selfClosing) frames.push(frame);
      else if (!close(frame, top)) return undefined;
      else if (!top) doc = { [name]: valueOf(frame) };
    } else if (depth === frames.length) frames[depth - 1].childCount++;
    if (!selfClosing) {
      nameAt[depth] = nameStart;
      nameLength[depth] = len;
      depth++;
    }
    i = p;
  }
  return depth === 0 ? doc : undefined;
}

/** The end of a name whose first character is checked: `[A-Za-z0-9_.:-]*` from `p`. */
function nameEnd(text: string, p: number, n: number): number {
  for (; p < n; p++) {
    const c = text.charCodeAt(p);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 45 && c <= 58 && c !== 47) || c === 95))
      break;
  }
  return p;
}

/**
 * The property keys of built names, kept across documents: the same few names recur in every metadata file,
 * and a key the engine has seen is stored and looked up without hashing a new string each time.
 */
class Keys {
  private readonly byLength: Array<Array<[string, string]>> = [];
  private count = 0;
  constructor(private readonly prefix: string) {}

  /** The key for the name at `at`, `len` long. */
  at(text: string, at: number, len: number): string {
    const bucket = (this.byLength[len] ??= []);
    for (const [name, key] of bucket) if (text.startsWith(name, at)) return key;
    const name = text.slice(at, at + len);
    const key = this.prefix + name;
    // Bounded: a document of a thousand distinct names must not grow it for good.
    if (this.count < 512) {
      bucket.push([name, key]);
      this.count++;
    }
    return key;
  }
}
const elementKeys = new Keys('');
const attributeKeys = new Keys('@_');

/** Only whitespace, as String.prototype.trim takes it (as the parser's trimming does). */
function blank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return text.slice(k, to).trim() === '';
  }
  return true;
}

function sameText(text: string, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/**
 * An element is complete: checks what the subset leaves to the parser (CR in text, which the parser turns
 * into LF; mixed content) and adds the element's value to its built parent, a repeated name becoming an
 * array as the parser does. False: leave the document to the parser.
 */
function close(f: Frame, parent: Frame | undefined): boolean {
  const text = f.text.trim();
  if (text.includes('\r') || (f.childCount > 0 && text !== '')) return false;
  if (!parent) return true;
  const siblings = parent.children;
  const value = valueOf(f, text);
  if (!Object.prototype.hasOwnProperty.call(siblings, f.name)) siblings[f.name] = value;
  else {
    const prev = siblings[f.name];
    if (Array.isArray(prev)) prev.push(value);
    else siblings[f.name] = [prev, value];
  }
  return true;
}

/** A built element's value as the parser gives it: its (trimmed) text alone, else an object. */
function valueOf(f: Frame, text = f.text.trim()): XmlValue {
  if (f.childCount === 0 && !f.attributes) return text;
  const obj = f.children;
  if (f.childCount === 0 && text !== '') obj['#text'] = text;
  for (const [key, v] of f.attributes ?? []) obj[key] = v.trim();
  return obj;
}

/** Element text: references well-formed, no `>` (which the parser and validator treat alike, but why risk it). */
function plainText(text: string, from: number, to: number, ahead: Ahead): boolean {
  // indexOf, not a loop over every character: most text between tags is indentation. The next `>` is at
  // worst the end of the next tag; the next `&` is remembered, so a document without one is searched once.
  const gt = text.indexOf('>', from);
  if (gt >= 0 && gt < to) return false;
  return references(text, from, to, ahead);
}

/** Every `&` in `from`–`to` starts a reference. */
function references(text: string, from: number, to: number, ahead: Ahead): boolean {
  if (ahead.amp >= 0 && ahead.amp < from) ahead.amp = text.indexOf('&', from);
  while (ahead.amp >= 0 && ahead.amp < to) {
    if (!reference(text, ahead.amp, to)) return false;
    ahead.amp = text.indexOf('&', ahead.amp + 1);
  }
  return true;
}

/** An attribute value: no `<`, references well-formed; built, no tab, CR or LF either (the parser turns them into spaces). */
function attributeText(text: string, from: number, to: number, build: boolean, ahead: Ahead): boolean {
  if (ahead.lt >= 0 && ahead.lt < from) ahead.lt = text.indexOf('<', from);
  if (ahead.lt >= 0 && ahead.lt < to) return false;
  if (!references(text, from, to, ahead)) return false;
  if (!build) return true;
  NO_LINE_OR_TAB.lastIndex = from;
  NO_LINE_OR_TAB.test(text);
  return NO_LINE_OR_TAB.lastIndex >= to;
}

function reference(text: string, at: number, limit: number): boolean {
  REFERENCE.lastIndex = at;
  if (!REFERENCE.test(text) || REFERENCE.lastIndex > limit) return false;
  if (text.charCodeAt(at + 1) !== 35) return true;
  const end = REFERENCE.lastIndex - 1;
  const code =
    text.charCodeAt(at + 2) === 120
      ? parseInt(text.slice(at + 3, end), 16)
      : parseInt(text.slice(at + 2, end), 10);
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
// Their first characters and lengths: a name that matches neither is safe without making a string of it.
const UNSAFE_FIRST = new Set([...UNSAFE_NAMES].map((u) => u.charCodeAt(0)));
let unsafeLengths = 0;
for (const u of UNSAFE_NAMES) unsafeLengths |= lengthBit(u.length);
function lengthBit(len: number): number {
  return len < 31 ? 1 << len : 1 << 31;
}

/** The name at `at`, `len` long, is one the parser takes as it is. */
function safeName(text: string, at: number, len: number): boolean {
  if (len >= 2 && text.charCodeAt(at) === 95 && text.charCodeAt(at + 1) === 95) return false;
  if (!(lengthBit(len) & unsafeLengths) || !UNSAFE_FIRST.has(text.charCodeAt(at))) return true;
  return !UNSAFE_NAMES.has(text.slice(at, at + len));
}
