import { BULLYING_DOCUMENT_KINDS, TEXT_LIMITS, type BullyingDocumentKind } from '@xiaohu/domain';
import express, { type Express, type Request, type Response } from 'express';
import type { AppDependencies, RequestContext } from '../../context';
import { recordAudit, type AuditEntry } from '../../shared/audit/audit-log';
import type { SignedInActor } from '../../shared/auth/actor';
import { guardedRoute } from '../../shared/http/guarded-route';
import { jsonError } from '../../shared/http/workbook-response';
import { readQueryParam } from '../../shared/input/query-param';
import type { ObjectStore } from '../../shared/storage/object-store';
import { isUuid } from '../places/place-register';
import {
  createDocumentStore,
  documentFileName,
  DOCUMENT_REFUSAL_MESSAGES,
  MAX_DOCUMENT_BYTES,
  sniffDocument,
} from './bullying-document-file';
import { BullyingDocumentEntity } from './bullying-document.entity';
import { loadCareInstitution, parseDay } from './care-institution';
import { toBullyingDocument } from './care-records-view';
import { demoDocumentBytes } from './demo-documents';

type Log = (message: string, error?: unknown) => void;

// CSRF: only content types a cross-site form cannot send without a CORS preflight. The bytes decide.
const isUploadType = (type: string | undefined) =>
  !!type &&
  /^(application\/pdf|application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document|image\/(jpeg|png)|application\/octet-stream)\s*(;.*)?$/i.test(
    type,
  );

const UPLOAD = 'careRecords.uploadBullyingDocument';
const DOWNLOAD = 'careRecords.downloadBullyingDocument';

function audit(context: RequestContext, entry: AuditEntry) {
  return recordAudit(context.dataSource.manager, context.auth.actor, context.clock.now(), {
    targetType: 'bullying_document',
    ...entry,
  });
}

/** The request's bytes, or 'TOO_LARGE' as soon as they pass the limit (declared or streamed). */
function readBody(req: Request, limit: number): Promise<Buffer | 'TOO_LARGE'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('TOO_LARGE');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve('TOO_LARGE');
      }
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface UploadMeta {
  kind: BullyingDocumentKind;
  title: string;
  adoptedAt: Date;
}

/** kind, title and adoptedOn from the query string, or the message of the first problem. */
function readMeta(req: Request, context: RequestContext): UploadMeta | string {
  const kind = readQueryParam(req.query, 'kind');
  const title = readQueryParam(req.query, 'title');
  const adoptedOn = readQueryParam(req.query, 'adoptedOn');
  for (const param of [kind, title, adoptedOn]) if (!param.ok) return param.message;
  const kindValue = (kind as { value: string | null }).value;
  const titleValue = (title as { value: string | null }).value;
  if (!BULLYING_DOCUMENT_KINDS.includes(kindValue as BullyingDocumentKind))
    return 'kind must be RULES or HANDBOOK';
  if (!titleValue) return 'title is required';
  if (titleValue.length > TEXT_LIMITS.bullyingDocumentTitle) {
    return `title is longer than ${TEXT_LIMITS.bullyingDocumentTitle} characters`;
  }
  const day = parseDay(
    (adoptedOn as { value: string | null }).value,
    'adoptedOn',
    context.clock.now(),
    context.policy,
    true,
  );
  if (!(day instanceof Date)) return day.message;
  return { kind: kindValue as BullyingDocumentKind, title: titleValue, adoptedAt: day };
}

