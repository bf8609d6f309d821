import { permit } from './access.rules';
import type { AccessActor, Permit } from './access.types';

/** What the photo policy needs to know about a stored photo. */
export interface PhotoAccessFacts {
  /** The account that uploaded it. */
  uploadedBy: string;
  /** Null until a command attaches it to its subject (a hazard, a rectification, ...). */
  attachedTo: { type: string; id: string } | null;
}

/**
 * Who may read a photo (PRV-1: photos are the evidence of inspections, hazards and their rectification).
 * - `UPLOADER`: an unattached photo, read by the account that uploaded it (to show it before saving);
 * - `SUBJECT`: an attached photo; the subject's own policy decides (a hazard's photo is read by whoever
 *   reads the hazard), never the uploader as such;
 * - `DENIED`: anyone else, told nothing (the route answers 404 as for a photo that does not exist).
 */
export type PhotoReadAccess =
  | { decision: 'UPLOADER'; ruleId: 'PRV-1' }
  | { decision: 'SUBJECT'; subject: { type: string; id: string }; ruleId: 'PRV-1' }
  | { decision: 'DENIED'; ruleId: 'PRV-1' };

/** PRV-1: who may read a photo; an attached one defers to its subject's policy. */
export function photoReadAccess(
  actor: Pick<AccessActor, 'accountId'>,
  photo: PhotoAccessFacts,
): PhotoReadAccess {
  if (photo.attachedTo) return { decision: 'SUBJECT', subject: photo.attachedTo, ruleId: 'PRV-1' };
  if (photo.uploadedBy === actor.accountId) return { decision: 'UPLOADER', ruleId: 'PRV-1' };
  return { decision: 'DENIED', ruleId: 'PRV-1' };
}

/**
 * PRV-1: a photo may be attached by a command only when it is the actor's own upload and not yet attached
 * (no one attaches another person's photo, nor moves a photo from one record to another).
 */
export function photoAttachAccess(actor: Pick<AccessActor, 'accountId'>, photo: PhotoAccessFacts): Permit {
  return permit(photo.attachedTo === null && photo.uploadedBy === actor.accountId, 'PRV-1');
}

/**
 * PRV-1, ORG-3: who may upload photos. Everyone who records prevention work (institution staff, heads,
 * the committee's inspectors, leadership); the administrator records none (ORG-3: accounts, not facts).
 */
export function photoUploadAccess(actor: Pick<AccessActor, 'role'>): Permit {
  switch (actor.role) {
    case 'TEACHER':
    case 'STAFF':
    case 'HEAD':
    case 'SECTION_MEMBER':
    case 'LEADER':
      return permit(true, 'PRV-1');
    case 'ADMIN':
      return permit(false, 'ORG-3');
  }
}
