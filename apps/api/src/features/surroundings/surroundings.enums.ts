import {
  RISK_CLOSING_REASONS,
  RISK_FOLLOW_UP_OUTCOMES,
  RISK_PERSON_TYPES,
  RISK_SITE_TYPES,
  RISK_SUBJECT_STATUSES,
} from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

// The values come from the domain package (prevention.types.ts, risk-subject-access.rules.ts).
export const RISK_SUBJECT_TYPES = ['RISK_SITE', 'RISK_PERSON'] as const;
export const RiskSubjectTypeEnum = enumObject(RISK_SUBJECT_TYPES);
registerEnumType(RiskSubjectTypeEnum, {
  name: 'RiskSubjectType',
  description: 'PRV-3: a risk site or a risk person.',
});

export const RiskSiteTypeEnum = enumObject(RISK_SITE_TYPES);
registerEnumType(RiskSiteTypeEnum, {
  name: 'RiskSiteType',
  description: 'PRV-3: 僻街背巷, 小旅馆, 出租屋, 宾馆, 招待所, 网吧, 游戏厅, KTV, 溜冰场.',
});

export const RiskPersonTypeEnum = enumObject(RISK_PERSON_TYPES);
registerEnumType(RiskPersonTypeEnum, {
  name: 'RiskPersonType',
  description: 'PRV-3: 刑满释放人员, 非正常上访人员, 精神障碍患者, 吸毒人员, 有偏执行为或极端情绪人员.',
});

export const RiskSubjectStatusEnum = enumObject(RISK_SUBJECT_STATUSES);
registerEnumType(RiskSubjectStatusEnum, {
  name: 'RiskSubjectStatus',
  description: 'PRV-3: recorded, referred to the office and the police, followed up, closed.',
});

export const RiskClosingReasonEnum = enumObject(RISK_CLOSING_REASONS);
registerEnumType(RiskClosingReasonEnum, {
  name: 'RiskClosingReason',
  description: 'PRV-3: why a risk subject is closed; before a follow-up only DUPLICATE or RECORDED_IN_ERROR.',
});

export const RiskFollowUpOutcomeEnum = enumObject(RISK_FOLLOW_UP_OUTCOMES);
registerEnumType(RiskFollowUpOutcomeEnum, {
  name: 'RiskFollowUpOutcome',
  description: 'PRV-3: what a follow-up found.',
});

export const RISK_TRANSITION_REFUSALS = [
  'NOT_FROM_STATUS',
  'REFERRAL_INCOMPLETE',
  'CLOSING_REASON_REQUIRED',
  'CLOSING_REASON_NOT_ALLOWED',
] as const;
export const RiskTransitionRefusalEnum = enumObject(RISK_TRANSITION_REFUSALS);
registerEnumType(RiskTransitionRefusalEnum, {
  name: 'RiskTransitionRefusal',
  description: 'PRV-3: why the lifecycle refuses a step.',
});

export const RISK_RECIPIENTS = ['TOWNSHIP_OR_STREET_OFFICE', 'LOCAL_POLICE_STATION'] as const;
export const RiskRecipientEnum = enumObject(RISK_RECIPIENTS);
registerEnumType(RiskRecipientEnum, {
  name: 'RiskRecipient',
  description: 'PRV-3: who a risk is referred to (riskReportRouting).',
});
