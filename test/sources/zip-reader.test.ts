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

describe('openZip: work bounded by the limits', () => {
  test('a flow entry is bounded by maxFlowBytes, declared and while inflating', async () => {
    const l = limits({ maxFlowBytes: 4096 });
    const zip = openZip(await makeZip([['Workflows/A.json', 'a'.repeat(5000)]]), l);
    await expect(zip.read(zip.files[0], true)).rejects.toThrow(
      'the entry declares 4.9 KB, over the maxFlowBytes limit of 4.0 KB',
    );
    expect((await zip.read(zip.files[0])).length).toBe(5000);
    const lying = patchZipEntry(
      await makeZip([['Workflows/B.json', 'b'.repeat(50_000)]]),
      'Workflows/B.json',
      {
        uncompressedSize: 10,
      },
    );
    const z2 = openZip(lying, l);
    await expect(z2.read(z2.files[0], true)).rejects.toThrow(
      'the entry inflates to more than its declared 10 B, over the maxFlowBytes limit of 4.0 KB',
    );
  });

  test('bytes inflated before an entry is stopped count towards the total (regression: thousands of lying entries)', async () => {
    const names = ['a', 'b', 'c', 'd', 'e'].map((n) => `Workflows/${n}.json`);
    let buf = await makeZip(names.map((n) => [n, 'z'.repeat(100_000)] as [string, string]));
    for (const n of names) buf = patchZipEntry(buf, n, { uncompressedSize: 10 });
    const zip = openZip(buf, limits({ maxZipEntryBytes: 64 * 1024, maxZipTotalBytes: 150 * 1024 }));
    const reasons: string[] = [];
    for (const e of zip.files)
      reasons.push(
        await zip.read(e).then(
          () => 'read',
          (err: Error) => err.message,
        ),
      );
    // Two entries inflate up to the entry limit; then the total is spent and the rest stop at once.
    expect(reasons.map((r) => /over the (\w+) limit/.exec(r)?.[1])).toEqual([
      'maxZipEntryBytes',
      'maxZipEntryBytes',
      'maxZipTotalBytes',
      'maxZipTotalBytes',
      'maxZipTotalBytes',
    ]);
  });
});
