import { guidFrom } from './flow-guid.js';
import { isObject, own, str, type JsonPath } from '../json/json-path.js';
import type { FlowMetadata, FlowSource, SolutionConnectionReference, SourceFile } from './types.js';
import { parseJsonText } from './json-document.js';

/** An object holding `definition` inside a parsed document. */
interface Container {
  containerPath: JsonPath;
  container: Record<string, unknown>;
  /** Set for ARM resources: `#name`, or `#resources[2]` when the name is missing or not unique. */
  resourceKey: string | null;
  resourceName?: string;
  /** Bare definition file: the definition is the document root (the container is made up around it). */
  definitionPath?: JsonPath;
}

/** Nested deployments deeper than this are not followed (real templates nest one or two levels). */
const MAX_ARM_DEPTH = 8;

/**
 * A bare workflow definition: the root is the definition itself (`$schema` …`workflowdefinition.json#`
 * with `triggers` or `actions`), as `az logic workflow show --query definition` and the Logic Apps
 * designer's code view write it.
 */
export function isBareDefinition(doc: unknown): doc is Record<string, unknown> {
  if (!isObject(doc)) return false;
  const schema = str(own(doc, '$schema'))?.trim().toLowerCase();
  if (!schema?.endsWith('workflowdefinition.json#')) return false;
  return isObject(own(doc, 'triggers')) || isObject(own(doc, 'actions'));
}

/** Text that could be a bare definition (a cheap test before parsing a sniffed file). */
export const BARE_DEFINITION_MARK = /workflowdefinition\.json/i;

/**
 * Where the definitions of a document are: a flow file (`properties.definition`), a workflow file
 * (`definition`), a bare definition (the root), or an ARM template's `Microsoft.Logic/workflows` resources (also inside child
 * resources and inline nested deployments). Empty when the document holds none.
 */
export function findContainers(doc: unknown): { arm: boolean; containers: Container[] } {
  const props = own(doc, 'properties');
  if (isObject(props) && isObject(own(props, 'definition'))) {
    return {
      arm: false,
      containers: [{ containerPath: ['properties'], container: props, resourceKey: null }],
    };
  }
  if (isObject(doc) && isObject(own(doc, 'definition'))) {
    return { arm: false, containers: [{ containerPath: [], container: doc, resourceKey: null }] };
  }
  if (isBareDefinition(doc)) {
    return {
      arm: false,
      containers: [
        { containerPath: [], container: { definition: doc }, resourceKey: null, definitionPath: [] },
      ],
    };
  }
  const found: Array<Container & { name?: string }> = [];
  const stack: Array<{ list: unknown; path: JsonPath; depth: number }> = [
    { list: own(doc, 'resources'), path: ['resources'], depth: 0 },
  ];
  while (stack.length > 0) {
    const { list, path, depth } = stack.pop()!;
    if (depth > MAX_ARM_DEPTH) continue;
    // languageVersion 2.0 templates hold `resources` as an object keyed by symbolic name.
    const keys: Array<string | number> = Array.isArray(list)
      ? list.map((_, i) => i)
      : isObject(list)
        ? Object.keys(list)
        : [];
    for (let n = keys.length - 1; n >= 0; n--) {
      const i = keys[n];
      const r: unknown = Array.isArray(list) ? list[i as number] : own(list, i as string);
      // `existing: true` declares a resource deployed elsewhere: nothing of it is deployed from here.
      if (own(r, 'existing') === true) continue;
      const type = str(own(r, 'type'))?.toLowerCase();
      const rp = own(r, 'properties');
      if (type === 'microsoft.logic/workflows' && isObject(rp) && isObject(own(rp, 'definition'))) {
        found.push({
          containerPath: [...path, i, 'properties'],
          container: rp,
          resourceKey: null,
          name: str(own(r, 'name')),
        });
      }
      if (type === 'microsoft.resources/deployments') {
        const t = own(rp, 'template');
        stack.push({
          list: own(t, 'resources'),
          path: [...path, i, 'properties', 'template', 'resources'],
          depth: depth + 1,
        });
      }
      stack.push({ list: own(r, 'resources'), path: [...path, i, 'resources'], depth: depth + 1 });
    }
  }
  found.sort((a, b) => comparePaths(a.containerPath, b.containerPath));
  const names = new Map<string, number>();
  for (const f of found) if (f.name) names.set(f.name, (names.get(f.name) ?? 0) + 1);
  const containers = found.map(({ name, ...c }) => ({
    ...c,
    resourceKey: name && names.get(name) === 1 ? name : armIndexKey(c.containerPath),
    ...(name ? { resourceName: name } : {}),
  }));
  return { arm: found.length > 0, containers };
}

