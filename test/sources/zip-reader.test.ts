import { describe, expect, test } from '@jest/globals';
import { DEFAULT_LIMITS, type ReadLimits } from '../../src/sources/types.js';
import { normaliseEntryName } from '../../src/sources/zip-directory.js';
import { openZip, ZipError } from '../../src/sources/zip-reader.js';
import { makeZip, patchZipEntry } from './source-test-kit.js';

const limits = (l: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...l });

function zipError(fn: () => unknown): ZipError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ZipError) return err;
    throw err;
  }
  throw new Error('expected a ZipError');
}

describe('zip entry names', () => {
  test.each([
    ['../../Workflows/evil.json', 'Workflows/evil.json'],
    ['/etc/passwd', 'etc/passwd'],
    ['C:\\Windows\\win.ini', 'Windows/win.ini'],
    ['Workflows\\Flow.json', 'Workflows/Flow.json'],
    ['a/./b/../c.json', 'a/b/c.json'],
    ['//server/share/x', 'server/share/x'],
  ])('%s is shown as %s', (raw, shown) => {
    expect(normaliseEntryName(raw)).toBe(shown);
  });
});

describe('openZip', () => {
  test('lists files by their central-directory names, normalised, folders left out', async () => {
    const buf = await makeZip([
      ['solution.xml', '<x/>'],
      ['../escape/Workflows/A.json', '{}'],
      ['Workflows\\B.json', '{}'],
    ]);
    const zip = openZip(buf, DEFAULT_LIMITS);
    expect(zip.files.map((e) => [e.rawName, e.name])).toEqual([
      ['solution.xml', 'solution.xml'],
      ['../escape/Workflows/A.json', 'escape/Workflows/A.json'],
      ['Workflows\\B.json', 'Workflows/B.json'],
    ]);
    expect((await zip.read(zip.files[1])).toString()).toBe('{}');
  });

  test('reads stored and deflated entries', async () => {
    for (const compression of ['STORE', 'DEFLATE'] as const) {
      const zip = openZip(await makeZip([['a.txt', 'hello '.repeat(100)]], compression), DEFAULT_LIMITS);
      expect((await zip.read(zip.files[0])).toString()).toBe('hello '.repeat(100));
    }
  });

  test('entry count over maxZipEntries is refused before anything is read', async () => {
    const buf = await makeZip([1, 2, 3, 4, 5].map((i) => [`f${i}.txt`, 'x'] as [string, string]));
    expect(zipError(() => openZip(buf, limits({ maxZipEntries: 3 }))).message).toBe(
      'zip declares 5 entries, over the maxZipEntries limit of 3',
    );
  });

  test('declared total over maxZipTotalBytes is refused before anything is inflated', async () => {
    const buf = await makeZip([
      ['a.txt', 'a'.repeat(3000)],
      ['b.txt', 'b'.repeat(3000)],
    ]);
    const err = zipError(() => openZip(buf, limits({ maxZipTotalBytes: 4096 })));
    expect(err.kind).toBe('limit');
    expect(err.message).toBe('zip declares 5.9 KB of content, over the maxZipTotalBytes limit of 4.0 KB');
  });

  test('a declared 1 GB reads as such (the message of the README example)', async () => {
    const buf = patchZipEntry(await makeZip([['big.bin', 'x']]), 'big.bin', { uncompressedSize: 1024 ** 3 });
    expect(zipError(() => openZip(buf, DEFAULT_LIMITS)).message).toBe(
      'zip declares 1.0 GB of content, over the maxZipTotalBytes limit of 512 MB',
    );
  });

  test('an entry declaring more than maxZipEntryBytes is refused on read', async () => {
    const zip = openZip(await makeZip([['a.txt', 'a'.repeat(5000)]]), limits({ maxZipEntryBytes: 4096 }));
    await expect(zip.read(zip.files[0])).rejects.toThrow(
      'the entry declares 4.9 KB, over the maxZipEntryBytes limit of 4.0 KB',
    );
  });

  test('a lying declared size is caught while inflating, at the limit, not after', async () => {
    const real = 'z'.repeat(1024 * 1024);
    const buf = patchZipEntry(await makeZip([['bomb.json', real]]), 'bomb.json', { uncompressedSize: 100 });
    const zip = openZip(buf, limits({ maxZipEntryBytes: 64 * 1024 }));
    expect(zip.files[0].uncompressedSize).toBe(100);
    await expect(zip.read(zip.files[0])).rejects.toThrow(
      'the entry inflates to more than its declared 100 B, over the maxZipEntryBytes limit of 64 KB',
    );
    // Under the limit, the lie is still caught: the size does not match what inflates.
    const small = patchZipEntry(await makeZip([['x.json', 'y'.repeat(1000)]]), 'x.json', {
      uncompressedSize: 10,
    });
    const z2 = openZip(small, DEFAULT_LIMITS);
    await expect(z2.read(z2.files[0])).rejects.toThrow(/declares 10 bytes but holds 1000/);
  });

  test('the total limit holds across entries while inflating', async () => {
    const buf = patchZipEntry(
      await makeZip([
        ['a.txt', 'a'.repeat(3000)],
        ['b.txt', 'b'.repeat(3000)],
      ]),
      'b.txt',
      { uncompressedSize: 10 },
    );
    const zip = openZip(buf, limits({ maxZipTotalBytes: 4096 }));
    await zip.read(zip.files[0]);
    await expect(zip.read(zip.files[1])).rejects.toThrow(/over the maxZipTotalBytes limit of 4\.0 KB/);
  });

  test('duplicate names: the first is kept, the name is noted', async () => {
    const made = await makeZip([
      ['Workflows/A.json', '{"copy":1}'],
      ['Workflows/B.json', '{"copy":2}'],
    ]);
    const buf = patchZipEntry(made, 'Workflows/B.json', { name: 'Workflows/A.json' });
    const zip = openZip(buf, DEFAULT_LIMITS);
    expect(zip.files.map((e) => e.name)).toEqual(['Workflows/A.json']);
    expect([...zip.duplicates]).toEqual(['Workflows/A.json']);
    expect((await zip.read(zip.files[0])).toString()).toBe('{"copy":1}');
  });

  test('damage is a format error: not a zip, truncated, corrupt data', async () => {
    expect(zipError(() => openZip(Buffer.from('not a zip at all'), DEFAULT_LIMITS)).kind).toBe('format');
    const good = await makeZip([['a.txt', 'a'.repeat(2000)]]);
    expect(zipError(() => openZip(good.subarray(0, good.length - 30), DEFAULT_LIMITS)).message).toMatch(
      /end of central directory/,
    );
    const corrupt = Buffer.from(good);
    corrupt.fill(0xff, 40, 50);
    const zip = openZip(corrupt, DEFAULT_LIMITS);
    await expect(zip.read(zip.files[0])).rejects.toThrow(/damaged/);
  });
});
