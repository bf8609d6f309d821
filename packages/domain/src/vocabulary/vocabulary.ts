import type { AccountRole } from '../access/access.types';
import type { RiskClosingReason, RiskSubjectStatus } from '../access/risk-subject-access.rules';
import type { StaffStatus } from '../access/staff-access.rules';
import type { TrainingTopic } from '../care/care.types';
import type { InstitutionKind, UnitCode } from '../organisation/organisation.types';
import type { HazardAlertKind } from '../prevention/inspection.types';
import type { HazardStatus, RiskPersonType, RiskSiteType } from '../prevention/prevention.types';
import type {
  AlertKind,
  BreachCode,
  DeadlineKind,
  IncidentCategory,
  IncidentState,
  ReportingStatus,
} from '../reporting/reporting.types';
import type { TipStatus } from '../reporting/tip-line.rules';
import type { EmploymentType, StaffRole, VettingStatus } from '../vetting/vetting.types';
import type { WebhookDeliveryStatus, WebhookEventType } from '../integration/webhooks.rules';

/** What a notification (and its mail) is about: the escalation alerts, breaches and overdue hazards. */
export type NotificationKind = AlertKind | HazardAlertKind | 'BREACH_RECORDED';
/** The assessment's one-vote veto as the committee reads it (apps/api assessment.enums VETO_STATUSES). */
export type VetoStatus = 'NONE' | 'AWAITING_REVIEW' | 'CONFIRMED' | 'REJECTED';
/** The periodic duties of a staff member (VET-9 re-check, VET-10 reminder interview). */
export type DueCheckKind = 'RECHECK' | 'REMINDER_INTERVIEW';

/**
 * Every enumerated value a user reads, by name: the screen (web i18n), the Excel templates and exports,
 * notifications and mail all take their words from here, so one thing has one name in each language.
 */
export interface Vocabulary {
  accountRole: Record<AccountRole, string>;
  staffRole: Record<StaffRole, string>;
  employmentType: Record<EmploymentType, string>;
  staffStatus: Record<StaffStatus, string>;
  vettingStatus: Record<VettingStatus, string>;
  institutionKind: Record<InstitutionKind, string>;
  unit: Record<UnitCode, string>;
  incidentCategory: Record<IncidentCategory, string>;
  incidentState: Record<IncidentState, string>;
  reportingStatus: Record<ReportingStatus, string>;
  breach: Record<BreachCode, string>;
  deadlineKind: Record<DeadlineKind, string>;
  notificationKind: Record<NotificationKind, string>;
  hazardStatus: Record<HazardStatus, string>;
  trainingTopic: Record<TrainingTopic, string>;
  riskSiteType: Record<RiskSiteType, string>;
  riskPersonType: Record<RiskPersonType, string>;
  riskSubjectStatus: Record<RiskSubjectStatus, string>;
  riskClosingReason: Record<RiskClosingReason, string>;
  vetoStatus: Record<VetoStatus, string>;
  dueCheckKind: Record<DueCheckKind, string>;
  webhookEventType: Record<WebhookEventType, string>;
  webhookDeliveryStatus: Record<WebhookDeliveryStatus, string>;
  tipStatus: Record<TipStatus, string>;
}
export type VocabularyName = keyof Vocabulary;

export const VOCABULARY_LANGUAGES = ['zh-CN', 'en'] as const;
export type VocabularyLanguage = (typeof VOCABULARY_LANGUAGES)[number];