/** `resources[3]` or `resources[0].properties.template.resources[1]`: the resource's place in the template. */
function armIndexKey(containerPath: JsonPath): string {
  return containerPath
    .slice(0, -1)
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

/** SPEC §1: only cloud flows — Category 5, or, without metadata, a definition that has triggers. */
export function isCloudFlow(meta: FlowMetadata, container: Record<string, unknown>): boolean {
  if (meta.category !== undefined) return meta.category === 5;
  return isObject(own(own(container, 'definition'), 'triggers'));
}

export interface ExtractInput {
  source: SourceFile;
  meta: FlowMetadata;
  refs: SolutionConnectionReference[];
  /** A document holding no definition is a problem (its place says it is a flow), not a file to skip. */
  requireDefinition: boolean;
  /** Metadata only the parsed document can give (legacy package `name`, single file GUIDs). */
  metaFromDoc?: (doc: unknown) => FlowMetadata;
}

export type Extracted =
  { ok: true; flows: FlowSource[] } | { ok: false; reason: string; line: number | null };

/** Parses a flow-bearing text and returns its cloud flows; non-cloud definitions are skipped silently. */
export function extractFlows(input: ExtractInput): Extracted {
  const parsed = parseJsonText(input.source.text);
  if (!parsed.ok) return parsed;
  const { arm, containers } = findContainers(parsed.value);
  if (containers.length === 0) {
    return input.requireDefinition
      ? {
          ok: false,
          reason: 'not a flow definition: no "properties.definition" or "definition" object',
          line: null,
        }
      : { ok: true, flows: [] };
  }
  const docMeta = input.metaFromDoc?.(parsed.value) ?? {};
  const base = input.source.entry ? `${input.source.file}!${input.source.entry}` : input.source.file;
  const source: SourceFile =
    arm && input.source.layout === 'single-file' ? { ...input.source, layout: 'arm-template' } : input.source;
  const flows: FlowSource[] = [];
  for (const c of containers) {
    // A template's workflows are told apart by resource, never by a GUID the file name happens to hold.
    const meta: FlowMetadata = { ...(arm ? {} : docMeta), ...definedOnly(input.meta) };
    if (c.resourceName !== undefined) meta.name ??= c.resourceName;
    if (!isCloudFlow(meta, c.container)) continue;
    flows.push({
      source,
      containerPath: c.containerPath,
      container: c.container,
      meta: definedOnly(meta),
      solutionConnectionReferences: input.refs,
      pathKey: c.resourceKey === null ? base : `${base}#${c.resourceKey}`,
      ...(c.definitionPath ? { definitionPath: c.definitionPath } : {}),
    });
  }
  return { ok: true, flows };
}

/**
 * Identity of a flow file without solution metadata: the GUID in its file name, else the flow's `name`
 * (the Flow API writes the flow GUID there), else a GUID-named parent folder (`flows/<guid>/definition.json`).
 */
export function documentMetadata(filePath: string): (doc: unknown) => FlowMetadata {
  const segments = filePath.split('/');
  return (doc) => {
    const id =
      guidFrom(segments[segments.length - 1]) ??
      guidFrom(str(own(doc, 'name'))) ??
      guidFrom(segments[segments.length - 2]);
    return id ? { id } : {};
  };
}

function definedOnly(m: FlowMetadata): FlowMetadata {
  const out: FlowMetadata = {};
  if (m.id !== undefined) out.id = m.id;
  if (m.name !== undefined) out.name = m.name;
  if (m.category !== undefined) out.category = m.category;
  if (m.stateCode !== undefined) out.stateCode = m.stateCode;
  return out;
}
