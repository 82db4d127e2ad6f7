import type { Layout } from './types.js';

/**
 * Which files of a tree may hold flows, and which metadata each one needs (SPEC §1).
 *
 * The rule for FG001. A file is *reportable* — a failure to read it is an FG001 finding — when its place
 * says it is a flow, or when the user named it:
 *   - a `.json` directly in a `Workflows/` folder (any case) of an unpacked solution;
 *   - a `.json` under `modernflows/` of a YAML-format root (one with `solutions/<name>/solution.yml`);
 *   - any `workflow.json` (Logic Apps Standard);
 *   - `Microsoft.Flow/flows/<id>/definition.json` (legacy flow package);
 *   - a file or zip given as an argument (any extension but `.xml`/`.xaml` is then read as JSON).
 * Every other `.json` is *sniffed*: it is a flow when its content is one (`properties.definition`,
 * `definition`, a bare definition whose root `$schema` ends `workflowdefinition.json#`,
 * `definition`, an ARM template with `Microsoft.Logic/workflows`); otherwise — package.json, tsconfig,
 * test data — it is skipped silently, and a syntax error in it is reported only when its text plainly
 * looks like a flow. Any other `.zip` is opened: a solution or legacy package is read, anything else is
 * skipped silently unless it is broken and its bytes name solution files (see zip-candidate.ts).
 * `.xaml` (classic workflows) and all other extensions are never read.
 */

export type CandidateKind = Exclude<Layout, 'packed-solution' | 'arm-template'> | 'zip';

export interface Candidate {
  path: string;
  /** `single-file` stands for "decided by content": a single flow file or an ARM template. */
  kind: CandidateKind;
  reportable: boolean;
  /** A parsed document without any definition is a problem, not a file to skip. */
  requireDefinition: boolean;
  /** Unpacked solution: the folder holding `Workflows/` (`''` for the tree root). */
  solutionRoot?: string;
  dataXml?: string;
  customizations?: string;
  /** Logic Apps Standard: the project's connections.json. */
  connections?: string;
  /** Every metadata file this candidate reads: reading a changed one re-reads the flow (PR mode). */
  metaPaths: string[];
}

