import type { JsonPath } from '../json/json-path.js';

/** An object holding `definition` inside a parsed document. */
export interface Container {
  containerPath: JsonPath;
  container: Record<string, unknown>;
  /** Set for ARM resources: `#name`, or `#resources[2]` when the name is missing or not unique. */
  resourceKey: string | null;
  resourceName?: string;
  /**
   * Where the definition is when not at `containerPath` + `definition`: the document root of a bare
   * definition file, an ARM template's parameter default or variable that the resource names.
   */
  definitionPath?: JsonPath;
}
