import { AccountEntity } from '../../features/accounts/account.entity';
import { MfaChallengeEntity, MfaRecoveryCodeEntity } from '../../features/auth/mfa.entities';
import { AuditEventEntity } from '../../features/audit/audit-event.entity';
import { SessionEntity } from '../../features/auth/session.entity';
import { SignInThrottleEntity } from '../../features/auth/sign-in-throttle.entity';
import { InstitutionEntity } from '../../features/institutions/institution.entity';
import { UnitEntity } from '../../features/organisation/unit.entity';
import { CaseOfficerEntity } from '../../features/incidents/case-officer.entity';
import { IncidentAlertEntity } from '../../features/incidents/incident-alert.entity';
import { IncidentBreachEntity } from '../../features/incidents/incident-breach.entity';
import { IncidentChildEntity } from '../../features/incidents/incident-child.entity';
import { IncidentEmergencyStepEntity } from '../../features/incidents/incident-emergency-step.entity';
import { IncidentEventEntity } from '../../features/incidents/incident-event.entity';
import { IncidentExternalSourceEntity } from '../../features/incidents/incident-external-source.entity';
import { IncidentWelfareNoteEntity } from '../../features/incidents/incident-welfare-note.entity';
import { IncidentEntity } from '../../features/incidents/incident.entity';
import { MailOutboxEntity } from '../../features/notifications/mail-outbox.entity';
import { NotificationEntity } from '../../features/notifications/notification.entity';
import { ASSESSMENT_ENTITIES } from '../../features/assessment/assessment.entities';
import { STAFF_ENTITIES } from '../../features/staff/staff.entities';
import { PhotoEntity } from '../../features/photos/photo.entity';
import { SURROUNDINGS_ENTITIES } from '../../features/surroundings/surroundings.entities';
import { PLACES_ENTITIES } from '../../features/places/monitored-place.entity';
import { DormEntryEntity } from '../../features/dorms/dorm-entry.entity';
import { INSPECTION_ENTITIES } from '../../features/inspections/inspections.entities';
import { CLASSES_ENTITIES } from '../../features/classes/classes.entities';
import { CARE_RECORDS_ENTITIES } from '../../features/care-records/care-records.entities';
import { TRAINING_ENTITIES } from '../../features/training/training.entities';
import { CHILD_FILES_ENTITIES } from '../../features/child-files/child-files.entities';
import { BullyingStepEntity } from '../../features/incidents/bullying-step.entity';
import { API_CLIENT_ENTITIES } from '../../features/api-clients/api-client.entities';
import { WEBHOOK_ENTITIES } from '../../features/webhooks/webhook.entities';
import { TIPS_ENTITIES } from '../../features/tips/tips.entities';

/** Every entity, listed by hand: the migrations must agree with exactly this list. */
export const ENTITIES = [
  UnitEntity,
  InstitutionEntity,
  AccountEntity,
  SessionEntity,
  SignInThrottleEntity,
  MfaRecoveryCodeEntity,
  MfaChallengeEntity,
  AuditEventEntity,
  // Mandatory reporting (issue 4)
  IncidentEntity,
  IncidentChildEntity,
  IncidentEmergencyStepEntity,
  IncidentExternalSourceEntity,
  IncidentBreachEntity,
  IncidentEventEntity,
  IncidentAlertEntity,
  IncidentWelfareNoteEntity,
  CaseOfficerEntity,
  NotificationEntity,
  MailOutboxEntity,
  ...STAFF_ENTITIES,
  ...ASSESSMENT_ENTITIES,
  // Photos (issue 11)
  PhotoEntity,
  ...SURROUNDINGS_ENTITIES,
  // Prevention on the ground (issue 11): monitored places (PRV-2), dorm entries (PRV-4)
  ...PLACES_ENTITIES,
  DormEntryEntity,
  ...INSPECTION_ENTITIES,
  // Care and education records (issue 12): classes, PRV-5 to PRV-10
  ...CLASSES_ENTITIES,
  ...CARE_RECORDS_ENTITIES,
  ...TRAINING_ENTITIES,
  ...CHILD_FILES_ENTITIES,
  BullyingStepEntity,
  // API clients with tokens (issue 13)
  ...API_CLIENT_ENTITIES,
  // Integrators (issue 13): webhooks
  ...WEBHOOK_ENTITIES,
  // The anonymous tip line (issue 13, REP-9)
  ...TIPS_ENTITIES,
];
