import type { BullyingDocumentKind } from '@xiaohu/domain';
import { contentKey } from '../../shared/storage/object-store';

/** A one-page PDF saying what it stands for (ASCII: the built-in fonts have no Chinese). */
function demoPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * PRV-10: the demo district's anti-bullying documents (seed/demo-care-records.seed.ts). Their rows name
 * these bytes by content key; the download serves them from here when the store has no copy (a fresh
 * data folder), so the demo works without an upload.
 */
export const DEMO_DOCUMENTS: Record<BullyingDocumentKind, Buffer> = {
  RULES: demoPdf('XiaoHu demo - anti-bullying rules (invented)'),
  HANDBOOK: demoPdf('XiaoHu demo - anti-bullying handbook (invented)'),
};

const BY_KEY = new Map(Object.values(DEMO_DOCUMENTS).map((bytes) => [contentKey(bytes), bytes]));

/** The built-in demo bytes under a content key, or null. */
export const demoDocumentBytes = (key: string): Buffer | null => BY_KEY.get(key) ?? null;
