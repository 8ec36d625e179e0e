/**
 * Safe uploads (issue 14): a zip bomb is refused while it inflates, with little memory, whatever
 * sizes it declares; archives inside archives are not opened; ordinary bundles read as before.
 */
import zlib from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allowanceFor, ArchiveRefused, inflateArchive } from '../../server/features/data/import/archives.ts';
import { readSources } from '../../server/features/data/import/sources.ts';

/**
 * A zip holding `mib` MiB of one repeated byte in one entry (a ~1000:1 bomb), deflated by zlib a
 * MiB at a time so that building it costs little memory. Its headers declare 1,000 bytes: a lie.
 */
async function bomb(mib: number, name = 'people.csv'): Promise<Uint8Array> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const block = Buffer.alloc(1024 ** 2, 0x30);
  for (let i = 0; i < mib; i++) if (!deflate.write(block)) await new Promise((r) => deflate.once('drain', r));
  deflate.end();
  await done;
  const data = Buffer.concat(parts);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22); // declared size: a lie
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(1000, 24);
  central.writeUInt16LE(file.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + file.length, 12);
  end.writeUInt32LE(30 + file.length + data.length, 16);
  return new Uint8Array(Buffer.concat([local, file, data, central, file, end]));
}

const bombs: Record<number, Promise<Uint8Array>> = {};
const cachedBomb = (mib: number) => (bombs[mib] ??= bomb(mib));

describe('archives', () => {
  it('refuses a zip bomb while inflating, with peak memory growth under 100 MB', async () => {
    const archive = await cachedBomb(1024);
    expect(archive.length).toBeLessThan(2 * 1024 ** 2);
    const peakBefore = process.resourceUsage().maxRSS;
    let refused: unknown;
    try {
      inflateArchive(archive, () => true);
    } catch (error) {
      refused = error;
    }
    const growthMiB = (process.resourceUsage().maxRSS - peakBefore) / 1024;
    expect(refused).toBeInstanceOf(ArchiveRefused);
    expect((refused as ArchiveRefused).reason).toBe('too-large');
    expect((refused as ArchiveRefused).message).toMatch(/unpacks to more than \d+ MB/);
    expect(growthMiB).toBeLessThan(100);
    expect(allowanceFor(archive.length)).toBeLessThan(50 * 1024 ** 2);
  }, 30_000); // builds a 1 GiB bomb on a clean checkout (~5 s under CI load)

  it('does not trust declared sizes: a measurement without keeping anything refuses the same bomb', async () => {
    const archive = await cachedBomb(1024);
    expect(() => inflateArchive(archive, () => true, { collect: false })).toThrow(ArchiveRefused);
  });

  it('reads an ordinary archive, skipping entries it is not asked for', () => {
    const archive = zipSync({
      'a.csv': strToU8('id,name\np1,花子\n'),
      'b.txt': strToU8('x'),
      'dir/': new Uint8Array(),
    });
    const entries = inflateArchive(archive, (name) => name.endsWith('.csv'));
    expect(entries.map((e) => [e.name, new TextDecoder().decode(e.bytes)])).toEqual([['a.csv', 'id,name\np1,花子\n']]);
  });

  it('refuses what is not a zip', () => {
    expect(() => inflateArchive(strToU8('id,name\n'), () => true)).toThrow(/not a zip archive/);
  });
});

describe('reading an upload', () => {
  it('does not open an archive inside an archive, and says so', async () => {
    const inner = zipSync({ 'people.csv': strToU8('id,name\np1,花子\n') });
    const outer = zipSync({ 'inner.zip': inner, 'skills.csv': strToU8('id,nameJa,nameEn\ns1,会計,Accounting\n') });
    const sources = await readSources([{ name: 'bundle.zip', bytes: outer }]);
    expect(sources.tables.map((t) => t.name)).toEqual(['skills.csv']);
    expect(sources.issues).toEqual([
      expect.objectContaining({
        code: 'unreadable-file',
        file: 'bundle.zip/inner.zip',
        message: expect.objectContaining({ en: expect.stringMatching(/archive inside an archive/) }),
      }),
    ]);
  });

  it('turns a bomb into an issue for its file, not a crash', async () => {
    const sources = await readSources([{ name: 'bundle.zip', bytes: await cachedBomb(1024) }]);
    expect(sources.tables).toEqual([]);
    expect(sources.issues).toEqual([
      expect.objectContaining({
        code: 'unreadable-file',
        file: 'bundle.zip',
        message: expect.objectContaining({ en: expect.stringMatching(/unpacks to more than/) }),
      }),
    ]);
  });

  it('measures a workbook before reading it: an .xlsx bomb is refused the same way', async () => {
    const sources = await readSources([{ name: 'people.xlsx', bytes: await bomb(200, 'xl/worksheets/sheet1.xml') }]);
    expect(sources.issues).toEqual([
      expect.objectContaining({
        code: 'unreadable-file',
        file: 'people.xlsx',
        message: expect.objectContaining({ en: expect.stringMatching(/unpacks to more than/) }),
      }),
    ]);
  });
});
