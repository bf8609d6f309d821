import type { AccessActor, AccountRole } from './access.types';
import { assessmentPeriodsAccess } from './assessment-access.rules';
import { readsSurroundings } from './risk-subject-access.rules';
import { readsTraining } from './training-access.rules';
import { tipsAccess } from './tip-access.rules';
import { keepsDormDoor, readsDormEntries } from './dorm-access.rules';
import { childFilesScope } from './child-file-access.rules';
import { readsMonitoredPlaces } from './monitored-place-access.rules';
import { readsCareRecords } from './care-records-access.rules';
import { hazardListFilter, inspectionCampaignsAccess } from './inspection-access.rules';
import { DEFAULT_POLICY, type DistrictPolicy } from '../policy/policy';

/** Operations an account's role may reach at all; which records they reach is the policies' answer. */
export const PERMISSIONS = [
  'VIEW_INSTITUTIONS',
  'VIEW_RESPONSIBILITY_MATRIX',
  'VIEW_AUDIT',
  'VIEW_STAFF',
  'MANAGE_STAFF',
  'RECORD_VETTING_CHECK',
  'MANAGE_MISCONDUCT',
  'MANAGE_OPENING_APPLICATIONS',
  'REPORT_INCIDENT',
  'VIEW_INCIDENTS',
  'MANAGE_INCIDENTS',
  'RECORD_EXTERNAL_SOURCE',
  'VIEW_MAIL_OUTBOX',
  'MANAGE_ACCOUNTS',
  'VIEW_ASSESSMENTS',
  'VIEW_SURROUNDINGS',
  'VIEW_MONITORED_PLACES',
  'VIEW_DORM_ENTRIES',
  'RECORD_DORM_ENTRIES',
  'VIEW_INSPECTIONS',
  'VIEW_HAZARDS',
  'VIEW_CARE_RECORDS',
  'VIEW_CHILD_FILES',
  'VIEW_TRAINING',
  // Issue 13: API clients 接口客户端
  'MANAGE_API_CLIENTS',
  'MANAGE_WEBHOOKS',
  'VIEW_TIPS',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

// Declared once: the API guards root operations with it and hands it to the UI, which shows entry points.
const PERMISSIONS_BY_ROLE: Readonly<Record<AccountRole, readonly Permission[]>> = {
  TEACHER: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'REPORT_INCIDENT',
    'VIEW_INCIDENTS',
    'VIEW_HAZARDS',
    'VIEW_CHILD_FILES',
  ],
  HEAD: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_STAFF',
    'MANAGE_STAFF',
    'RECORD_VETTING_CHECK',
    'MANAGE_MISCONDUCT',
    'REPORT_INCIDENT',
    'VIEW_INCIDENTS',
    'MANAGE_INCIDENTS',
    'VIEW_ASSESSMENTS',
    'VIEW_SURROUNDINGS',
    'VIEW_MONITORED_PLACES',
    'VIEW_DORM_ENTRIES',
    'RECORD_DORM_ENTRIES',
    'VIEW_INSPECTIONS',
    'VIEW_HAZARDS',
    'VIEW_CARE_RECORDS',
    'VIEW_CHILD_FILES',
    'VIEW_TRAINING',
  ],
  STAFF: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'REPORT_INCIDENT',
    'VIEW_INCIDENTS',
    'RECORD_DORM_ENTRIES',
    'VIEW_HAZARDS',
    'VIEW_CHILD_FILES',
  ],
  SECTION_MEMBER: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_STAFF',
    'RECORD_VETTING_CHECK',
    'MANAGE_MISCONDUCT',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_INCIDENTS',
    'MANAGE_INCIDENTS',
    'RECORD_EXTERNAL_SOURCE',
    'VIEW_ASSESSMENTS',
    'VIEW_SURROUNDINGS',
    'VIEW_MONITORED_PLACES',
    'VIEW_DORM_ENTRIES',
    'VIEW_INSPECTIONS',
    'VIEW_HAZARDS',
    'VIEW_CARE_RECORDS',
    'VIEW_CHILD_FILES',
    'VIEW_TRAINING',
    'VIEW_TIPS',
  ],
  LEADER: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_AUDIT',
    'VIEW_STAFF',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_INCIDENTS',
    'VIEW_ASSESSMENTS',
    'VIEW_SURROUNDINGS',
    'VIEW_MONITORED_PLACES',
    'VIEW_DORM_ENTRIES',
    'VIEW_INSPECTIONS',
    'VIEW_HAZARDS',
    'VIEW_CARE_RECORDS',
    'VIEW_CHILD_FILES',
    'VIEW_TRAINING',
    'VIEW_TIPS',
  ],
  ADMIN: [
    'VIEW_INSTITUTIONS',
    'VIEW_RESPONSIBILITY_MATRIX',
    'VIEW_AUDIT',
    'MANAGE_OPENING_APPLICATIONS',
    'VIEW_MAIL_OUTBOX',
    'MANAGE_ACCOUNTS',
    'MANAGE_API_CLIENTS',
    'MANAGE_WEBHOOKS',
  ],
};

/** The operations a role may reach. */
export function permissionsOf(role: AccountRole): readonly Permission[] {
  return PERMISSIONS_BY_ROLE[role];
}

/** May this role reach this operation at all? */
export function hasPermission(role: AccountRole, permission: Permission): boolean {
  return PERMISSIONS_BY_ROLE[role].includes(permission);
}

/**
 * The operations this person may reach: the role's, less the assessment for a unit without that duty
 * (ACC-1: 督导室 and leadership; ORG-3: a head for her institution), less inspections and hazards for one
 * who reads none (PRV-1: a teacher reads the hazards she owns, so only with a staff record), the
 * surroundings (PRV-3) and the place register (PRV-2) for a unit that inspects no institution, dorm
 * entries beyond the head, 安稳办 and leadership, and the dormitory door for staff who are not dormitory
 * staff (PRV-4), care records beyond heads, inspectors and leadership (PRV-5), watched children's
 * files for one without a child-file scope (PRV-8), and training for one who neither records sessions
 * nor reads any coverage (PRV-5), and the tip inbox beyond 安稳办 and leadership (REP-9). Entry points in the UI follow it.
 */
export function actorPermissions(actor: AccessActor, policy: DistrictPolicy = DEFAULT_POLICY): Permission[] {
  const hazards = hazardListFilter(actor, policy);
  const has: Partial<Record<Permission, boolean>> = {
    VIEW_ASSESSMENTS: assessmentPeriodsAccess(actor).scope !== null,
    VIEW_INSPECTIONS: inspectionCampaignsAccess(actor).scope !== null,
    VIEW_HAZARDS: hazards.institutions !== null || hazards.ownerStaffId !== null,
    VIEW_SURROUNDINGS: readsSurroundings(actor),
    VIEW_MONITORED_PLACES: readsMonitoredPlaces(actor),
    VIEW_DORM_ENTRIES: readsDormEntries(actor),
    RECORD_DORM_ENTRIES: keepsDormDoor(actor, actor.staffRole ?? null),
    VIEW_CARE_RECORDS: readsCareRecords(actor),
    VIEW_CHILD_FILES: childFilesScope(actor) !== null,
    VIEW_TRAINING: readsTraining(actor, policy),
    VIEW_TIPS: tipsAccess(actor, policy).readsTips,
  };
  return permissionsOf(actor.role).filter((p) => has[p] ?? true);
}
