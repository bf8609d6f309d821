import path from 'node:path';
import type { ApiConfig } from '../../config';
import { FileObjectStore } from '../../shared/storage/file-object-store';
import type { ObjectStore } from '../../shared/storage/object-store';
import { S3ObjectStore } from '../../shared/storage/s3-object-store';

/** PRV-10: an anti-bullying document is at most 10 MB. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentRefusal = 'DOCUMENT_TOO_LARGE' | 'DOCUMENT_TYPE_NOT_ALLOWED' | 'DOCUMENT_EMPTY';

export const DOCUMENT_REFUSAL_MESSAGES: Record<DocumentRefusal, string> = {
  DOCUMENT_TOO_LARGE: '文件超过 10 MB，请压缩后再上传',
  DOCUMENT_TYPE_NOT_ALLOWED: '只能上传 PDF、Word（.docx）文件或图片（JPEG、PNG）',
  DOCUMENT_EMPTY: '文件是空的',
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The content type the bytes themselves show (never the browser's claim), or a refusal. */
export function sniffDocument(bytes: Buffer): { contentType: string; extension: string } | DocumentRefusal {
  if (bytes.length === 0) return 'DOCUMENT_EMPTY';
  const starts = (...signature: number[]) => signature.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts(0xff, 0xd8, 0xff)) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))
    return { contentType: 'image/png', extension: 'png' };
  // A .docx is a zip holding word/document.xml.
  if (starts(0x50, 0x4b, 0x03, 0x04) && bytes.includes('word/'))
    return { contentType: DOCX, extension: 'docx' };
  return 'DOCUMENT_TYPE_NOT_ALLOWED';
}

/** A download's file name: the title with the sniffed extension, without path or control characters. */
export function documentFileName(title: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 120);
  return `${base}.${extension}`;
}

/** The document store: S3 when S3_BUCKET is set (content-addressed keys), else `<data folder>/documents`. */
export function createDocumentStore(config: Pick<ApiConfig, 'dataDir' | 's3'>): ObjectStore {
  return config.s3
    ? new S3ObjectStore(config.s3)
    : new FileObjectStore(path.join(config.dataDir, 'documents'));
}
