import type { MixedList } from 'typeorm';
import { InitialSchema1795880613496 } from './1795880613496-initial-schema';
import { AppRoleAndAppendOnlyAudit1795880700000 } from './1795880700000-app-role-and-append-only-audit';
import { Incidents1795890000000 } from './1795890000000-incidents';
import { IncidentWelfareNotes1795890100000 } from './1795890100000-incident-welfare-notes';
import { StaffRegisterAndVetting1795900000000 } from './1795900000000-staff-register-and-vetting';
import { OpeningApplicationWrites1795900100000 } from './1795900100000-opening-application-writes';
import { AccountEmail1795910000000 } from './1795910000000-account-email';
import { AccountsArePeople1795920000000 } from './1795920000000-accounts-are-people';
import { EncryptCaseRecords1795920200000 } from './1795920200000-encrypt-case-records';
import { VettingCheckFindings1795920100000 } from './1795920100000-vetting-check-findings';
import { ReportingChainHops1795920300000 } from './1795920300000-reporting-chain-hops';
import { AppRoleRunsJobs1795920500000 } from './1795920500000-app-role-runs-jobs';
import { AuditHashChain1795920510000 } from './1795920510000-audit-hash-chain';
import { SignInThrottlesAndAccountLinks1795920600000 } from './1795920600000-sign-in-throttles-and-account-links';
import { MultiFactorAuthentication1795920700000 } from './1795920700000-multi-factor-authentication';
import { StoredCaseReporting1796000100000 } from './1796000100000-stored-case-reporting';
import { StaffListsInSql1796000200000 } from './1796000200000-staff-lists-in-sql';
import { UnreadNotificationsIndex1796000300000 } from './1796000300000-unread-notifications-index';
import { CaseNeedToKnowIndexes1796000500000 } from './1796000500000-case-need-to-know-indexes';
import { InstitutionStreet1796000600000 } from './1796000600000-institution-street';
import { AssessmentAndVeto1796000700000 } from './1796000700000-assessment-and-veto';
import { CaseListFilters1796000800000 } from './1796000800000-case-list-filters';
import { AuditFilterIndexes1796000900000 } from './1796000900000-audit-filter-indexes';
import { Photos1796001300000 } from './1796001300000-photos';
import { RiskSubjects1796001600000 } from './1796001600000-risk-subjects';
import { CareRecords1796001700000 } from './1796001700000-care-records';
import { ChangeNotifications1796001800000 } from './1796001800000-change-notifications';
import { NotificationWords1796001900000 } from './1796001900000-notification-words';
import { ApiClients1796002000000 } from './1796002000000-api-clients';
import { TipLine1796002200000 } from './1796002200000-tip-line';
import { PlacesAndDormEntries1796001500000 } from './1796001500000-places-and-dorm-entries';
import { InspectionsAndHazards1796001400000 } from './1796001400000-inspections-and-hazards';
import { Webhooks1796002100000 } from './1796002100000-webhooks';
import { WebhookSubscriptionClient1796002300000 } from './1796002300000-webhook-subscription-client';

/** Every migration in order. A new migration is added here too. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: MixedList<Function> = [
  InitialSchema1795880613496,
  AppRoleAndAppendOnlyAudit1795880700000,
  Incidents1795890000000,
  IncidentWelfareNotes1795890100000,
  StaffRegisterAndVetting1795900000000,
  OpeningApplicationWrites1795900100000,
  AccountEmail1795910000000,
  AccountsArePeople1795920000000,
  VettingCheckFindings1795920100000,
  EncryptCaseRecords1795920200000,
  ReportingChainHops1795920300000,
  AppRoleRunsJobs1795920500000,
  AuditHashChain1795920510000,
  SignInThrottlesAndAccountLinks1795920600000,
  MultiFactorAuthentication1795920700000,
  StoredCaseReporting1796000100000,
  StaffListsInSql1796000200000,
  UnreadNotificationsIndex1796000300000,
  CaseNeedToKnowIndexes1796000500000,
  InstitutionStreet1796000600000,
  AssessmentAndVeto1796000700000,
  CaseListFilters1796000800000,
  AuditFilterIndexes1796000900000,
  Photos1796001300000,
  RiskSubjects1796001600000,
  PlacesAndDormEntries1796001500000,
  InspectionsAndHazards1796001400000,
  CareRecords1796001700000,
  ChangeNotifications1796001800000,
  NotificationWords1796001900000,
  ApiClients1796002000000,
  Webhooks1796002100000,
  TipLine1796002200000,
  WebhookSubscriptionClient1796002300000,
];
