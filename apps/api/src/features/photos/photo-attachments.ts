import { photoAttachAccess, type DistrictPolicy } from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { ValidationError } from '../../shared/graphql/error-result';
import { PhotoEntity } from './photo.entity';
import { toPhoto, type Photo } from './photo.type';

/** What a photo can be attached to (issue 11); a new kind of record adds its name here. */
export const PHOTO_SUBJECT_TYPES = ['HAZARD', 'RECTIFICATION', 'MONITORED_PLACE', 'RISK_FOLLOW_UP'] as const;
export type PhotoSubjectType = (typeof PHOTO_SUBJECT_TYPES)[number];

/** The record a photo is attached to. */
export interface PhotoSubject {
  type: PhotoSubjectType;
  id: string;
  institutionId: string;
}

/**
 * May this actor read this subject (and so its photos)? The subject's own policy, asked inside the serving
 * transaction with the district's policy; false for a subject that does not exist.
 */
export type PhotoSubjectPolicy = (
  manager: EntityManager,
  actor: SignedInActor,
  subjectId: string,
  policy: DistrictPolicy,
) => Promise<boolean>;

/** Most photos one command attaches (a hazard's evidence, a rectification's before and after). */
export const MAX_PHOTOS_PER_ATTACH = 9;

const subjectPolicies = new Map<PhotoSubjectType, PhotoSubjectPolicy>();

/**
 * A feature says who may read its records' photos (called once, when its module loads). A photo attached
 * to a type nobody registered is served to no one.
 */
export function registerPhotoSubject(type: PhotoSubjectType, canRead: PhotoSubjectPolicy): void {
  subjectPolicies.set(type, canRead);
}

/** The registered policy of a subject type, if any. */
export function photoSubjectPolicy(type: string): PhotoSubjectPolicy | undefined {
  return subjectPolicies.get(type as PhotoSubjectType);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Attaches the actor's own unattached uploads to a subject, inside the calling command's transaction
 * (PRV-1, photoAttachAccess). All or nothing: any photo that is missing, someone else's or already attached
 * refuses the whole list with a ValidationError on `photoIds` (which photo, and why, is not said).
 */
export async function attachPhotos(
  manager: EntityManager,
  actor: SignedInActor,
  subject: PhotoSubject,
  photoIds: string[],
  attachedAt: Date,
): Promise<Photo[] | ValidationError> {
  const ids = [...new Set(photoIds)];
  if (ids.length === 0) return [];
  if (ids.length > MAX_PHOTOS_PER_ATTACH) {
    return ValidationError.of('photoIds', `At most ${MAX_PHOTOS_PER_ATTACH} photos`);
  }
  const refused = ValidationError.of('photoIds', 'A photo is not your own unattached upload');
  if (!ids.every((id) => UUID.test(id))) return refused;
  const photos = await manager.getRepository(PhotoEntity).find({
    where: { id: In(ids) },
    lock: { mode: 'pessimistic_write' },
  });
  const accessActor = toAccessActor(actor);
  const mayAttach = (photo: PhotoEntity) =>
    photoAttachAccess(accessActor, {
      uploadedBy: photo.uploadedByAccountId,
      attachedTo:
        photo.subjectType && photo.subjectId ? { type: photo.subjectType, id: photo.subjectId } : null,
    }).allowed;
  if (photos.length !== ids.length || !photos.every(mayAttach)) return refused;
  await manager
    .getRepository(PhotoEntity)
    .update({ id: In(ids) }, { subjectType: subject.type, subjectId: subject.id, attachedAt });
  const byId = new Map(photos.map((photo) => [photo.id, photo]));
  return ids.map((id) => toPhoto(byId.get(id)!));
}

/** The photos of one subject, in the order they were attached. */
export async function photosOf(
  manager: EntityManager,
  subject: Pick<PhotoSubject, 'type' | 'id'>,
): Promise<Photo[]> {
  return (await photosOfSubjects(manager, subject.type, [subject.id])).get(subject.id) ?? [];
}

/** The photos of many subjects of one type in one statement (for lists and DataLoaders). */
export async function photosOfSubjects(
  manager: EntityManager,
  type: PhotoSubjectType,
  subjectIds: string[],
): Promise<Map<string, Photo[]>> {
  const bySubject = new Map<string, Photo[]>(subjectIds.map((id) => [id, []]));
  if (subjectIds.length === 0) return bySubject;
  const rows = await manager.getRepository(PhotoEntity).find({
    select: { id: true, width: true, height: true, subjectId: true },
    where: { subjectType: type, subjectId: In(subjectIds) },
    order: { attachedAt: 'ASC', uploadedAt: 'ASC', id: 'ASC' },
  });
  for (const row of rows) bySubject.get(row.subjectId!)?.push(toPhoto(row));
  return bySubject;
}

/**
 * A command's writes, then its photos attached to what they saved: when the photos are refused, the writes
 * are undone (a savepoint inside the command's transaction) and the ValidationError is the command's answer,
 * so a refused photo changes nothing but the audit trail.
 */
export async function savedWithPhotos<T>(
  manager: EntityManager,
  save: () => Promise<T>,
  attach: (saved: T) => Promise<Photo[] | ValidationError>,
): Promise<T | ValidationError> {
  await manager.query('SAVEPOINT photos_attach');
  const saved = await save();
  const attached = await attach(saved);
  if (attached instanceof ValidationError) {
    await manager.query('ROLLBACK TO SAVEPOINT photos_attach');
    return attached;
  }
  await manager.query('RELEASE SAVEPOINT photos_attach');
  return saved;
}
