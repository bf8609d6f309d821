import {
  misconductAccess,
  staffAccess,
  type ApplicableCheck,
  type DistrictPolicy,
  type MisconductAccess,
  type RecordableCheck,
  type StaffAccess,
} from '@xiaohu/domain';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import type { MisconductCaseEntity } from './misconduct-case.entity';
import type { StaffMemberEntity } from './staff-member.entity';
import { VETTING_CHECK_KINDS } from './staff.enums';
import { decide, dueDatesOf, recordersOf, type VettingFacts } from './vetting-facts';

/** The checks that apply to this staff member now and who records them (requiredChecks, VET-9). */
function applicableChecks(
  staff: StaffMemberEntity,
  facts: VettingFacts,
  now: Date,
  policy: DistrictPolicy,
): ApplicableCheck[] {
  return VETTING_CHECK_KINDS.flatMap((check) => {
    const recorders = recordersOf(check, staff, facts, now, policy);
    return recorders
      ? [
          {
            check: check as RecordableCheck,
            recordedBy: recorders.recordedBy,
            ruleId: recorders.ruleId as never,
          },
        ]
      : [];
  });
}

/** The domain's staff policy (packages/domain/src/access/staff-access) for one stored staff member. */
export function staffAccessOf(
  staff: StaffMemberEntity,
  facts: VettingFacts,
  actor: SignedInActor,
  now: Date,
  policy: DistrictPolicy,
): StaffAccess {
  return staffAccess(
    {
      staffId: staff.id,
      institution: { id: staff.institutionId, kind: facts.institutionKind },
      status: staff.status,
      hasStudentAccess: staff.hasStudentAccess,
      isVettingClear: decide(staff, facts, now, policy).status === 'CLEAR',
      isHead: staff.role === 'SCHOOL_HEAD',
      isInterviewDue: Boolean(dueDatesOf(staff, facts, now, policy)?.reminderInterview),
    },
    toAccessActor(actor),
    applicableChecks(staff, facts, now, policy),
    policy,
  );
}

/** The domain's misconduct policy (VET-11) for one stored case about this staff member. */
export function misconductAccessOf(
  misconductCase: MisconductCaseEntity,
  subject: Pick<StaffMemberEntity, 'role'>,
  facts: Pick<VettingFacts, 'institutionKind'>,
  actor: SignedInActor,
  policy: DistrictPolicy,
): MisconductAccess {
  return misconductAccess(
    {
      subjectStaffId: misconductCase.staffId,
      institution: { id: misconductCase.institutionId, kind: facts.institutionKind },
      isSubjectHead: subject.role === 'SCHOOL_HEAD',
      status: misconductCase.status,
    },
    toAccessActor(actor),
    policy,
  );
}
