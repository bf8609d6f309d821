import { AccountEntity } from '../../features/accounts/account.entity';
import { AuditEventEntity } from '../../features/audit/audit-event.entity';
import { SessionEntity } from '../../features/auth/session.entity';
import { SignInThrottleEntity } from '../../features/auth/sign-in-throttle.entity';
import { InstitutionEntity } from '../../features/institutions/institution.entity';
import { UnitEntity } from '../../features/organisation/unit.entity';

/** Every entity, listed by hand: the migrations must agree with exactly this list. */
export const ENTITIES = [
  UnitEntity,
  InstitutionEntity,
  AccountEntity,
  SessionEntity,
  SignInThrottleEntity,
  AuditEventEntity,
];
