import type { JsonPath } from '../json/json-path.js';

/** The layouts of SPEC §1. */
export type Layout =
  | 'unpacked-solution'
  | 'packed-solution'
  | 'dataverse-yaml'
  | 'logic-apps-standard'
  | 'arm-template'
  | 'legacy-package'
  | 'single-file';

/** Metadata a solution keeps beside a flow (data.xml, customizations.xml, file name). */
export interface FlowMetadata {
  /** Lower-case GUID without braces, when known. */
  id?: string;
  name?: string;
  /** Dataverse workflow category: 5 = modern (cloud) flow, 6 = desktop flow, 0 = classic workflow … */
  category?: number;
  stateCode?: number;
}

/** A connection reference declared by the solution (customizations.xml) or a Logic Apps connections.json. */
export interface SolutionConnectionReference {
  logicalName: string;
  /** Connector id as declared, e.g. `/providers/Microsoft.PowerApps/apis/shared_keyvault`. */
  connectorId: string;
  /**
   * The connection it uses, when the declaration names one (Logic Apps Standard connections.json: a managed
   * connection's `connection.id`): what identifies the reference whatever its key is called.
   */
  connectionId?: string;
}

/**
 * One file (or zip entry) that holds one or more flow definitions, as a reader found it. Readers decide
 * what is a flow; the model builder parses nothing but `definition` objects handed to it.
 */
export interface SourceFile {
  /** Relative to the scanned root, `/`-separated; the argument as given when it was a file or zip. */
  file: string;
  /** Path inside the zip, or null. */
  entry: string | null;
  layout: Layout;
  /** The text as stored (BOM and CRLF kept), for locating lines later. */
  text: string;
}

/** A flow definition found inside a parsed source file. */
export interface FlowSource {
  source: SourceFile;
  /** Path from the document root to the object that holds `definition` (flow file: `['properties']`). */
  containerPath: JsonPath;
  /** The parsed object that holds `definition` and, for flows, `connectionReferences`. */
  container: Record<string, unknown>;
  meta: FlowMetadata;
  solutionConnectionReferences: SolutionConnectionReference[];
  /** Identity fallback when no GUID is known: file (+ entry, + resource index). */
  pathKey: string;
  /**
   * Path from the document root to the definition when it is not `containerPath` + `definition`: a bare
   * definition file, whose root is the definition (`[]`) and whose container is made up around it.
   */
  definitionPath?: JsonPath;
}

/** A file that could not be read: becomes an FG001 finding. */
export interface UnreadableFile {
  file: string;
  entry: string | null;
  reason: string;
  /** Optional 1-based line of a syntax error. */
  line?: number | null;
}

/**
 * A read-only tree of files: the working tree, a git revision, or a folder inside one. Readers only ever
 * see this interface, so the same code reads a checkout and a commit from the object store.
 */
export interface SourceTree {
  /** Every file path under the root, relative and `/`-separated (`.git`, `node_modules` excluded). */
  list(): Promise<string[]>;
  /** File content; rejects when the file is missing or unreadable. */
  read(path: string): Promise<Buffer>;
  /** Size in bytes without reading, when cheap to know (limits are checked before reading). */
  size?(path: string): Promise<number>;
  /**
   * The file, or its size when that is over `max` (nothing read): one open for both the limit check and
   * the read, where `size` then `read` would look the file up twice.
   */
  readWithin?(path: string, max: number): Promise<Buffer | { tooBig: number }>;
}

/** Limits checked before the work is done; a breach is an FG001 finding naming the limit. */
export interface ReadLimits {
  /** Any file read from the tree: flows, solution metadata, zip archives. */
  maxFileBytes: number;
  /** A flow document (a flow file, or a flow entry of a zip, inflated): it is parsed whole. */
  maxFlowBytes: number;
  maxZipEntries: number;
  /** One zip entry, inflated: what the central directory declares, and what inflating produces. */
  maxZipEntryBytes: number;
  /** All entries of a zip as declared, and all entries flowguard inflates (a declared size can lie). */
  maxZipTotalBytes: number;
}

/**
 * Defaults no real solution reaches. The largest flow file of the shared corpus (459 cloud flows) is
 * 263 KB; a parsed flow takes several times its size in memory (a 50 MB one, over 350 MB), so flow
 * documents stop at 16 MB. Solution metadata (a large customizations.xml) and zip archives are only
 * scanned, not turned into objects, and may be larger.
 */
export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxFlowBytes: 16 * 1024 * 1024,
  maxZipEntries: 20_000,
  maxZipEntryBytes: 64 * 1024 * 1024,
  maxZipTotalBytes: 512 * 1024 * 1024,
};

export interface ReadOptions {
  /** micromatch globs on tree paths; a file must match one include (when any) and no exclude. */
  include?: string[];
  exclude?: string[];
  limits?: Partial<ReadLimits>;
  /** When set, only these tree paths (and the solution metadata they need) are read. */
  only?: ReadonlySet<string>;
  /**
   * When set, the flows of each file go here as soon as the file is read, instead of into
   * `ReadResult.flows`: a caller that analyses and drops them keeps memory flat on a large tree. `order`
   * is the file's place among the tree's candidates (calls come in completion order).
   */
  onFlows?: (flows: FlowSource[], order: number) => void;
  /**
   * Where the tree sits, relative to the report's root (the git repository, else the current folder):
   * prepended to every `file` the read reports, and what include/exclude globs see. Identities
   * (`pathKey`) stay tree-relative, so the two sides of a `diff` still match by path.
   */
  displayPrefix?: string;
}

export interface ReadResult {
  flows: FlowSource[];
  unreadable: UnreadableFile[];
  /** Flow-bearing files (and zip entries) read and parsed. */
  filesRead: number;
}
