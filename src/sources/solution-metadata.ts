import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { guidFrom } from './flow-guid.js';
import { isObject, own, ownCI } from '../json/json-path.js';
import type { FlowMetadata, SolutionConnectionReference } from './types.js';
import { withoutBom } from './text-decoding.js';
import { parseXmlSubset, type BuildOnly } from './xml-subset.js';

/** Workflow metadata of a solution, with the flow file it describes (`workflows/x.json`, lower-case). */
export interface WorkflowEntry extends FlowMetadata {
  jsonFile: string | null;
}

export interface CustomizationsMetadata {
  workflows: WorkflowEntry[];
  connectionReferences: SolutionConnectionReference[];
}

export type XmlResult<T> = { ok: true; value: T } | { ok: false; reason: string; line: number | null };

// Entity processing off: `&lol9;` stays text and a DOCTYPE's entities are never expanded (billion laughs).
// Values stay strings; numbers are parsed where they are used, so `{GUID}` or `0005` never change shape.
const OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
};
const parser = new XMLParser(OPTIONS);
// customizations.xml can hold megabytes of entity, AI model and dataflow definitions, and only two of its
// sections matter here. Every top-level section is kept as raw text (a stop node) and only `Workflows`
// and `connectionreferences` are parsed further. The whole document is validated first, so a comment or
// CDATA block cannot fool the cut: the stop-node scan skips both in well-formed XML.
const sectionsParser = new XMLParser({ ...OPTIONS, stopNodes: ['ImportExportXml.*'] });

/** The sections of customizations.xml that are read (lower-case), kept as raw text by `sectionsParser`. */
export const READ_SECTIONS: BuildOnly = {
  children: new Set(['workflows', 'connectionreferences']),
  stopNodes: true,
};
/**
 * The children of a data.xml's `<Workflow>` that `workflowEntry` reads (lower-case). The fast path builds
 * only these: a data.xml has some twenty more, and building them cost more than all the rest of its reading.
 */
export const DATA_FIELDS: BuildOnly = {
  children: new Set(['jsonfilename', 'category', 'statecode']),
  stopNodes: false,
};

