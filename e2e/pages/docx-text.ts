import { inflateRawSync } from 'node:zlib';

/**
 * The text of a .docx's main part (word/document.xml): a .docx is a zip archive, read here through its
 * central directory (entries may carry their sizes only there), with the XML tags removed.
 */
export function docxText(bytes: Buffer): string {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('Not a zip archive');
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i += 1) {
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeader = bytes.readUInt32LE(offset + 42);
    const name = bytes.subarray(offset + 46, offset + 46 + nameLength).toString('utf8');
    if (name === 'word/document.xml') {
      const dataStart =
        localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      const xml = (method === 0 ? data : inflateRawSync(data)).toString('utf8');
      return xml.replace(/<[^>]+>/g, '');
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error('No word/document.xml in the archive');
}
