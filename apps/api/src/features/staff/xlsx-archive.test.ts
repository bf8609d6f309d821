import { crc32, deflateRawSync } from 'node:zlib';
import { buildXlsxBomb } from '../../scripts/xlsx-bomb';
import { buildRosterRow, buildRosterWorkbook } from './staff.factories';
import {
  ArchiveRefusal,
  checkArchive,
  inflateEntry,
  XLSX_LIMITS,
  zipChunks,
  type ZipWriterEntry,
} from './xlsx-archive';

const MB = 1024 * 1024;

function deflatedEntry(name: string, data: Buffer): ZipWriterEntry {
  return { name, method: 8, data: deflateRawSync(data), crc: crc32(data), uncompressedSize: data.length };
}

const zip = (entries: ZipWriterEntry[]) => Buffer.concat([...zipChunks(entries)]);

describe('xlsx archive checks (before anything is unpacked)', () => {
  it('refuses a 0.45 MB .xlsx holding one 450 MB cell from its directory alone', () => {
    const bomb = buildXlsxBomb(450 * MB);
    expect(bomb.length).toBeLessThan(MB);
    expect(checkArchive(bomb)).toEqual({ problem: 'TOO_LARGE' });
  });

  it('refuses too many entries, too much in total, a bomb-like ratio and what is not a zip', () => {
    const tiny = Array.from({ length: XLSX_LIMITS.maxEntries + 1 }, (_, i) =>
      deflatedEntry(`part${i}.xml`, Buffer.from('<a/>')),
    );
    expect(checkArchive(zip(tiny))).toEqual({ problem: 'TOO_MANY_ENTRIES' });
    const large = Buffer.alloc(40 * MB, 'x');
    const twoLarge = zip([deflatedEntry('a.xml', large), deflatedEntry('b.xml', large)]);
    expect(checkArchive(twoLarge, { ...XLSX_LIMITS, maxRatio: Infinity })).toEqual({ problem: 'TOO_LARGE' });
    expect(checkArchive(zip([deflatedEntry('a.xml', Buffer.alloc(2 * MB, 'A'))]))).toEqual({
      problem: 'SUSPICIOUS',
    });
    expect(checkArchive(Buffer.from('PK not really a zip archive, just text'))).toEqual({
      problem: 'NOT_A_ZIP',
    });
  });

  it('accepts a real roster and inflates its entries to exactly what they declare', async () => {
    const file = await buildRosterWorkbook([buildRosterRow(), buildRosterRow()]);
    const checked = checkArchive(file);
    if (!('entries' in checked)) throw new Error(`refused: ${checked.problem}`);
    const sheet = checked.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(inflateEntry(file, sheet).toString('utf8')).toContain('<sheetData>');
  });

  it('refuses an archive that lies about its sizes while inflating, past one byte more than declared', () => {
    const liar = buildXlsxBomb(8 * MB, { declaredBytes: 4096 });
    const checked = checkArchive(liar);
    if (!('entries' in checked)) throw new Error(`refused early: ${checked.problem}`);
    const sheet = checked.entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    expect(() => inflateEntry(liar, sheet)).toThrow(ArchiveRefusal);
  });
});
