import zlib from 'node:zlib';

/**
 * Zip archives written byte by byte, so that a test decides what the headers declare independently of
 * what the entries hold: a bomb that honestly declares 1 GB, one whose headers lie about their sizes.
 * Built at test time (a gigabyte of zeros deflates to about 1 MB); nothing large is ever committed.
 */

export interface RawEntry {
  name: string;
  /** The stored bytes: deflated when `method` is 8. */
  data: Buffer;
  method: 0 | 8;
  /** Declared in both headers; a lie when it differs from what `data` inflates to. */
  uncompressedSize: number;
  crc32: number;
}

/** `size` bytes of zeros, deflated as a stream (never held in memory), with their CRC-32. */
export async function deflatedZeros(size: number): Promise<{ data: Buffer; crc32: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const zero = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = size; left > 0; left -= zero.length) {
    const chunk = left >= zero.length ? zero : zero.subarray(0, left);
    crc = zlib.crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await ended;
  return { data: Buffer.concat(chunks), crc32: crc };
}

/** An entry stored or deflated honestly (declared size and CRC match the content). */
export function entry(name: string, content: string | Buffer, method: 0 | 8 = 8): RawEntry {
  const raw = Buffer.from(content);
  return {
    name,
    data: method === 8 ? zlib.deflateRawSync(raw) : raw,
    method,
    uncompressedSize: raw.length,
    crc32: zlib.crc32(raw),
  };
}

/** A zip (APPNOTE 6.3.10): local headers with data, central directory, end record. No zip64. */
export function writeZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc32 >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, e.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(e.method, 10);
    c.writeUInt32LE(e.crc32 >>> 0, 16);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.uncompressedSize, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
