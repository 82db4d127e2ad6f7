import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';

/** Shared helpers of the reader tests: fixture paths, temp folders, zips built and patched at test time. */

export const LAYOUTS = path.resolve(process.cwd(), 'test', 'fixtures', 'layouts');
/** Real flows copied into the repository (test/corpus/MANIFEST.tsv); the full corpus is in test/full-corpus. */
export const CORPUS = path.resolve(process.cwd(), 'test', 'corpus');

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'flowguard-sources-'));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every file under a fixture folder as `[relative path, bytes]`, for packing into a zip. */
export async function folderEntries(dir: string): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  for (const d of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const abs = path.join(d.parentPath, d.name);
    out.push([path.relative(dir, abs).split(path.sep).join('/'), await readFile(abs)]);
  }
  return out.sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

export async function makeZip(
  entries: Array<[string, string | Buffer]>,
  compression: 'DEFLATE' | 'STORE' = 'DEFLATE',
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, data] of entries) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/**
 * Rewrites fields of one entry in both its local header and its central directory record: the declared
 * uncompressed size (a lying zip) or the name (same length — for duplicate names jszip cannot produce).
 * `occurrence` picks which entry of that name (0 = first).
 */
export function patchZipEntry(
  zip: Buffer,
  name: string,
  patch: { uncompressedSize?: number; name?: string },
  occurrence = 0,
): Buffer {
  const buf = Buffer.from(zip);
  let seenLocal = 0;
  let seenCentral = 0;
  for (let i = 0; i + 4 <= buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x04034b50 && i + 30 <= buf.length) {
      const len = buf.readUInt16LE(i + 26);
      if (buf.toString('latin1', i + 30, i + 30 + len) === name && seenLocal++ === occurrence) {
        if (patch.uncompressedSize !== undefined) buf.writeUInt32LE(patch.uncompressedSize, i + 22);
        if (patch.name !== undefined) buf.write(patch.name, i + 30, len, 'latin1');
      }
    } else if (sig === 0x02014b50 && i + 46 <= buf.length) {
      const len = buf.readUInt16LE(i + 28);
      if (buf.toString('latin1', i + 46, i + 46 + len) === name && seenCentral++ === occurrence) {
        if (patch.uncompressedSize !== undefined) buf.writeUInt32LE(patch.uncompressedSize, i + 24);
        if (patch.name !== undefined) buf.write(patch.name, i + 46, len, 'latin1');
      }
    }
  }
  if (seenCentral <= occurrence) throw new Error(`no entry ${name} #${occurrence} to patch`);
  return buf;
}

export const SOLUTION_XML =
  '<?xml version="1.0" encoding="utf-8"?><ImportExportXml><SolutionManifest><UniqueName>Test</UniqueName></SolutionManifest></ImportExportXml>';

/** A packed solution's customizations.xml listing the given workflows. */
export function customizationsXml(
  workflows: Array<{ id: string; name: string; file: string; category: number }>,
  refs: Array<{ logicalName: string; connectorId: string }> = [],
): string {
  const wf = workflows
    .map(
      (w) =>
        `<Workflow WorkflowId="{${w.id}}" Name="${w.name}"><JsonFileName>/${w.file}</JsonFileName><Type>1</Type>` +
        `<Category>${w.category}</Category><StateCode>1</StateCode></Workflow>`,
    )
    .join('');
  const cr = refs
    .map(
      (r) =>
        `<connectionreference connectionreferencelogicalname="${r.logicalName}"><connectorid>${r.connectorId}</connectorid></connectionreference>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?><ImportExportXml><Entities /><Workflows>${wf}</Workflows><connectionreferences>${cr}</connectionreferences></ImportExportXml>`;
}

/** A minimal cloud flow file (`properties.definition` with a trigger). */
export function flowJson(action = 'Compose'): string {
  return JSON.stringify({
    properties: {
      connectionReferences: {},
      definition: {
        triggers: { manual: { type: 'Request', kind: 'Button', inputs: {} } },
        actions: { [action]: { type: 'Compose', inputs: 'x', runAfter: {} } },
      },
    },
    schemaVersion: '1.0.0.0',
  });
}
