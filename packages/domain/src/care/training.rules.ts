import type { RuleId } from '../organisation/organisation.types';
import { schoolYearRange } from '../oversight/periods.rules';
import type { DistrictPolicy } from '../policy/policy';
import type {
  RegisterMember,
  TrainingAttendance,
  TrainingCoverage,
  TrainingSession,
  TrainingTopic,
} from './care.types';

const TOPIC_RULES: Record<TrainingTopic, RuleId> = {
  LAW_AND_ETHICS: 'PRV-5',
  STAFF_MENTAL_HEALTH: 'PRV-9',
  BULLYING_PREVENTION_FOR_HEAD_TEACHERS: 'PRV-10',
};

/**
 * PRV-5, PRV-9, PRV-10: who must be trained on a topic. Legal and ethics training: every employment type
 * and role, the vice-principal for legal affairs (an outside appointee) aside; staff mental health:
 * everybody on the register; bullying prevention: head teachers 班主任.
 */
export function trainingAudience(register: RegisterMember[], topic: TrainingTopic): RegisterMember[] {
  switch (topic) {
    case 'LAW_AND_ETHICS':
      return register.filter((m) => m.role !== 'LEGAL_VICE_PRINCIPAL');
    case 'STAFF_MENTAL_HEALTH':
      return register;
    case 'BULLYING_PREVENTION_FOR_HEAD_TEACHERS':
      return register.filter((m) => m.role === 'HEAD_TEACHER');
  }
}

/**
 * PRV-5, PRV-9, PRV-10: who of the register attended a session of the topic held this school year (from
 * `schoolYearStartMonth` in the district's zone) and by `now`, and who did not.
 */
export function trainingCoverage(
  register: RegisterMember[],
  sessions: TrainingSession[],
  attendance: TrainingAttendance[],
  topic: TrainingTopic,
  now: Date,
  policy: DistrictPolicy,
): TrainingCoverage {
  const schoolYear = schoolYearRange(now, policy);
  const sessionIds = new Set(
    sessions
      .filter(
        (s) =>
          s.topic === topic &&
          s.heldAt.getTime() >= schoolYear.start.getTime() &&
          s.heldAt.getTime() <= now.getTime(),
      )
      .map((s) => s.id),
  );
  const trained = new Set(attendance.filter((a) => sessionIds.has(a.sessionId)).map((a) => a.staffId));
  const audienceStaffIds = trainingAudience(register, topic).map((m) => m.staffId);
  const coveredStaffIds = audienceStaffIds.filter((id) => trained.has(id));
  return {
    topic,
    schoolYear,
    audienceStaffIds,
    coveredStaffIds,
    uncoveredStaffIds: audienceStaffIds.filter((id) => !trained.has(id)),
    share: audienceStaffIds.length === 0 ? null : coveredStaffIds.length / audienceStaffIds.length,
    ruleIds: [TOPIC_RULES[topic]],
  };
}
