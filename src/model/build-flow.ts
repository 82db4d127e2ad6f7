import { mayHoldLongString } from './long-strings.js';
import { connectionIdentities } from './connection-identity.js';
import { longestExpression } from './expression/template.js';
import { isObject, own, str, type JsonPath } from '../json/json-path.js';
import { ModelError } from './model-error.js';
import { appended } from './model-node.js';
import { NodeWalk } from './node-walk.js';
import { connectorFromConnectionKey, normaliseConnector } from './operation.js';
import type { CustomSecretSource } from './secret-catalogue.js';
import { forEachString } from './value-strings.js';
import type { Flow, FlowConnectionReference } from './types.js';
import { guidFrom } from '../sources/flow-guid.js';
import type { FlowSource } from '../sources/types.js';

export interface ModelOptions {
  customSecretSources?: readonly CustomSecretSource[];
  /** Deepest container nesting accepted; deeper definitions are unreadable (FG001). */
  maxNestingDepth?: number;
  /** Longest expression accepted, in characters; a definition with a longer one is unreadable (FG001). */
  maxExpressionLength?: number;
}

/**
 * Power Automate and Logic Apps reject expressions over 8,192 characters (Logic Apps "Limits and
 * configuration", Characters per expression); the longest in the shared corpus has 585. A longer one is a
 * flow the platform would not run, written to cost flowguard time and memory: 16 times the platform's
 * bound is refused before any parsing.
 */
export const DEFAULT_MAX_EXPRESSION_LENGTH = 131_072;

export const DEFAULT_MAX_NESTING_DEPTH = 256;

export { ModelError };

/** Flow name from a `Workflows/<Name>-<GUID>.json` file name. */
function nameFromFile(file: string): string {
  const base = (file.split('/').pop() ?? file).replace(/\.json$/i, '');
  return base.replace(/-?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, '') || base;
}

function checkExpressionLengths(definition: Record<string, unknown>, max: number): void {
  forEachString(definition, [], (s) => {
    const length = s.length > max ? longestExpression(s) : 0;
    if (length > max) {
      throw new ModelError(
        `an expression of ${length} characters, over the maxExpressionLength limit of ${max} (the platform accepts 8,192)`,
      );
    }
  });
}

/** Builds the model of one flow. Throws ModelError when the object is not a usable definition. */
export function buildFlow(src: FlowSource, options: ModelOptions = {}): Flow {
  const maxDepth = options.maxNestingDepth ?? DEFAULT_MAX_NESTING_DEPTH;
  const definition = own(src.container, 'definition');
  if (!isObject(definition)) throw new ModelError('no "definition" object');
  const definitionPath: JsonPath = src.definitionPath ?? [...src.containerPath, 'definition'];
  const maxExpression = options.maxExpressionLength ?? DEFAULT_MAX_EXPRESSION_LENGTH;
  // No expression is longer than the file that holds it: files under the limit (all real ones) skip the walk,
  // and so do larger files where no run between two quotes is that long.
  if (src.source.text.length > maxExpression && mayHoldLongString(src.source.text, maxExpression)) {
    checkExpressionLengths(definition, maxExpression);
  }

  // Keys, not entries, and one parent path: this runs for every flow.
  const connectionReferences = new Map<string, FlowConnectionReference>();
  const refs = own(src.container, 'connectionReferences');
  if (isObject(refs)) {
    const parent = [...src.containerPath, 'connectionReferences'];
    for (const key of Object.keys(refs)) {
      const ref = refs[key];
      const apiName =
        str(own(own(ref, 'api'), 'name')) ?? str(own(own(ref, 'api'), 'id')) ?? str(own(ref, 'id'));
      connectionReferences.set(key, {
        key,
        connector: apiName ? normaliseConnector(apiName) : connectorFromConnectionKey(key),
        logicalName: str(own(own(ref, 'connection'), 'connectionReferenceLogicalName')) ?? null,
        // Legacy packages (Export → Package) say `source`: `Invoker` or `Embedded`.
        runtimeSource: str(own(ref, 'runtimeSource')) ?? str(own(ref, 'source')) ?? null,
        path: appended(parent, key),
      });
    }
  }
  const parameters = new Map<string, { raw: Record<string, unknown>; path: JsonPath }>();
  const declared = own(definition, 'parameters');
  if (isObject(declared)) {
    const parent = [...definitionPath, 'parameters'];
    for (const name of Object.keys(declared)) {
      const p = declared[name];
      if (isObject(p)) parameters.set(name, { raw: p, path: appended(parent, name) });
    }
  }
  const connectionsDefault = own(parameters.get('$connections')?.raw, 'defaultValue');
  const connectionsValue = own(own(own(src.container, 'parameters'), '$connections'), 'value');
  // The connector of a key: the flow's own reference, the `$connections` parameter (definition default or the
  // resource's value), or the project's connections.json entry (Logic Apps Standard).
  const resolver = {
    connectorFor(key: string): string | null {
      const ref = connectionReferences.get(key);
      if (ref) return ref.connector;
      const id =
        str(own(own(connectionsDefault, key), 'id')) ??
        str(own(own(connectionsValue, key), 'id')) ??
        src.solutionConnectionReferences.find((r) => r.logicalName === key)?.connectorId;
      return id ? normaliseConnector(id) : null;
    },
  };

  const accessControl = own(src.container, 'accessControl');
  const triggerPlace = { layout: src.source.layout, accessControl, definitionPath };
  const walk = new NodeWalk(
    { resolver, customSecretSources: options.customSecretSources, triggerPlace },
    maxDepth,
  );
  walk.triggers(own(definition, 'triggers'), [...definitionPath, 'triggers']);
  walk.actions(own(definition, 'actions'), [...definitionPath, 'actions']);

  // Only the file's own name may give the GUID: a folder named by a GUID would give every flow in it one identity.
  const id = src.meta.id ?? guidFrom((src.source.entry ?? src.source.file).split('/').pop());
  const name =
    src.meta.name ??
    str(own(src.container, 'displayName')) ??
    nameFromFile(src.source.entry ?? src.source.file);
  return {
    key: id ? `guid:${id}` : `path:${src.pathKey}`,
    pathKey: src.pathKey,
    id,
    name,
    source: src.source,
    meta: src.meta,
    definitionPath,
    definition,
    nodes: walk.nodes,
    byName: walk.byName,
    connectionReferences,
    connectionIdentities: connectionIdentities(src.container, definition, src.solutionConnectionReferences),
    solutionConnectionReferences: src.solutionConnectionReferences,
    parameters,
    accessControl,
  };
}
