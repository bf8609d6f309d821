import { HANDLING_FAILURES, IMPACTS } from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

// The values come from the domain package (accountability.types.ts), so the API cannot drift from the rules.
export const HandlingFailureEnum = enumObject(HANDLING_FAILURES);
registerEnumType(HandlingFailureEnum, {
  name: 'HandlingFailure',
  description: 'ACC-3: 监管不力, 拒不处分, 拖延处分, 推诿隐瞒.',
});

export const ImpactEnum = enumObject(IMPACTS);
registerEnumType(ImpactEnum, { name: 'Impact', description: 'ACC-3: 不良影响, 严重后果.' });

export const SANCTIONS = ['WARNING', 'INTERVIEW', 'CIRCULAR'] as const;
export const SanctionEnum = enumObject(SANCTIONS);
registerEnumType(SanctionEnum, {
  name: 'Sanction',
  description: 'ACC-2: 警示, 约谈, 通报, from the mildest.',
});

export const SANCTION_GROUNDS = ['NOT_TAKEN_SERIOUSLY', 'INEFFECTIVE_WORK', 'BAD_INFLUENCE'] as const;
export const SanctionGroundEnum = enumObject(SANCTION_GROUNDS);
registerEnumType(SanctionGroundEnum, {
  name: 'SanctionGround',
  description: 'ACC-2: 思想不重视, 工作不力, 造成不良影响.',
});

export const VETO_GROUND_FAILURES = [
  ...HANDLING_FAILURES,
  'LATE_REPORT',
  'OMISSION',
  'CONCEALMENT',
  'PRIVATE_SETTLEMENT',
] as const;
export const VetoGroundFailureEnum = enumObject(VETO_GROUND_FAILURES);
registerEnumType(VetoGroundFailureEnum, {
  name: 'VetoGroundFailure',
  description: 'A ground’s failure: an ACC-3 handling failure or a REP-4 breach (ACC-4).',
});

export const CASE_EXCLUSION_REASONS = [
  'OTHER_INSTITUTION',
  'OUTSIDE_PERIOD',
  'NO_HANDLING_FAILURE',
  'NO_IMPACT',
] as const;
export const CaseExclusionReasonEnum = enumObject(CASE_EXCLUSION_REASONS);
registerEnumType(CaseExclusionReasonEnum, {
  name: 'CaseExclusionReason',
  description: 'Why a case looked at does not ground a veto (ACC-5).',
});

export const FINDING_SOURCES = ['INSPECT', 'JOINT_TEAM'] as const;
export const FindingSourceEnum = enumObject(FINDING_SOURCES);
registerEnumType(FindingSourceEnum, {
  name: 'FindingSource',
  description: 'ACC-1: who found it: 督导室, or a joint inspection team (police, procuratorate, justice).',
});

export const VETO_DECISIONS = ['CONFIRM', 'REJECT'] as const;
export const VetoDecisionEnum = enumObject(VETO_DECISIONS);
registerEnumType(VetoDecisionEnum, { name: 'VetoDecision', description: 'ACC-5: a leader’s decision.' });

export const VETO_STATUSES = ['NONE', 'AWAITING_REVIEW', 'CONFIRMED', 'REJECTED'] as const;
export type VetoStatus = (typeof VETO_STATUSES)[number];
export const VetoStatusEnum = enumObject(VETO_STATUSES);
registerEnumType(VetoStatusEnum, {
  name: 'VetoStatus',
  description: 'ACC-5: no veto computed; computed and awaiting a leader; confirmed; rejected.',
});
