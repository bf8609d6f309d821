import { crc32, inflateRawSync } from 'node:zlib';

// An .xlsx is a zip archive. Its central directory (at the end) declares every entry's sizes, so a
// bomb (a small upload that inflates to hundreds of megabytes) can be refused before anything is
// unpacked. Declared sizes can lie, so the entries actually parsed are inflated again under a hard
// output limit and handed to the parser as a new, uncompressed archive: what is parsed is what was checked.

export interface ArchiveLimits {
  maxEntries: number;
  /** Declared (and actual) uncompressed bytes of one entry. */
  maxEntryBytes: number;
  /** Declared uncompressed bytes of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, checked for entries larger than `ratioFloorBytes`. */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** Generous for a roster of 20,000 rows (about 3 MB of sheet XML), far below a bomb. */
export const XLSX_LIMITS: ArchiveLimits = {
  maxEntries: 500,
  maxEntryBytes: 48 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ArchiveProblem = 'NOT_A_ZIP' | 'UNSUPPORTED' | 'TOO_MANY_ENTRIES' | 'TOO_LARGE' | 'SUSPICIOUS';

/** A refusal found while inflating (actual sizes differ from the declared ones). */
export class ArchiveRefusal extends Error {
  constructor(readonly problem: ArchiveProblem) {
    super(`Archive refused: ${problem}`);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;
const UTF8_FLAG = 0x800;

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - EOCD_SIZE - 0xffff);
  for (let at = buffer.length - EOCD_SIZE; at >= lowest; at -= 1) {
    if (buffer.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** Reads the central directory and refuses an archive whose declared contents exceed the limits. */
export function checkArchive(
  buffer: Buffer,
  limits: ArchiveLimits = XLSX_LIMITS,
): { entries: ZipEntry[] } | { problem: ArchiveProblem } {
  if (buffer.length < EOCD_SIZE) return { problem: 'NOT_A_ZIP' };
  const eocd = findEndOfCentralDirectory(buffer);
  if (eocd < 0) return { problem: 'NOT_A_ZIP' };
  const count = buffer.readUInt16LE(eocd + 10);
  const directorySize = buffer.readUInt32LE(eocd + 12);
  const directoryOffset = buffer.readUInt32LE(eocd + 16);
  // ZIP64 markers: no roster needs more than 65,535 entries or 4 GB.
  if (count === 0xffff || directoryOffset === 0xffffffff) return { problem: 'UNSUPPORTED' };
  if (count > limits.maxEntries) return { problem: 'TOO_MANY_ENTRIES' };
  if (directoryOffset + directorySize > eocd) return { problem: 'NOT_A_ZIP' };

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL_SIGNATURE) return { problem: 'NOT_A_ZIP' };
    const nameLength = buffer.readUInt16LE(at + 28);
    const next = at + 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    if (next > eocd) return { problem: 'NOT_A_ZIP' };
    const entry: ZipEntry = {
      flags: buffer.readUInt16LE(at + 8),
      method: buffer.readUInt16LE(at + 10),
      crc: buffer.readUInt32LE(at + 16),
      compressedSize: buffer.readUInt32LE(at + 20),
      uncompressedSize: buffer.readUInt32LE(at + 24),
      localHeaderOffset: buffer.readUInt32LE(at + 42),
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.flags & ENCRYPTED_FLAG) return { problem: 'UNSUPPORTED' };
    if (entry.method !== STORED && entry.method !== DEFLATED) return { problem: 'UNSUPPORTED' };
    if (entry.localHeaderOffset + 30 > directoryOffset) return { problem: 'NOT_A_ZIP' };
    if (entry.uncompressedSize > limits.maxEntryBytes) return { problem: 'TOO_LARGE' };
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) return { problem: 'TOO_LARGE' };
    if (
      entry.uncompressedSize > limits.ratioFloorBytes &&
      entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
    ) {
      return { problem: 'SUSPICIOUS' };
    }
    entries.push(entry);
    at = next;
  }
  return { entries };
}

/** An entry's bytes, inflated under a hard limit; the actual size and CRC must be the declared ones. */
export function inflateEntry(buffer: Buffer, entry: ZipEntry, limits: ArchiveLimits = XLSX_LIMITS): Buffer {
  const at = entry.localHeaderOffset;
  if (buffer.readUInt32LE(at) !== LOCAL_SIGNATURE) throw new ArchiveRefusal('NOT_A_ZIP');
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw new ArchiveRefusal('NOT_A_ZIP');
  const compressed = buffer.subarray(start, end);
  let data: Buffer;
  if (entry.method === STORED) data = compressed;
  else {
    try {
      // One byte more than declared is enough to know it lied; never more than the limit.
      const maxOutputLength = Math.min(entry.uncompressedSize, limits.maxEntryBytes) + 1;
      data = inflateRawSync(compressed, { maxOutputLength });
    } catch (error) {
      throw new ArchiveRefusal(
        error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? 'SUSPICIOUS'
          : 'NOT_A_ZIP',
      );
    }
  }
  if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc) {
    throw new ArchiveRefusal('SUSPICIOUS');
  }
  return data;
}

export interface ZipWriterEntry {
  name: string;
  method: typeof STORED | typeof DEFLATED;
  /** The bytes as stored in the archive (deflated when method is 8). */
  data: Buffer;
  crc: number;
  uncompressedSize: number;
}

function localHeader(entry: ZipWriterEntry, name: Buffer): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(LOCAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(UTF8_FLAG, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(0x00210000, 10); // 1980-01-01 00:00
  header.writeUInt32LE(entry.crc >>> 0, 14);
  header.writeUInt32LE(entry.data.length, 18);
  header.writeUInt32LE(entry.uncompressedSize, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralHeader(entry: ZipWriterEntry, name: Buffer, offset: number): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(CENTRAL_SIGNATURE, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(20, 6);
  header.writeUInt16LE(UTF8_FLAG, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt32LE(0x00210000, 12);
  header.writeUInt32LE(entry.crc >>> 0, 16);
  header.writeUInt32LE(entry.data.length, 20);
  header.writeUInt32LE(entry.uncompressedSize, 24);
  header.writeUInt16LE(name.length, 28);
  header.writeUInt32LE(offset, 42);
  return Buffer.concat([header, name]);
}

/** Writes a zip archive chunk by chunk: each entry as given, then the central directory. */
export function* zipChunks(entries: Iterable<ZipWriterEntry>): Generator<Buffer> {
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const header = localHeader(entry, name);
    directory.push(centralHeader(entry, name, offset));
    yield header;
    yield entry.data;
    offset += header.length + entry.data.length;
  }
  const central = Buffer.concat(directory);
  const end = Buffer.alloc(EOCD_SIZE);
  end.writeUInt32LE(EOCD_SIGNATURE, 0);
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  yield central;
  yield end;
}

// What the streaming reader needs of a workbook, in the order that lets it parse the first
// worksheet directly (shared strings and styles first, so it never spools a sheet to a temp file).
const WORKBOOK_PARTS = [
  'xl/_rels/workbook.xml.rels',
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
];
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/**
 * The checked archive's workbook parts and its first worksheet, inflated under the limits (throws
 * ArchiveRefusal before any parsing starts) and stored uncompressed: the input of the streaming reader.
 */
export function boundedWorkbook(
  buffer: Buffer,
  entries: ZipEntry[],
  limits: ArchiveLimits = XLSX_LIMITS,
): ZipWriterEntry[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const firstSheet = entries.find((e) => WORKSHEET.test(e.name));
  return [...WORKBOOK_PARTS.map((name) => byName.get(name)), firstSheet]
    .filter((e): e is ZipEntry => e !== undefined)
    .map((entry) => {
      const data = inflateEntry(buffer, entry, limits);
      return { name: entry.name, method: STORED, data, crc: entry.crc, uncompressedSize: data.length };
    });
}
