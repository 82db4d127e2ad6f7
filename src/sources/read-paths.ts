import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { compareCodeUnits } from '../json/code-unit-order.js';
import { FsTree } from './fs-tree.js';
import { displayPath, reportRoot } from './report-root.js';
import { readTree } from './read-tree.js';
import type { ReadOptions, ReadResult, SourceTree } from './types.js';

/**
 * Reads the CLI's PATH arguments (`flowguard scan PATH…`, each side of `flowguard diff`).
 *
 * How `file` is named (SPEC §1 "file naming"): relative to the report root — the git repository that
 * holds `cwd`, else `cwd` (report-root.ts) — whatever the arguments: `scan solutions/hr` and
 * `scan /abs/repo/solutions/hr` both name `solutions/hr/Workflows/X.json`. A folder argument is read as
 * one tree whose identities (`pathKey`) stay relative to it, so the two sides of `diff OLD NEW` match by
 * path. Several arguments are one tree of their display names; a file reached through two arguments
 * (`src` and `src/Workflows`) is read once, under the first.
 * A missing path throws (the CLI turns it into exit 2); everything else becomes flows or FG001.
 */
export async function readPaths(args: string[], cwd: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const parts: Part[] = [];
  const root = reportRoot(cwd);
  const shown = (abs: string): string => displayPath(abs, root, cwd);
  for (const arg of args.length ? args : ['.']) {
    const abs = path.resolve(cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch {
      throw new Error(`${arg}: no such file or directory`);
    }
    if (st.isDirectory()) parts.push({ kind: 'dir', prefix: shown(abs), abs, tree: new FsTree(abs) });
    else if (st.isFile()) parts.push({ kind: 'file', name: shown(abs), abs });
    else throw new Error(`${arg}: not a file or directory`);
  }
  const only = parts[0];
  if (parts.length === 1 && only.kind === 'dir')
    return readTree(only.tree, { ...opts, displayPrefix: only.prefix });
  const tree = new ArgumentTree(parts);
  const explicit = new Set(parts.flatMap((p) => (p.kind === 'file' ? [p.name] : [])));
  return readTree(tree, opts, explicit);
}

type Part =
  { kind: 'dir'; prefix: string; abs: string; tree: FsTree } | { kind: 'file'; name: string; abs: string };

/** Several arguments seen as one tree, so metadata next to a flow (its data.xml) is found as usual. */
class ArgumentTree implements SourceTree {
  private readonly where = new Map<string, { abs: string; tree?: FsTree; rel?: string }>();
  private listed: Promise<string[]> | undefined;

  constructor(private readonly parts: Part[]) {}

  list(): Promise<string[]> {
    this.listed ??= this.build();
    return this.listed;
  }

  async read(p: string): Promise<Buffer> {
    const w = await this.locate(p);
    return w.tree ? w.tree.read(w.rel!) : readFile(w.abs);
  }

  async size(p: string): Promise<number> {
    const w = await this.locate(p);
    return w.tree ? w.tree.size(w.rel!) : (await stat(w.abs)).size;
  }

  private async locate(p: string): Promise<{ abs: string; tree?: FsTree; rel?: string }> {
    await this.list();
    const w = this.where.get(p);
    if (!w) throw new Error(`${p}: not one of the scanned paths`);
    return w;
  }

  private async build(): Promise<string[]> {
    const seen = new Set<string>();
    const add = (name: string, entry: { abs: string; tree?: FsTree; rel?: string }): void => {
      if (seen.has(entry.abs) || this.where.has(name)) return;
      seen.add(entry.abs);
      this.where.set(name, entry);
    };
    for (const part of this.parts) {
      if (part.kind === 'dir') {
        for (const rel of await part.tree.list()) {
          add(part.prefix ? `${part.prefix}/${rel}` : rel, {
            abs: path.join(part.abs, rel),
            tree: part.tree,
            rel,
          });
        }
      } else {
        add(part.name, { abs: part.abs });
        // A flow file named on its own still gets its solution metadata when it sits beside it.
        const dataXml = `${part.abs}.data.xml`;
        if (await isFile(dataXml)) add(`${part.name}.data.xml`, { abs: dataXml });
      }
    }
    return [...this.where.keys()].sort(compareCodeUnits);
  }
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