/** `fast`: try the plain-XML fast path first (xml-subset.ts), building `only`; tests turn it off to compare. */
function parseXml(
  stored: string,
  xml: XMLParser,
  fast: boolean,
  only: BuildOnly,
): XmlResult<Record<string, unknown>> {
  const text = withoutBom(stored);
  if (fast) {
    const doc = parseXmlSubset(text, only);
    // The stop nodes are the children of `ImportExportXml` spelled so: another root is parsed in full.
    if (doc && (!only.stopNodes || Object.keys(doc)[0] === 'ImportExportXml'))
      return { ok: true, value: doc };
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { ok: false, reason: `invalid XML: ${valid.err.msg}`, line: valid.err.line ?? null };
  try {
    const doc: unknown = xml.parse(text);
    return isObject(doc)
      ? { ok: true, value: doc }
      : { ok: false, reason: 'invalid XML: no document', line: null };
  } catch (err) {
    // fast-xml-parser refuses element names such as `__proto__`; say so without echoing the document.
    return {
      ok: false,
      reason: `invalid XML: ${err instanceof Error ? err.message : 'parse error'}`,
      line: null,
    };
  }
}

/** `<Workflow WorkflowId=… Name=…>` of a `<file>.json.data.xml`. */
export function parseDataXml(text: string, fast = true): XmlResult<WorkflowEntry> {
  const doc = parseXml(text, parser, fast, DATA_FIELDS);
  if (!doc.ok) return doc;
  const wf = ownCI(doc.value, 'Workflow')?.[1];
  if (!isObject(wf))
    return { ok: false, reason: 'not a workflow data file: no <Workflow> element', line: null };
  return { ok: true, value: workflowEntry(wf) };
}

/** Workflows and connection references of a solution's `customizations.xml`. */
export function parseCustomizationsXml(text: string, fast = true): XmlResult<CustomizationsMetadata> {
  const doc = parseXml(text, sectionsParser, fast, READ_SECTIONS);
  if (!doc.ok) return doc;
  const root = ownCI(doc.value, 'ImportExportXml')?.[1];
  if (!isObject(root))
    return { ok: false, reason: 'not a solution customizations file: no <ImportExportXml>', line: null };
  let workflowsSection: unknown;
  let refsSection: unknown;
  try {
    workflowsSection = section(root, 'Workflows');
    refsSection = section(root, 'connectionreferences');
  } catch (err) {
    return {
      ok: false,
      reason: `invalid XML: ${err instanceof Error ? err.message : 'parse error'}`,
      line: null,
    };
  }
  const workflows = list(ownCI(workflowsSection, 'Workflow')?.[1]).filter(isObject).map(workflowEntry);
  const connectionReferences: SolutionConnectionReference[] = [];
  for (const ref of list(ownCI(refsSection, 'connectionreference')?.[1])) {
    const logicalName = text1(ownCI(ref, '@_connectionreferencelogicalname')?.[1]);
    const connectorId = text1(ownCI(ref, 'connectorid')?.[1]);
    if (logicalName && connectorId) connectionReferences.push({ logicalName, connectorId });
  }
  return { ok: true, value: { workflows, connectionReferences } };
}

/** A top-level section kept as raw text, parsed now; the first one when the document repeats it. */
function section(root: Record<string, unknown>, name: string): unknown {
  let raw = ownCI(root, name)?.[1];
  if (Array.isArray(raw)) raw = raw[0];
  const inner = typeof raw === 'string' ? raw : own(raw, '#text');
  if (typeof inner !== 'string') return isObject(raw) ? raw : undefined;
  // Text without a tag holds no element: nothing to parse (an empty `<Workflows>` is the common case, and
  // building a parser for it cost more than the rest of the file).
  if (!inner.includes('<')) return undefined;
  const parsed: unknown = parser.parse(`<s>${inner}</s>`);
  return own(parsed, 's');
}

function workflowEntry(wf: Record<string, unknown>): WorkflowEntry {
  const id = guidFrom(text1(ownCI(wf, '@_WorkflowId')?.[1]));
  const name = text1(ownCI(wf, '@_Name')?.[1]);
  const category = int(ownCI(wf, 'Category')?.[1]);
  const stateCode = int(ownCI(wf, 'StateCode')?.[1]);
  const jsonFile = text1(ownCI(wf, 'JsonFileName')?.[1]);
  const out: WorkflowEntry = { jsonFile: jsonFile ? solutionRelative(jsonFile) : null };
  if (id) out.id = id;
  if (name) out.name = name;
  if (category !== undefined) out.category = category;
  if (stateCode !== undefined) out.stateCode = stateCode;
  return out;
}

/** `/Workflows/X.json` (as customizations.xml writes it, sometimes wrapped over lines) → `workflows/x.json`. */
export function solutionRelative(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/** The metadata customizations.xml holds for one flow file: by JsonFileName, else by GUID. */
export function workflowFor(
  meta: CustomizationsMetadata | undefined,
  relFile: string,
  guid: string | null,
): WorkflowEntry | undefined {
  if (!meta) return undefined;
  const rel = relFile.toLowerCase();
  return (
    meta.workflows.find((w) => w.jsonFile === rel) ??
    (guid ? meta.workflows.find((w) => w.id === guid) : undefined)
  );
}

/** Merges metadata sources, earlier ones winning field by field. */
export function mergeMetadata(...sources: Array<FlowMetadata | undefined>): FlowMetadata {
  const out: FlowMetadata = {};
  for (const s of sources) {
    if (!s) continue;
    out.id ??= s.id;
    out.name ??= s.name;
    out.category ??= s.category;
    out.stateCode ??= s.stateCode;
  }
  for (const k of Object.keys(out) as Array<keyof FlowMetadata>) if (out[k] === undefined) delete out[k];
  return out;
}

function list(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Text content of an element or attribute, with the XML character references decoded. */
function text1(v: unknown): string | undefined {
  const raw =
    typeof v === 'string' ? v : typeof own(v, '#text') === 'string' ? (own(v, '#text') as string) : undefined;
  return raw === undefined ? undefined : decodeXmlText(raw).trim() || undefined;
}

function int(v: unknown): number | undefined {
  const t = text1(v);
  return t !== undefined && /^-?\d+$/.test(t) ? Number(t) : undefined;
}

/**
 * The five predefined entities and numeric character references — the only ones an XML document without
 * a DTD can use. Entities a DOCTYPE declares stay as written, so nothing ever expands.
 */
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (m, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? m;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