function upload(store: ObjectStore) {
  return async (context: RequestContext, req: Request, res: Response) => {
    const actor = context.auth.actor as SignedInActor;
    const institutionId = String(req.params.institutionId);
    const refuse = async (status: number, code: string, message: string) => {
      if (!req.complete) res.setHeader('Connection', 'close');
      await audit(context, {
        action: UPLOAD,
        outcome: code,
        details: isUuid(institutionId) ? { institutionId } : null,
      });
      jsonError(res, status, code, message);
    };
    const institution = await loadCareInstitution(
      context.dataSource.manager,
      actor,
      institutionId,
      context.policy,
    );
    if (!institution) return refuse(404, 'NOT_FOUND', 'Not found');
    if (!institution.access.can.recordBullyingDocument.allowed)
      return refuse(403, 'FORBIDDEN', 'Not allowed');
    const meta = readMeta(req, context);
    if (typeof meta === 'string') return refuse(400, 'VALIDATION_FAILED', meta);
    if (!isUploadType(req.headers['content-type'])) {
      return refuse(415, 'DOCUMENT_TYPE_NOT_ALLOWED', DOCUMENT_REFUSAL_MESSAGES.DOCUMENT_TYPE_NOT_ALLOWED);
    }
    const body = await readBody(req, MAX_DOCUMENT_BYTES);
    if (body === 'TOO_LARGE')
      return refuse(413, 'DOCUMENT_TOO_LARGE', DOCUMENT_REFUSAL_MESSAGES.DOCUMENT_TOO_LARGE);
    const sniffed = sniffDocument(body);
    if (typeof sniffed === 'string') return refuse(422, sniffed, DOCUMENT_REFUSAL_MESSAGES[sniffed]);
    // Bytes first: a row never names bytes that are not stored.
    const storageKey = await store.put(body, sniffed.contentType);
    const saved = await context.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(BullyingDocumentEntity);
      const row = await repository.save(
        repository.create({
          institutionId: institution.id,
          kind: meta.kind,
          title: meta.title,
          adoptedAt: meta.adoptedAt,
          storageKey,
          fileName: documentFileName(meta.title, sniffed.extension),
          contentType: sniffed.contentType,
          byteSize: body.length,
          recordedByAccountId: actor.accountId,
          recordedAt: context.clock.now(),
        }),
      );
      await recordAudit(manager, actor, context.clock.now(), {
        action: UPLOAD,
        outcome: 'OK',
        targetType: 'bullying_document',
        targetId: row.id,
        details: { institutionId: institution.id, kind: meta.kind, bytes: body.length },
      });
      return row;
    });
    res.status(201).json(toBullyingDocument(saved));
  };
}

function download(store: ObjectStore, log: Log) {
  return async (context: RequestContext, req: Request, res: Response) => {
    const actor = context.auth.actor as SignedInActor;
    const id = String(req.params.id);
    const row = isUuid(id)
      ? await context.dataSource.manager.getRepository(BullyingDocumentEntity).findOneBy({ id })
      : null;
    const institution = row
      ? await loadCareInstitution(context.dataSource.manager, actor, row.institutionId, context.policy)
      : null;
    const bytes =
      row && institution ? ((await store.get(row.storageKey)) ?? demoDocumentBytes(row.storageKey)) : null;
    if (row && institution && !bytes) log(`Bullying document ${id}: its bytes are missing from the store`);
    await audit(context, {
      action: DOWNLOAD,
      outcome: bytes ? 'OK' : 'NOT_FOUND',
      targetId: id.slice(0, 64),
      details: institution ? { institutionId: institution.id } : null,
    });
    if (!row || !bytes) return jsonError(res, 404, 'NOT_FOUND', 'Not found');
    res.setHeader('Content-Type', row.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`);
    res.send(bytes);
  };
}

/**
 * PRV-10 (mounted by server.ts): the head uploads her institution's anti-bullying documents (PDF, DOCX,
 * JPEG or PNG, at most 10 MB, decided by the bytes); readers of the care records download them, audited.
 */
export function mountBullyingDocumentRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: Log = () => undefined,
  store: ObjectStore = createDocumentStore(dependencies.config),
): void {
  const router = express.Router();
  const guard = { permission: 'VIEW_CARE_RECORDS' as const, targetType: 'bullying_document' };
  router.post(
    '/:institutionId/bullying-documents',
    guardedRoute({ ...guard, action: UPLOAD }, dependencies, upload(store), log),
  );
  router.get(
    '/bullying-documents/:id',
    guardedRoute({ ...guard, action: DOWNLOAD }, dependencies, download(store, log), log),
  );
  app.use('/api/care-records', router);
}
