import { isObject, own, type JsonPath } from '../json/json-path.js';
import type { Operation, Shape } from './types.js';

/**
 * Operations whose `parameters` and `parameterPaths` Maps are built on first read. Two Maps and a path per
 * parameter for every connector action were a tenth of the model's allocation, and only the secret
 * catalogue reads them, for a few operations. Classes, not object literals with getters (see
 * analyse-flow.ts): one hidden class per shape.
 */

/** OpenApiConnection and ServiceProvider: `inputs.parameters`, with each value's path. */
export class NamedParametersOperation implements Operation {
  private values: Map<string, unknown> | null = null;
  private paths: Map<string, JsonPath> | null = null;

  constructor(
    readonly shape: Shape,
    readonly connector: string,
    readonly operationId: string | null,
    readonly connectionKey: string | null,
    private readonly inputs: Record<string, unknown>,
  ) {}

  get parameters(): Map<string, unknown> {
    if (this.values) return this.values;
    this.values = new Map();
    const given = own(this.inputs, 'parameters');
    if (isObject(given)) for (const k of Object.keys(given)) this.values.set(k, given[k]);
    return this.values;
  }

  get parameterPaths(): Map<string, JsonPath> {
    if (this.paths) return this.paths;
    this.paths = new Map();
    const given = own(this.inputs, 'parameters');
    if (isObject(given)) for (const k of Object.keys(given)) this.paths.set(k, ['inputs', 'parameters', k]);
    return this.paths;
  }
}

/** ApiConnection: the Key Vault route's path parameters, then `inputs.queries`, then `inputs.body`. */
export class ApiConnectionOperation implements Operation {
  readonly shape = 'ApiConnection';
  private values: Map<string, unknown> | null = null;
  private paths: Map<string, JsonPath> | null = null;

  constructor(
    readonly connector: string,
    readonly operationId: string | null,
    readonly connectionKey: string | null,
    readonly method: string,
    readonly path: string,
    private readonly inputs: Record<string, unknown>,
    /** Named segments of the matched route (Key Vault), else null. */
    private readonly routeParameters: ReadonlyMap<string, string> | null,
  ) {}

  get parameters(): Map<string, unknown> {
    if (!this.values) this.build();
    return this.values!;
  }

  get parameterPaths(): Map<string, JsonPath> {
    if (!this.paths) this.build();
    return this.paths!;
  }

  private build(): void {
    const parameters = new Map<string, unknown>();
    const parameterPaths = new Map<string, JsonPath>();
    if (this.routeParameters) {
      for (const [k, v] of this.routeParameters) {
        parameters.set(k, v);
        parameterPaths.set(k, ['inputs', 'path']);
      }
    }
    const queries = own(this.inputs, 'queries');
    if (isObject(queries)) {
      for (const k of Object.keys(queries)) {
        if (!parameters.has(k)) {
          parameters.set(k, queries[k]);
          parameterPaths.set(k, ['inputs', 'queries', k]);
        }
      }
    }
    const body = own(this.inputs, 'body');
    if (body !== undefined) {
      parameters.set('body', body);
      parameterPaths.set('body', ['inputs', 'body']);
    }
    this.values = parameters;
    this.paths = parameterPaths;
  }
}
