import { isHeadOf, isLeadership, isMemberOfAny, permit } from './access.rules';
import type { AccessActor, InstitutionFacts, Permit } from './access.types';

/** What the child-file policy needs to know about one file (PRV-8): who is responsible for the child. */
export interface ChildFileFacts {
  institution: InstitutionFacts;
  /** The head teacher 班主任 of the child's class, by staff id. */
  headTeacherStaffId: string | null;
  counsellorStaffIds: string[];
}

export interface ChildFileAccess {
  /** The child's identity, personal file, growth file and talks. */
  canView: Permit;
  can: {
    /** Open a file for a child of this class (the facts are those of the file to be opened). */
    openFile: Permit;
    /** Record a talk 谈心 or a class meeting. */
    recordTalk: Permit;
    /** Change the categories, the files present, the counsellors. */
    updateFile: Permit;
    /** Close the file (the child no longer needs watching). */
    closeFile: Permit;
  };
}

const INSTITUTION_ROLES = ['TEACHER', 'HEAD', 'STAFF'] as const;

// A staff member of this institution signed in with a linked register record.
const isOwnStaff = (actor: AccessActor, facts: ChildFileFacts, staffId: string | null): boolean =>
  staffId !== null &&
  actor.staffId === staffId &&
  actor.institutionId === facts.institution.id &&
  (INSTITUTION_ROLES as readonly string[]).includes(actor.role);

/** PRV-8, REP-7: a 安稳办 officer designated for confidential matters. */
export const isDesignatedSafetyOfficer = (actor: AccessActor): boolean =>
  isMemberOfAny(actor, ['SAFETY']) && actor.isDesignatedCaseOfficer;

/**
 * PRV-8 (need-to-know like REP-7): a watched child's file is read only by the child's head teacher, the
 * counsellors named on it, the institution's head and designated 安稳办 officers. The district's others
 * see counts (`childFilesScope`), never a child. The head teacher and the head open files; the head
 * teacher, counsellors and head record talks; the head closes a file.
 */
export function childFileAccess(facts: ChildFileFacts, actor: AccessActor): ChildFileAccess {
  const isHead = isHeadOf(actor, facts.institution.id);
  const isHeadTeacher = isOwnStaff(actor, facts, facts.headTeacherStaffId);
  const isCounsellor = facts.counsellorStaffIds.some((id) => isOwnStaff(actor, facts, id));
  const isCarer = isHead || isHeadTeacher || isCounsellor;
  return {
    canView: permit(isCarer || isDesignatedSafetyOfficer(actor), 'PRV-8'),
    can: {
      openFile: permit(isHead || isHeadTeacher, 'PRV-8'),
      recordTalk: permit(isCarer, 'PRV-8'),
      updateFile: permit(isCarer, 'PRV-8'),
      closeFile: permit(isHead, 'PRV-8'),
    },
  };
}

/**
 * Which child files an actor lists (the list's SQL is written from it): every file with identities
 * (designated 安稳办 officers), one institution's (its head), those naming the actor's staff id as head
 * teacher or counsellor (a teacher or staff member), counts only (leadership and the committee's other
 * members), or nothing.
 */
export type ChildFilesScope =
  | { type: 'ALL' }
  | { type: 'INSTITUTION'; institutionId: string }
  | { type: 'RESPONSIBLE_STAFF'; institutionId: string; staffId: string }
  | { type: 'COUNTS_ONLY' }
  | null;

/** PRV-8: the child-file list's scope, the same answer as `childFileAccess(...).canView` for every file. */
export function childFilesScope(actor: AccessActor): ChildFilesScope {
  if (isDesignatedSafetyOfficer(actor)) return { type: 'ALL' };
  if (actor.role === 'HEAD' && actor.institutionId !== null)
    return { type: 'INSTITUTION', institutionId: actor.institutionId };
  if (
    (actor.role === 'TEACHER' || actor.role === 'STAFF') &&
    actor.institutionId !== null &&
    actor.staffId !== null
  )
    return { type: 'RESPONSIBLE_STAFF', institutionId: actor.institutionId, staffId: actor.staffId };
  if (isLeadership(actor) || (actor.role === 'SECTION_MEMBER' && actor.unit !== null))
    return { type: 'COUNTS_ONLY' };
  return null;
}

/** PRV-8: does the scope show children (names, files), not only counts? */
export const showsChildren = (scope: ChildFilesScope): boolean =>
  scope !== null && scope.type !== 'COUNTS_ONLY';
