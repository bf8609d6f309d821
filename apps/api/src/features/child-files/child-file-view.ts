import {
  childFileAccess,
  welfareTalkStatus,
  type AccessActor,
  type ChildFile as DomainChildFile,
  type ChildFileAccess,
  type DistrictPolicy,
  type WelfareTalk,
} from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import { SchoolClassEntity } from '../classes/school-class.entity';
import { accessOf } from '../incidents/incident-facts';
import { IncidentEntity } from '../incidents/incident.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { ChildFileCaseEntity } from './child-file-case.entity';
import { ChildFileEntity } from './child-file.entity';
import { ChildFile, type ChildFileLinkedCase } from './child-files.type';
import { WelfareTalkEntity } from './welfare-talk.entity';

/** The domain's view of a stored file (identities stay out: the rules need none). */
export function toDomainFile(
  file: Pick<
    ChildFileEntity,
    | 'id'
    | 'classId'
    | 'counsellorStaffIds'
    | 'categories'
    | 'openedAt'
    | 'closedAt'
    | 'personalFile'
    | 'growthFile'
  >,
  headTeacherStaffId: string | null,
): DomainChildFile {
  return {
    childId: file.id,
    classId: file.classId,
    headTeacherStaffId,
    counsellorStaffIds: file.counsellorStaffIds,
    categories: file.categories,
    openedAt: file.openedAt,
    closedAt: file.closedAt,
    hasPersonalFile: file.personalFile !== null,
    hasGrowthFile: file.growthFile !== null,
  };
}

/** The domain's view of a stored talk. */
export const toDomainTalk = (
  talk: Pick<WelfareTalkEntity, 'childFileId' | 'heldAt' | 'kind' | 'byStaffId'>,
): WelfareTalk => ({
  childId: talk.childFileId,
  heldAt: talk.heldAt,
  kind: talk.kind,
  byStaffId: talk.byStaffId ?? '',
});

/** A file with what its policy reads: the institution and the class (its head teacher). */
export interface LoadedChildFile {
  file: ChildFileEntity;
  institution: InstitutionEntity;
  schoolClass: SchoolClassEntity;
}

/** PRV-8: the policy's answer for one file. */
export function accessToFile(loaded: LoadedChildFile, actor: AccessActor): ChildFileAccess {
  return accessInClass(
    loaded.institution,
    loaded.schoolClass.headTeacherStaffId,
    loaded.file.counsellorStaffIds,
    actor,
  );
}

/** PRV-8: the policy's answer for a file in a class with this head teacher (a file to be opened too). */
export function accessInClass(
  institution: Pick<InstitutionEntity, 'id' | 'kind'>,
  headTeacherStaffId: string | null,
  counsellorStaffIds: string[],
  actor: AccessActor,
): ChildFileAccess {
  return childFileAccess(
    { institution: { id: institution.id, kind: institution.kind }, headTeacherStaffId, counsellorStaffIds },
    actor,
  );
}

/** The institutions and classes of these files, in two statements. */
export async function withFacts(
  manager: EntityManager,
  files: ChildFileEntity[],
): Promise<LoadedChildFile[]> {
  if (files.length === 0) return [];
  const [institutions, classes] = await Promise.all([
    manager
      .getRepository(InstitutionEntity)
      .findBy({ id: In([...new Set(files.map((f) => f.institutionId))]) }),
    manager.getRepository(SchoolClassEntity).findBy({ id: In([...new Set(files.map((f) => f.classId))]) }),
  ]);
  return files.map((file) => ({
    file,
    institution: institutions.find((i) => i.id === file.institutionId)!,
    schoolClass: classes.find((c) => c.id === file.classId)!,
  }));
}

/** One file, locked for a change when `lock`; null when missing or the id is not a uuid. */
export async function loadChildFile(
  manager: EntityManager,
  id: string,
  lock = false,
): Promise<LoadedChildFile | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
  const file = await manager
    .getRepository(ChildFileEntity)
    .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  return file ? (await withFacts(manager, [file]))[0] : null;
}

/**
 * The API's view of files the viewer may read (the caller has asked the policy). `detailed` adds the talks
 * and linked cases (one file's page); a list gets the talk status only. Statements do not grow with the
 * number of files.
 */
