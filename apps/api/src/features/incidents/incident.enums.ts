import {
  BREACH_CODES,
  CLOSING_REASONS,
  EMERGENCY_STEPS,
  INCIDENT_CATEGORIES,
  INCIDENT_STATES,
  REPORTING_ERROR_CODES,
  REPORTING_HOPS,
  SUSPECT_TYPES,
  TRANSITION_ERROR_CODES,
} from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';

// Values come from the domain package, so the API cannot drift from the rules.
export const IncidentCategoryEnum = enumObject(INCIDENT_CATEGORIES);
registerEnumType(IncidentCategoryEnum, {
  name: 'IncidentCategory',
  description: '性侵, 猥亵, 虐待, 欺凌暴力, other.',
});

export const SuspectTypeEnum = enumObject(SUSPECT_TYPES);
registerEnumType(SuspectTypeEnum, { name: 'SuspectType', description: 'Who the suspect is.' });

export const DISCLOSURE_CHANNELS = ['ORAL', 'WRITTEN'] as const;
export const DisclosureChannelEnum = enumObject(DISCLOSURE_CHANNELS);
registerEnumType(DisclosureChannelEnum, { name: 'DisclosureChannel', description: 'How the child told.' });

export const IncidentStateEnum = enumObject(INCIDENT_STATES);
registerEnumType(IncidentStateEnum, {
  name: 'IncidentState',
  description: 'The workflow state (REPORTED → HEAD_NOTIFIED → POLICE_REPORTED → CLOSED).',
});

export const REPORTING_STATUSES = ['COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH'] as const;
export const ReportingStatusEnum = enumObject(REPORTING_STATUSES);
registerEnumType(ReportingStatusEnum, {
  name: 'ReportingStatus',
  description: 'The reporting assessment (REP-3, REP-4).',
});

export const BreachCodeEnum = enumObject(BREACH_CODES);
registerEnumType(BreachCodeEnum, { name: 'BreachCode', description: 'REP-4: 迟报, 漏报, 瞒报, 私下调解.' });

export const ReportingHopEnum = enumObject(REPORTING_HOPS);
registerEnumType(ReportingHopEnum, {
  name: 'ReportingHop',
  description:
    'A hop of the reporting chain: teacher → head (REP-2), school → police (REP-3), school → district (REP-8).',
});

export const EmergencyStepEnum = enumObject(EMERGENCY_STEPS);
registerEnumType(EmergencyStepEnum, { name: 'EmergencyStep', description: 'REP-6 emergency steps.' });

export const ClosingReasonEnum = enumObject(CLOSING_REASONS);
registerEnumType(ClosingReasonEnum, {
  name: 'ClosingReason',
  description: 'Why a case is closed; PRIVATE_SETTLEMENT is always refused and recorded as a breach (REP-4).',
});

// TIP_LINE: the anonymous tip line (REP-9), set only by converting a tip into a case.
export const EXTERNAL_SOURCES = ['POLICE', 'TIP', 'PARENT', 'MEDIA', 'OTHER', 'TIP_LINE'] as const;
export const ExternalSourceEnum = enumObject(EXTERNAL_SOURCES);
registerEnumType(ExternalSourceEnum, {
  name: 'ExternalSource',
  description: 'Where the district learned of a case (REP-8).',
});

export const TransitionRefusalEnum = enumObject(TRANSITION_ERROR_CODES);
registerEnumType(TransitionRefusalEnum, {
  name: 'TransitionRefusal',
  description: 'Why the workflow refused a step.',
});

export const ReportingTimeProblemEnum = enumObject(REPORTING_ERROR_CODES);
registerEnumType(ReportingTimeProblemEnum, {
  name: 'ReportingTimeProblem',
  description: 'What is wrong with a time given (REP-2, REP-3).',
});

export const DEADLINE_KINDS = ['HEAD_NOTIFICATION', 'POLICE_REPORT'] as const;
export const DeadlineKindEnum = enumObject(DEADLINE_KINDS);
registerEnumType(DeadlineKindEnum, {
  name: 'DeadlineKind',
  description: 'REP-2 head notification, REP-3 police report.',
});

export const DEADLINE_OUTCOMES = ['MET', 'MISSED'] as const;
export const DeadlineOutcomeEnum = enumObject(DEADLINE_OUTCOMES);
registerEnumType(DeadlineOutcomeEnum, {
  name: 'DeadlineOutcome',
  description: 'Whether an event met its deadline.',
});

export const CASE_EVENT_KINDS = [
  'DISCLOSURE_RECORDED',
  'HEAD_ACKNOWLEDGED',
  'EMERGENCY_STEP_DONE',
  'POLICE_REPORTED',
  'EXTERNAL_SOURCE_RECORDED',
  'ALERT_SENT',
  'BREACH_RECORDED',
  'CLOSE_REFUSED',
  'CLOSED',
] as const;
export const CaseEventKindEnum = enumObject(CASE_EVENT_KINDS);
registerEnumType(CaseEventKindEnum, { name: 'CaseEventKind', description: 'What a timeline entry records.' });

export const CASE_ACCESS_LEVELS = ['FULL', 'SUMMARY'] as const;
export const CaseAccessEnum = enumObject(CASE_ACCESS_LEVELS);
registerEnumType(CaseAccessEnum, {
  name: 'CaseAccess',
  description:
    'FULL: the whole case. SUMMARY: the 安稳办 inbox view outside the need-to-know group, without the child (REP-7).',
});

export const CASE_ORDERS = ['RECORDED_AT_DESC', 'RECORDED_AT_ASC', 'POLICE_DUE_ASC'] as const;
export type CaseOrder = (typeof CASE_ORDERS)[number];
export const CaseOrderEnum = enumObject(CASE_ORDERS);
registerEnumType(CaseOrderEnum, {
  name: 'CaseOrder',
  description:
    'The order of the case list: newest first (default), oldest first, or soonest police deadline first (cases without one last).',
});
