import { constants, crc32, deflateRawSync } from 'node:zlib';
import { zipChunks, type ZipWriterEntry } from '../features/staff/xlsx-archive';

// A decompression bomb shaped like a roster: a valid .xlsx whose first sheet holds one cell of
// `cellBytes` letters. It is built from independently deflated pieces (each ends on a sync flush, so
// they concatenate into one stream): 450 MB of cell compress to about 0.44 MB without ever being in memory.

const CHUNK = 1024 * 1024;

function deflated(parts: { data: Buffer; times: number }[]): { data: Buffer; crc: number; size: number } {
  const pieces: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const part of parts) {
    const piece = deflateRawSync(part.data, { finishFlush: constants.Z_SYNC_FLUSH });
    for (let i = 0; i < part.times; i += 1) {
      pieces.push(piece);
      crc = crc32(part.data, crc);
      size += part.data.length;
    }
  }
  pieces.push(deflateRawSync(Buffer.alloc(0))); // the final (empty) block
  return { data: Buffer.concat(pieces), crc, size };
}

const text = (name: string, content: string): ZipWriterEntry => {
  const data = Buffer.from(content, 'utf8');
  return { name, method: 0, data, crc: crc32(data), uncompressedSize: data.length };
};

/**
 * The bomb as .xlsx bytes. `declaredBytes` (default: the truth) is the uncompressed size written in
 * the archive's headers: a smaller value makes a lying archive whose directory looks harmless.
 */
export function buildXlsxBomb(cellBytes: number, options: { declaredBytes?: number } = {}): Buffer {
  const prefix = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>',
  );
  const suffix = Buffer.from('</t></is></c></row></sheetData></worksheet>');
  const fullChunks = Math.floor(cellBytes / CHUNK);
  const sheet = deflated([
    { data: prefix, times: 1 },
    { data: Buffer.alloc(CHUNK, 'A'), times: fullChunks },
    { data: Buffer.alloc(cellBytes - fullChunks * CHUNK, 'A'), times: 1 },
    { data: suffix, times: 1 },
  ]);
  const entries: ZipWriterEntry[] = [
    text(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    ),
    text(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    ),
    text(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
        '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    ),
    {
      name: 'xl/worksheets/sheet1.xml',
      method: 8,
      data: sheet.data,
      crc: sheet.crc,
      uncompressedSize: options.declaredBytes ?? sheet.size,
    },
  ];
  return Buffer.concat([...zipChunks(entries)]);
}