export async function toChildFiles(
  manager: EntityManager,
  loaded: LoadedChildFile[],
  actor: AccessActor,
  now: Date,
  policy: DistrictPolicy,
  detailed: boolean,
): Promise<ChildFile[]> {
  if (loaded.length === 0) return [];
  const fileIds = loaded.map((l) => l.file.id);
  const talks = await manager
    .getRepository(WelfareTalkEntity)
    .find({ where: { childFileId: In(fileIds) }, order: { heldAt: 'DESC' } });
  const staffIds = new Set<string>();
  for (const l of loaded) {
    l.file.counsellorStaffIds.forEach((id) => staffIds.add(id));
    if (l.schoolClass.headTeacherStaffId) staffIds.add(l.schoolClass.headTeacherStaffId);
  }
  talks.forEach((t) => t.byStaffId && staffIds.add(t.byStaffId));
  const staff = staffIds.size
    ? await manager.getRepository(StaffMemberEntity).find({
        select: { id: true, name: true, post: true },
        where: { id: In([...staffIds]) },
      })
    : [];
  const staffById = new Map(staff.map((s) => [s.id, s]));
  const cases = detailed ? await linkedCases(manager, fileIds, actor, policy) : new Map();
  return loaded.map(({ file, institution, schoolClass }) => {
    const own = talks.filter((t) => t.childFileId === file.id);
    const status = welfareTalkStatus(
      toDomainFile(file, schoolClass.headTeacherStaffId),
      own.map((t) => toDomainTalk(t)),
      now,
      policy,
    );
    const access = accessToFile({ file, institution, schoolClass }, actor);
    const linked = cases.get(file.id) ?? { readable: [], hidden: 0 };
    return Object.assign(new ChildFile(), {
      id: file.id,
      institutionId: institution.id,
      institutionName: institution.name,
      classId: schoolClass.id,
      className: schoolClass.name,
      headTeacherName: schoolClass.headTeacherStaffId
        ? (staffById.get(schoolClass.headTeacherStaffId)?.name ?? null)
        : null,
      childName: file.childName,
      studentNumber: file.studentNumber,
      categories: file.categories,
      counsellors: file.counsellorStaffIds
        .map((id) => staffById.get(id))
        .filter((s): s is StaffMemberEntity => s !== undefined)
        .map((s) => ({ id: s.id, name: s.name, post: s.post })),
      personalFile: file.personalFile,
      growthFile: file.growthFile,
      openedAt: file.openedAt,
      closedAt: file.closedAt,
      closingReason: file.closingReason,
      talkStatus: { lastTalkAt: status.lastTalkAt, dueAt: status.dueAt, isOverdue: status.isOverdue },
      talks: detailed
        ? own.map((t) => ({
            id: t.id,
            kind: t.kind,
            heldAt: t.heldAt,
            byStaffName: t.byStaffId ? (staffById.get(t.byStaffId)?.name ?? null) : null,
            note: t.note,
          }))
        : [],
      cases: linked.readable,
      hiddenCaseCount: linked.hidden,
      viewerCan: {
        recordTalk: file.closedAt === null && access.can.recordTalk.allowed,
        updateFile: file.closedAt === null && access.can.updateFile.allowed,
        closeFile: file.closedAt === null && access.can.closeFile.allowed,
      },
    });
  });
}

/** The cases linked to these files: those the viewer may read (caseAccess), and how many she may not. */
async function linkedCases(
  manager: EntityManager,
  fileIds: string[],
  actor: AccessActor,
  policy: DistrictPolicy,
): Promise<Map<string, { readable: ChildFileLinkedCase[]; hidden: number }>> {
  const links = await manager
    .getRepository(ChildFileCaseEntity)
    .find({ where: { childFileId: In(fileIds) }, order: { linkedAt: 'ASC' } });
  const result = new Map<string, { readable: ChildFileLinkedCase[]; hidden: number }>();
  if (links.length === 0) return result;
  const incidents = await manager
    .getRepository(IncidentEntity)
    .findBy({ id: In(links.map((l) => l.caseId)) });
  const kinds = new Map(
    (
      await manager
        .getRepository(InstitutionEntity)
        .findBy({ id: In([...new Set(incidents.map((i) => i.institutionId))]) })
    ).map((i) => [i.id, i.kind]),
  );
  for (const link of links) {
    const entry = result.get(link.childFileId) ?? { readable: [], hidden: 0 };
    const incident = incidents.find((i) => i.id === link.caseId)!;
    if (accessOf(incident, kinds.get(incident.institutionId)!, actor, policy).level === 'NONE')
      entry.hidden += 1;
    else
      entry.readable.push({
        id: incident.id,
        category: incident.category,
        state: incident.state,
        receivedAt: incident.receivedAt,
      });
    result.set(link.childFileId, entry);
  }
  return result;
}
