import { photoReadAccess, photoUploadAccess } from '@xiaohu/domain';
import express, { type Express, type Request, type Response } from 'express';
import type { EntityManager } from 'typeorm';
import { buildContext, type AppDependencies, type RequestContext } from '../../context';
import { recordAudit, type AuditEntry } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { jsonError } from '../../shared/http/workbook-response';
import { createPhotoStore } from '../../shared/storage/create-object-store';
import type { ObjectStore } from '../../shared/storage/object-store';
import { photoSubjectPolicy } from './photo-attachments';
import { PhotoEntity } from './photo.entity';
import { MAX_PHOTO_BYTES, PHOTO_REFUSAL_MESSAGES, processPhoto, type PhotoRefusal } from './photo-image';
import { toPhoto } from './photo.type';

type Log = (message: string, error?: unknown) => void;
type Handler = (context: RequestContext, actor: SignedInActor, req: Request, res: Response) => Promise<void>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// CSRF: only content types a cross-site form cannot send without a CORS preflight (never text/plain,
// multipart/form-data or application/x-www-form-urlencoded). The bytes decide what the file is, not this.
const isUploadType = (type: string | undefined) =>
  !!type && /^(image\/[a-z0-9.+-]+|application\/octet-stream)\s*(;.*)?$/i.test(type);

/** Same session cookie as /graphql; unexpected errors answer 500 without details. */
function signedInRoute(dependencies: AppDependencies, handler: Handler, log: Log) {
  return async (req: Request, res: Response) => {
    try {
      const context = await buildContext(dependencies, req, res);
      const actor = context.auth.actor;
      if (!actor) return jsonError(res, 401, 'UNAUTHENTICATED', 'Not signed in');
      await handler(context, actor, req, res);
    } catch (error) {
      log('Photo route failed', error);
      if (!res.headersSent) jsonError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
    }
  };
}

function audit(context: RequestContext, actor: SignedInActor, entry: AuditEntry, manager?: EntityManager) {
  return recordAudit(manager ?? context.dataSource.manager, actor, context.clock.now(), {
    targetType: 'photo',
    ...entry,
  });
}

/**
 * The request's bytes, or 'TOO_LARGE' as soon as they pass the limit: declared so (Content-Length) or
 * streamed so (chunked). The rest is not read; the answer closes the connection.
 */
function readBody(req: Request, limit: number): Promise<Buffer | 'TOO_LARGE'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve('TOO_LARGE');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', reject);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > limit) {
        stop();
        req.pause();
        resolve('TOO_LARGE');
      }
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

const REFUSAL_STATUS: Record<PhotoRefusal, number> = {
  PHOTO_TOO_LARGE: 413,
  PHOTO_NOT_AN_IMAGE: 422,
  PHOTO_UNREADABLE: 422,
};

function uploadPhoto(store: ObjectStore): Handler {
  return async (context, actor, req, res) => {
    const refuse = async (status: number, code: string, message: string) => {
      // An unread body (too large, wrong type) is not waited for: the connection closes after the answer.
      if (!req.complete) res.setHeader('Connection', 'close');
      await audit(context, actor, { action: 'photo.upload', outcome: code });
      jsonError(res, status, code, message);
    };
    if (!photoUploadAccess(toAccessActor(actor)).allowed) return refuse(403, 'FORBIDDEN', 'Not allowed');
    if (!isUploadType(req.headers['content-type'])) {
      return refuse(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        '请以图片（image/*）或 application/octet-stream 上传照片字节',
      );
    }
    const body = await readBody(req, MAX_PHOTO_BYTES);
    const processed = body === 'TOO_LARGE' ? 'PHOTO_TOO_LARGE' : await processPhoto(body);
    if (typeof processed === 'string') {
      return refuse(REFUSAL_STATUS[processed], processed, PHOTO_REFUSAL_MESSAGES[processed]);
    }
    // Bytes first: a row never names bytes that are not stored (unreferenced bytes are harmless).
    const storageKey = await store.put(processed.photo.bytes, processed.mime);
    const thumbnailKey = await store.put(processed.thumbnail.bytes, processed.mime);
    const photo = await context.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(PhotoEntity).save(
        manager.getRepository(PhotoEntity).create({
          storageKey,
          thumbnailKey,
          mime: processed.mime,
          width: processed.photo.width,
          height: processed.photo.height,
          byteSize: processed.photo.bytes.length,
          uploadedByAccountId: actor.accountId,
          institutionId: actor.institutionId,
          uploadedAt: context.clock.now(),
          subjectType: null,
          subjectId: null,
          attachedAt: null,
        }),
      );
      await audit(
        context,
        actor,
        {
          action: 'photo.upload',
          outcome: 'OK',
          targetId: saved.id,
          details: { bytes: saved.byteSize, width: saved.width, height: saved.height },
        },
        manager,
      );
      return saved;
    });
    res.status(201).json(toPhoto(photo));
  };
}

/**
 * May the actor read this photo? The uploader while it is unattached, then the subject's registered policy
 * (photoReadAccess). Decided and audited in one transaction; anything refused reads as "not found".
 */
function servePhoto(store: ObjectStore, variant: 'photo' | 'thumbnail', log: Log): Handler {
  return async (context, actor, req, res) => {
    const id = String(req.params.id);
    const key = await context.dataSource.transaction(async (manager) => {
      const photo = UUID.test(id) ? await manager.getRepository(PhotoEntity).findOneBy({ id }) : null;
      let isAllowed = false;
      if (photo) {
        const access = photoReadAccess(toAccessActor(actor), {
          uploadedBy: photo.uploadedByAccountId,
          attachedTo:
            photo.subjectType && photo.subjectId ? { type: photo.subjectType, id: photo.subjectId } : null,
        });
        if (access.decision === 'UPLOADER') isAllowed = true;
        if (access.decision === 'SUBJECT') {
          const canRead = photoSubjectPolicy(access.subject.type);
          isAllowed = canRead ? await canRead(manager, actor, access.subject.id, context.policy) : false;
        }
      }
      await audit(
        context,
        actor,
        {
          action: 'photo.read',
          outcome: isAllowed ? 'OK' : 'NOT_FOUND',
          targetId: id.slice(0, 64),
          details: { variant, ...(photo?.subjectType ? { subjectType: photo.subjectType } : {}) },
        },
        manager,
      );
      return isAllowed && photo ? (variant === 'photo' ? photo.storageKey : photo.thumbnailKey) : null;
    });
    const bytes = key ? await store.get(key) : null;
    if (key && !bytes) log(`Photo ${id}: its ${variant} is missing from the photo store`);
    if (!bytes) return jsonError(res, 404, 'NOT_FOUND', 'Not found');
    res.setHeader('Content-Type', 'image/jpeg');
    res.setHeader('Content-Disposition', 'inline');
    res.send(bytes);
  };
}

/** /api/photos (mounted by server.ts): upload, and the authorised, audited serving of photos and thumbnails. */
export function mountPhotoRoutes(
  app: Express,
  dependencies: AppDependencies,
  log: Log = () => undefined,
  store: ObjectStore = createPhotoStore(dependencies.config),
): void {
  const router = express.Router();
  router.post('/', signedInRoute(dependencies, uploadPhoto(store), log));
  router.get('/:id', signedInRoute(dependencies, servePhoto(store, 'photo', log), log));
  router.get('/:id/thumbnail', signedInRoute(dependencies, servePhoto(store, 'thumbnail', log), log));
  app.use('/api/photos', router);
}
