import type { Permission } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/i18n';
import { paths } from '../paths';

/** Navigation entries, each shown only when the server grants its permission. */
export const NAV_ITEMS: readonly {
  permission: Permission;
  to: () => string;
  label: MessageKey;
  testId: string;
}[] = [
  {
    permission: 'VIEW_INSTITUTIONS',
    to: () => paths.institutions(),
    label: 'nav.institutions',
    testId: 'nav-institutions',
  },
  { permission: 'VIEW_RESPONSIBILITY_MATRIX', to: paths.matrix, label: 'nav.matrix', testId: 'nav-matrix' },
  { permission: 'VIEW_AUDIT', to: paths.audit, label: 'nav.audit', testId: 'nav-audit' },
  {
    permission: 'VIEW_ASSESSMENTS',
    to: paths.assessments,
    label: 'assessment.nav',
    testId: 'nav-assessments',
  },
  {
    permission: 'VIEW_SURROUNDINGS',
    to: () => paths.surroundings(),
    label: 'surroundings.nav',
    testId: 'nav-surroundings',
  },
  {
    permission: 'VIEW_INSPECTIONS',
    to: paths.inspections,
    label: 'inspections.nav',
    testId: 'nav-inspections',
  },
  { permission: 'VIEW_HAZARDS', to: () => paths.hazards(), label: 'hazards.nav', testId: 'nav-hazards' },
  { permission: 'VIEW_STAFF', to: () => paths.staff(), label: 'staff.nav', testId: 'nav-staff' },
  {
    permission: 'VIEW_MONITORED_PLACES',
    to: () => paths.places(),
    label: 'places.nav',
    testId: 'nav-places',
  },
  { permission: 'RECORD_DORM_ENTRIES', to: paths.dormDoor, label: 'dorms.nav.door', testId: 'nav-dorm-door' },
  {
    permission: 'VIEW_DORM_ENTRIES',
    to: paths.dormEntries,
    label: 'dorms.nav.entries',
    testId: 'nav-dorm-entries',
  },
  {
    permission: 'VIEW_CARE_RECORDS',
    to: () => paths.careRecords(),
    label: 'careRecords.nav',
    testId: 'nav-care-records',
  },
  { permission: 'VIEW_CARE_RECORDS', to: () => paths.classes(), label: 'classes.nav', testId: 'nav-classes' },
  {
    permission: 'VIEW_CHILD_FILES',
    to: paths.childFiles,
    label: 'childFiles.nav',
    testId: 'nav-child-files',
  },
  { permission: 'VIEW_TRAINING', to: paths.training, label: 'training.nav', testId: 'nav-training' },
  { permission: 'MANAGE_ACCOUNTS', to: paths.accounts, label: 'accounts.nav', testId: 'nav-accounts' },
  {
    permission: 'MANAGE_API_CLIENTS',
    to: paths.apiClients,
    label: 'apiClients.nav',
    testId: 'nav-api-clients',
  },
  { permission: 'VIEW_MAIL_OUTBOX', to: paths.outbox, label: 'outbox.nav', testId: 'nav-outbox' },
  { permission: 'MANAGE_WEBHOOKS', to: paths.webhooks, label: 'webhooks.nav', testId: 'nav-webhooks' },
  { permission: 'VIEW_TIPS', to: paths.tips, label: 'tips.nav', testId: 'nav-tips' },
];
