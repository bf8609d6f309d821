import {
  childFileAccess,
  type AccessActor,
  type PreventionGap,
  type PreventionGapCode,
} from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import { ChildFileEntity } from '../child-files/child-file.entity';
import type { LoadedCareRecords } from './care-records-loader';
import type { GapFixPath, PreventionGapItem } from './care-gaps.type';

/** Where each kind of gap is fixed. */
const FIX_PATHS: Record<PreventionGapCode, GapFixPath> = {
  BLIND_SPOTS_NOT_SELF_INSPECTED: 'PLACES',
  ONE_TO_ONE_CLASSROOM_UNMONITORED: 'PLACES',
  NO_LEGAL_VICE_PRINCIPAL: 'CARE_RECORDS_LEGAL',
  STAFF_WITHOUT_LEGAL_TRAINING: 'TRAINING_LAW_AND_ETHICS',
  INTAKE_WITHOUT_PREVENTION_COURSE: 'CARE_RECORDS_COURSES',
  PREVENTION_COURSE_LATE: 'CARE_RECORDS_COURSES',
  NO_MENTAL_HEALTH_IN_TEACHING_PLAN: 'CARE_RECORDS_TEACHING_PLAN',
  CLASS_MENTAL_HEALTH_LESSONS_SHORT: 'CARE_RECORDS_TEACHING_PLAN',
  NO_COUNSELLING_ROOM_OR_HOTLINE: 'CARE_RECORDS_COUNSELLING',
  SPECIAL_CHILD_PERSONAL_FILE_MISSING: 'CHILD_FILE',
  SPECIAL_CHILD_GROWTH_FILE_MISSING: 'CHILD_FILE',
  WELFARE_TALK_OVERDUE: 'CHILD_FILE',
  NO_STAFF_MENTAL_HEALTH_TRAINING: 'TRAINING_STAFF_MENTAL_HEALTH',
  NO_ANTI_BULLYING_RULES: 'CARE_RECORDS_BULLYING',
  NO_ANTI_BULLYING_HANDBOOK: 'CARE_RECORDS_BULLYING',
  HEAD_TEACHERS_NOT_TRAINED_ON_BULLYING: 'TRAINING_BULLYING_PREVENTION',
  BULLYING_STEP_OVERDUE: 'CASE',
};

/**
 * The gaps as the viewer reads them: each with its label resolved here (a child's name only when
 * `childFileAccess` lets this viewer see the child, PRV-8) and where to fix it. Child names are decrypted
 * for the visible children only.
 */
export async function toGapItems(
  manager: EntityManager,
  loaded: LoadedCareRecords,
  gaps: PreventionGap[],
  actor: AccessActor,
): Promise<{ items: PreventionGapItem[]; childrenNamed: number }> {
  const files = new Map(loaded.records.childFiles.map((f) => [f.childId, f]));
  const institution = { id: loaded.institutionId, kind: loaded.records.institutionKind };
  const canSee = (childId: string) => {
    const file = files.get(childId);
    return (
      file !== undefined &&
      childFileAccess(
        {
          institution,
          headTeacherStaffId: file.headTeacherStaffId,
          counsellorStaffIds: file.counsellorStaffIds,
        },
        actor,
      ).canView.allowed
    );
  };
  const visibleChildren = [
    ...new Set(
      gaps.filter((g) => g.subjectKind === 'CHILD' && canSee(g.subjectId!)).map((g) => g.subjectId!),
    ),
  ];
  const childNames = new Map(
    visibleChildren.length
      ? (
          await manager
            .getRepository(ChildFileEntity)
            .find({ select: { id: true, childName: true }, where: { id: In(visibleChildren) } })
        ).map((f) => [f.id, f.childName])
      : [],
  );
  const { names } = loaded;
  const labelOf = (gap: PreventionGap): string | null => {
    const id = gap.subjectId ?? '';
    switch (gap.subjectKind) {
      case 'PLACE':
        return names.places.get(id) ?? null;
      case 'STAFF':
        return names.staff.get(id) ?? null;
      case 'COHORT':
        return names.intakes.get(id) ?? null;
      case 'CLASS':
        return names.classes.get(id) ?? null;
      case 'APPOINTMENT':
        return names.appointments.get(id) ?? null;
      case 'CHILD':
        return childNames.get(id) ?? null;
      default:
        return null;
    }
  };
  const items = gaps.map((gap): PreventionGapItem => {
    const fixPath = FIX_PATHS[gap.code];
    const isHiddenChild = gap.subjectKind === 'CHILD' && !childNames.has(gap.subjectId!);
    const hasTarget = (fixPath === 'CHILD_FILE' && !isHiddenChild) || fixPath === 'CASE';
    return {
      code: gap.code,
      ruleId: gap.ruleId,
      clause: gap.clause,
      subjectKind: gap.subjectKind ?? null,
      label: labelOf(gap),
      isSubjectHidden: isHiddenChild,
      responsibleStaffId: gap.responsibleStaffId ?? null,
      responsibleStaffName: gap.responsibleStaffId ? (names.staff.get(gap.responsibleStaffId) ?? null) : null,
      fixPath,
      fixTargetId: hasTarget ? (gap.subjectId ?? null) : null,
    };
  });
  return { items, childrenNamed: childNames.size };
}
