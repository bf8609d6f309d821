import {
  HAZARD_STAGES,
  HAZARD_STATUSES,
  INSPECTION_ITEM_GROUPS,
  INSPECTION_KINDS,
  INSPECTION_RESULTS,
} from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

export const InspectionKindEnum = enumObject(INSPECTION_KINDS);
registerEnumType(InspectionKindEnum, {
  name: 'InspectionKind',
  description: 'SELF (the head’s self-inspection 自查), ON_SITE (inspectors 实地检查) or UNANNOUNCED (暗访).',
});

export const InspectionResultEnum = enumObject(INSPECTION_RESULTS);
registerEnumType(InspectionResultEnum, {
  name: 'InspectionResult',
  description: 'PRV-1: an item PASSED, FAILED (a hazard) or NOT_APPLICABLE.',
});

export const InspectionItemGroupEnum = enumObject(INSPECTION_ITEM_GROUPS);
registerEnumType(InspectionItemGroupEnum, {
  name: 'InspectionItemGroup',
  description:
    'A checklist group: 人防, 物防, 技防, blind spots, one-to-one rooms, dormitories, surroundings, records.',
});

export const HazardStatusEnum = enumObject(HAZARD_STATUSES);
registerEnumType(HazardStatusEnum, {
  name: 'HazardStatus',
  description: 'PRV-1, from the domain’s hazardStatus: INCOMPLETE, OPEN, OVERDUE, RECTIFIED, RECTIFIED_LATE.',
});

export const HazardStageEnum = enumObject(HAZARD_STAGES);
registerEnumType(HazardStageEnum, {
  name: 'HazardStage',
  description: 'PRV-1: AWAITING_RECTIFICATION, AWAITING_VERIFICATION or CLOSED.',
});

export const RectificationVerificationEnum = enumObject(['PENDING', 'VERIFIED', 'SENT_BACK'] as const);
registerEnumType(RectificationVerificationEnum, {
  name: 'RectificationVerification',
  description: 'PENDING (awaiting the inspector), VERIFIED or SENT_BACK.',
});

export const VerificationDecisionEnum = enumObject(['VERIFY', 'SEND_BACK'] as const);
registerEnumType(VerificationDecisionEnum, {
  name: 'VerificationDecision',
  description: 'VERIFY the rectification, or SEND_BACK with a reason.',
});
