import { guidFrom } from './flow-guid.js';
import { isObject, own, str } from '../json/json-path.js';
import type { FlowMetadata, FlowSource, SolutionConnectionReference, SourceFile } from './types.js';
import { armContainers } from './arm-workflows.js';
import type { Container } from './definition-container.js';
import { parseJsonText } from './json-document.js';

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
  return armContainers(doc);
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
