import zlib from 'node:zlib';
import { formatBytes, overTheLimit } from './read-limits.js';
import type { ReadLimits } from './types.js';
import { readCentralDirectory, ZipError, type ZipEntryInfo } from './zip-directory.js';

export { ZipError, type ZipEntryInfo } from './zip-directory.js';

/**
 * A zip opened for reading, with every limit enforced twice: on what the central directory declares
 * (before any work) and on what inflating actually produces (a declared size can lie).
 *
 * Why not jszip, which the project also ships: it names entries by their local header where .NET's
 * ZipArchive (solution import) uses the central directory, so a zip with two different names shows a
 * reviewer one file and the importer another; its `files` map keeps the *last* of duplicate names and
 * cannot give the first; and it resolves `a/../Workflows/x.json` to `Workflows/x.json`, turning an
 * entry outside the flows folder into a flow path. Reading the central directory ourselves and
 * inflating with node:zlib avoids all three, costs no start-up import, and bounds memory through
 * zlib's `maxOutputLength`, which aborts inflation as soon as the output passes the limit.
 */
export interface ZipArchive {
  /** Files (folders left out), the first of each normalised name, in stored order. */
  files: ZipEntryInfo[];
  /** Normalised names stored more than once; only the first of each is ever read. */
  duplicates: ReadonlySet<string>;
  /**
   * The entry's bytes; throws ZipError naming the limit or the damage. `flow`: the entry is a flow
   * document, which `maxFlowBytes` bounds too.
   */
  read(entry: ZipEntryInfo, flow?: boolean): Promise<Buffer>;
}

const LOCAL_SIG = 0x04034b50;

export function openZip(buf: Buffer, limits: ReadLimits): ZipArchive {
  const all = readCentralDirectory(buf, limits.maxZipEntries);
  let declared = 0;
  for (const e of all) if (!e.dir) declared += e.uncompressedSize;
  if (declared > limits.maxZipTotalBytes) {
    throw new ZipError(
      'limit',
      `zip declares ${formatBytes(declared)} of content, ${overTheLimit(limits, 'maxZipTotalBytes')}`,
    );
  }
  const files: ZipEntryInfo[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const e of all) {
    if (e.dir || e.name === '') continue;
    if (seen.has(e.name)) duplicates.add(e.name);
    else {
      seen.add(e.name);
      files.push(e);
    }
  }

  let inflated = 0;
  const read = async (e: ZipEntryInfo, flow = false): Promise<Buffer> => {
    if (e.flags & 0x1) throw new ZipError('format', 'the entry is encrypted');
    const entryLimit =
      flow && limits.maxFlowBytes < limits.maxZipEntryBytes ? 'maxFlowBytes' : 'maxZipEntryBytes';
    if (e.uncompressedSize > limits[entryLimit]) {
      throw new ZipError(
        'limit',
        `the entry declares ${formatBytes(e.uncompressedSize)}, ${overTheLimit(limits, entryLimit)}`,
      );
    }
    const data = entryData(buf, e);
    const remaining = limits.maxZipTotalBytes - inflated;
    const allowed = Math.min(limits[entryLimit], remaining);
    const limitName = limits[entryLimit] <= remaining ? entryLimit : 'maxZipTotalBytes';
    const tooBig = (): ZipError =>
      new ZipError(
        'limit',
        `the entry inflates to more than its declared ${formatBytes(e.uncompressedSize)}, ${overTheLimit(limits, limitName)}`,
      );
    let out: Buffer;
    if (e.method === 0) {
      if (data.length > allowed) throw tooBig();
      out = data;
    } else if (e.method === 8) {
      if (allowed <= 0) throw tooBig();
      try {
        out = inflateRaw(data, allowed);
      } catch (err) {
        if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          // The bytes were inflated before zlib gave up: they count, or thousands of lying entries
          // would each inflate up to the entry limit and the total would never stop the work.
          inflated += allowed;
          throw tooBig();
        }
        throw new ZipError('format', 'the entry is damaged (its deflate data does not decode)');
      }
    } else {
      throw new ZipError(
        'format',
        `the entry uses compression method ${e.method}; only stored and deflate are read`,
      );
    }
    inflated += out.length;
    if (out.length !== e.uncompressedSize) {
      throw new ZipError(
        'format',
        `the entry declares ${e.uncompressedSize} bytes but holds ${out.length}: the zip is damaged or crafted`,
      );
    }
    // zlib.crc32 arrived in Node 20.15; on older runtimes the size check above is the integrity check.
    if (typeof zlib.crc32 === 'function' && zlib.crc32(out) >>> 0 !== e.crc32 >>> 0) {
      throw new ZipError('format', 'the entry is damaged (CRC-32 mismatch)');
    }
    return out;
  };
  return { files, duplicates, read };
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(buf: Buffer, e: ZipEntryInfo): Buffer {
  const off = e.localHeaderOffset;
  if (off + 30 > buf.length || buf.readUInt32LE(off) !== LOCAL_SIG) {
    throw new ZipError('format', 'the entry has no local header where the central directory says');
  }
  const start = off + 30 + buf.readUInt16LE(off + 26) + buf.readUInt16LE(off + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipError('format', 'the entry runs past the end of the file');
  return buf.subarray(start, end);
}

// Synchronous: flow entries are small, and the async API builds a stream and a thread-pool job per call —
// on 1,000 zipped flows it cost ten times the inflating itself (bench/RESULTS.md). The errors are the same.
function inflateRaw(data: Buffer, maxOutputLength: number): Buffer {
  return zlib.inflateRawSync(data, { maxOutputLength });
}
