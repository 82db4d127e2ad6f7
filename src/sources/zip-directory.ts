/**
 * The central directory of a zip (APPNOTE 6.3.10 §4.3.12–4.3.16), read straight from the bytes before
 * anything is inflated, so the limits are checked on what the archive declares.
 *
 * Entries are named by the central directory, as .NET's ZipArchive (and so solution import) names them;
 * a local header that claims another name changes nothing here.
 */

export class ZipError extends Error {
  constructor(
    readonly kind: 'format' | 'limit',
    message: string,
  ) {
    super(message);
  }
}

export interface ZipEntryInfo {
  /** The name as stored (decoded as UTF-8), for messages only. */
  rawName: string;
  /** Normalised: `\` → `/`, drive letter and leading `/` stripped, empty, `.` and `..` segments dropped. */
  name: string;
  dir: boolean;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const U16 = 0xffff;
const U32 = 0xffffffff;

const nameDecoder = new TextDecoder('utf-8');

/** Entries of the central directory, in stored order. Throws ZipError before listing more than `maxEntries`. */
export function readCentralDirectory(buf: Buffer, maxEntries: number): ZipEntryInfo[] {
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw new ZipError('format', 'not a zip archive (no end of central directory record)');
  let count = buf.readUInt16LE(eocd + 10);
  let size = buf.readUInt32LE(eocd + 12);
  let offset = buf.readUInt32LE(eocd + 16);
  if (count === U16 || size === U32 || offset === U32) {
    const loc = eocd - 20;
    if (loc >= 0 && buf.readUInt32LE(loc) === ZIP64_LOCATOR_SIG) {
      const rec = safeNumber(buf.readBigUInt64LE(loc + 8));
      if (rec + 56 > buf.length || buf.readUInt32LE(rec) !== ZIP64_EOCD_SIG) {
        throw new ZipError('format', 'broken zip64 end of central directory record');
      }
      count = safeNumber(buf.readBigUInt64LE(rec + 32));
      size = safeNumber(buf.readBigUInt64LE(rec + 40));
      offset = safeNumber(buf.readBigUInt64LE(rec + 48));
    }
  }
  if (count > maxEntries) {
    throw new ZipError(
      'limit',
      `zip declares ${count} entries, over the maxZipEntries limit of ${maxEntries}`,
    );
  }
  if (offset + size > buf.length) throw new ZipError('format', 'the central directory lies outside the file');

  const out: ZipEntryInfo[] = [];
  let pos = offset;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > buf.length || buf.readUInt32LE(pos) !== CENTRAL_SIG) {
      throw new ZipError('format', `central directory entry ${i + 1} of ${count} is damaged`);
    }
    const nameLen = buf.readUInt16LE(pos + 28);
    const extraLen = buf.readUInt16LE(pos + 30);
    const commentLen = buf.readUInt16LE(pos + 32);
    const end = pos + 46 + nameLen + extraLen + commentLen;
    if (end > buf.length)
      throw new ZipError('format', `central directory entry ${i + 1} of ${count} is damaged`);
    const rawName = nameDecoder.decode(buf.subarray(pos + 46, pos + 46 + nameLen));
    const entry: ZipEntryInfo = {
      rawName,
      name: normaliseEntryName(rawName),
      dir: /[/\\]$/.test(rawName),
      flags: buf.readUInt16LE(pos + 8),
      method: buf.readUInt16LE(pos + 10),
      crc32: buf.readUInt32LE(pos + 16),
      compressedSize: buf.readUInt32LE(pos + 20),
      uncompressedSize: buf.readUInt32LE(pos + 24),
      localHeaderOffset: buf.readUInt32LE(pos + 42),
    };
    applyZip64Extra(entry, buf.subarray(pos + 46 + nameLen, pos + 46 + nameLen + extraLen));
    out.push(entry);
    pos = end;
  }
  return out;
}

/** `..\evil`, `/etc/x`, `C:\x` → `evil`, `etc/x`, `x`: a name that can only ever point inside the archive. */
export function normaliseEntryName(raw: string): string {
  return raw
    .replace(/\\/g, '/')
    .replace(/^[A-Za-z]:/, '')
    .split('/')
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

/** Last EOCD signature whose comment length fits the file (the comment may itself contain the bytes). */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - U16);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}

/** Sizes and offset that overflow 32 bits live in the zip64 extra field (id 0x0001), in this order. */
function applyZip64Extra(e: ZipEntryInfo, extra: Buffer): void {
  if (e.uncompressedSize !== U32 && e.compressedSize !== U32 && e.localHeaderOffset !== U32) return;
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        if (q + 8 > p + 4 + len || q + 8 > extra.length)
          throw new ZipError('format', `${e.name}: broken zip64 field`);
        const v = safeNumber(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (e.uncompressedSize === U32) e.uncompressedSize = next();
      if (e.compressedSize === U32) e.compressedSize = next();
      if (e.localHeaderOffset === U32) e.localHeaderOffset = next();
      return;
    }
    p += 4 + len;
  }
}

function safeNumber(v: bigint): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipError('format', 'a zip64 size or offset is out of range');
  return Number(v);
}