const dirOf = (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
const join = (dir: string, name: string): string => (dir ? `${dir}/${name}` : name);

export function discoverCandidates(files: readonly string[], explicit: ReadonlySet<string>): Candidate[] {
  // Case-insensitive lookups: solutions unpacked on Windows mix `Other/` and `other/`, `.JSON`, ….
  // Each path is lower-cased once and split only when its name can make it a candidate or a marker: most
  // files of a solution are XML, and splitting every path cost more than the rest of the discovery.
  const lowers = files.map((f) => f.toLowerCase());
  const byLower = new Map<string, string>();
  for (let k = 0; k < files.length; k++) if (!byLower.has(lowers[k])) byLower.set(lowers[k], files[k]);
  const find = (p: string): string | undefined => byLower.get(p.toLowerCase());

  const yamlRoots = new Set<string>();
  const logicAppRoots = new Set<string>();
  for (const lower of lowers) {
    if (lower.endsWith('/solution.yml')) {
      const segs = lower.split('/');
      if (segs.length >= 3 && segs[segs.length - 3] === 'solutions')
        yamlRoots.add(segs.slice(0, -3).join('/'));
    } else if (lower === 'host.json' || lower.endsWith('/host.json')) logicAppRoots.add(dirOf(lower));
  }

  const out: Candidate[] = [];
  for (let k = 0; k < files.length; k++) {
    const f = files[k];
    const lower = lowers[k];
    const isExplicit = explicit.has(f);
    if (lower.endsWith('.zip')) {
      out.push({ path: f, kind: 'zip', reportable: isExplicit, requireDefinition: true, metaPaths: [] });
      continue;
    }
    // Named files are read as JSON whatever their extension (`flow.txt`), except solution metadata and
    // classic workflows, which a shell glob such as `Workflows/*` brings along.
    if (!lower.endsWith('.json') && !(isExplicit && !/\.(xml|xaml)$/.test(lower))) continue;
    const segs = lower.split('/');
    const base = segs[segs.length - 1];
    const n = segs.length;
    const loose: Candidate = {
      path: f,
      kind: 'single-file',
      reportable: isExplicit,
      requireDefinition: isExplicit,
      metaPaths: [],
    };

    if (base === 'definition.json' && n >= 4 && segs[n - 3] === 'flows' && segs[n - 4] === 'microsoft.flow') {
      out.push({ ...loose, kind: 'legacy-package', reportable: true, requireDefinition: true });
    } else if (base === 'workflow.json') {
      const projectRoot = segs.slice(0, -2).join('/');
      if (n >= 2 && logicAppRoots.has(projectRoot)) {
        const connections = find(join(dirOf(dirOf(f)), 'connections.json'));
        out.push({
          ...loose,
          kind: 'logic-apps-standard',
          reportable: true,
          requireDefinition: true,
          ...(connections ? { connections } : {}),
          metaPaths: connections ? [connections] : [],
        });
      } else {
        out.push({ ...loose, reportable: true, requireDefinition: true });
      }
    } else if (yamlRoots.size > 0 && underYamlFlows(segs, yamlRoots)) {
      // SPEC §1: every json under modernflows/ is read; the ones without a definition are other metadata.
      out.push({ ...loose, kind: 'dataverse-yaml', reportable: true, requireDefinition: isExplicit });
    } else if (
      n >= 2 &&
      segs[n - 2] === 'workflows' &&
      !(yamlRoots.size > 0 && yamlRoots.has(segs.slice(0, -2).join('/')))
    ) {
      // (In a YAML-format root, `workflows/` holds classic workflows, not cloud flows: sniffed instead.)
      const root = dirOf(dirOf(f));
      const dataXml = find(`${f}.data.xml`);
      const customizations =
        find(join(root, 'Other/Customizations.xml')) ?? find(join(root, 'customizations.xml'));
      // Built in one literal (the most common candidate; spreads of optional parts cost more than the rest).
      const c: Candidate = {
        path: f,
        kind: 'unpacked-solution',
        reportable: true,
        requireDefinition: true,
        metaPaths: [],
        solutionRoot: root,
      };
      if (dataXml) {
        c.dataXml = dataXml;
        c.metaPaths.push(dataXml);
      }
      if (customizations) {
        c.customizations = customizations;
        c.metaPaths.push(customizations);
      }
      out.push(c);
    } else {
      out.push(loose);
    }
  }
  return out;
}

/**
 * The files discoverCandidates needs to classify the candidates that `only` selects (PR mode: the changed
 * paths): those in the folder or the parent folder of a changed path, or whose parent folder is one of
 * those (a solution's `Workflows/` and `Other/` under a changed customizations.xml, a Logic Apps
 * project's workflows under a changed connections.json), and every `solutions/<name>/solution.yml`, which
 * marks a YAML-format root anywhere above. Every other relation discoverCandidates follows — data.xml
 * beside its flow, customizations.xml two folders up, connections.json and host.json at the project root —
 * stays inside that set for the candidates `only` keeps, so they come out the same, at a cost that follows
 * the change rather than the repository. (Folders compare in lower case, like discoverCandidates' lookups;
 * test/sources/near-paths.test.ts checks the claim on every path of the corpus.)
 */
export function nearPaths(
  files: readonly string[],
  only: ReadonlySet<string>,
  explicit: ReadonlySet<string>,
): string[] {
  const near = nearFolders(only);
  return files.filter((f) => {
    const lower = f.toLowerCase();
    const dir = dirOf(lower);
    if (near.has(dir) || near.has(dirOf(dir)) || explicit.has(f)) return true;
    return isYamlSolutionFile(lower);
  });
}

/** The folders, in lower case, whose files and subfolders' files `nearPaths` keeps: each path's folder and its parent. */
export function nearFolders(only: ReadonlySet<string>): Set<string> {
  const near = new Set<string>();
  for (const p of only) {
    const dir = dirOf(p.toLowerCase());
    near.add(dir);
    near.add(dirOf(dir));
  }
  return near;
}

/** Whether a lower-case path names `solutions/<name>/solution.yml`, which marks a YAML-format root. */
export function isYamlSolutionFile(lower: string): boolean {
  if (!lower.endsWith('/solution.yml')) return false;
  const segs = lower.split('/');
  return segs.length >= 3 && segs[segs.length - 3] === 'solutions';
}

function underYamlFlows(segs: string[], yamlRoots: ReadonlySet<string>): boolean {
  for (let i = 0; i < segs.length - 1; i++) {
    if (segs[i] === 'modernflows' && yamlRoots.has(segs.slice(0, i).join('/'))) return true;
  }
  return false;
}
