import type { CaseAccess, CaseAction } from '@xiaohu/domain';
import { Like, Not, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../../context';
import { toAccessActor, type SignedInActor } from '../../../shared/auth/actor';
import { AccountEntity } from '../../accounts/account.entity';
import { API_CLIENT_USERNAME_PREFIX } from '../../accounts/account-rules';
import { InstitutionEntity } from '../../institutions/institution.entity';
import { loadMailSettings } from '../../notifications/mail-settings';
import type { Case } from '../case.type';
import { toCases } from '../case-view';
import { CaseForbiddenError, CaseNotFoundError } from '../incident-errors.type';
import type { AlertDependencies } from '../incident-alerts';
import { IncidentEventEntity } from '../incident-event.entity';
import { IncidentEntity } from '../incident.entity';
import { accessOf } from '../incident-facts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A case loaded for a change: the row (locked), its institution kind and the policy's answer. */
export interface LoadedCase {
  incident: IncidentEntity;
  institution: InstitutionEntity;
  access: CaseAccess;
}

/** Loads a case for a change (row locked); NOT_FOUND when missing or invisible to the actor. */
export async function loadCaseForChange(
  context: Pick<RequestContext, 'policy'>,
  manager: EntityManager,
  actor: SignedInActor,
  caseId: string,
): Promise<LoadedCase | CaseNotFoundError> {
  if (!UUID.test(caseId)) return CaseNotFoundError.create();
  const incident = await manager
    .getRepository(IncidentEntity)
    .createQueryBuilder('incident')
    .setLock('pessimistic_write')
    .where('incident.id = :caseId', { caseId })
    .getOne();
  if (!incident) return CaseNotFoundError.create();
  const institution = await manager
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: incident.institutionId });
  const access = accessOf(incident, institution.kind, toAccessActor(actor), context.policy);
  if (access.level === 'NONE') return CaseNotFoundError.create();
  return { incident, institution, access };
}

/** The case policy's refusal of one action, as a typed error (never thrown). */
export function refuseUnless(
  loaded: LoadedCase,
  action: CaseAction,
  message: string,
): CaseForbiddenError | null {
  const permit = loaded.access.can[action];
  return permit.allowed ? null : CaseForbiddenError.create(message, permit.ruleId);
}

export function alertDependencies(context: Pick<RequestContext, 'clock' | 'policy'>): AlertDependencies {
  return { clock: context.clock, policy: context.policy, mail: loadMailSettings() };
}

/** The institution's head now: the first active HEAD account of a person (never an API client's). */
export async function headOf(manager: EntityManager, institutionId: string): Promise<AccountEntity | null> {
  return manager.getRepository(AccountEntity).findOne({
    where: {
      institutionId,
      role: 'HEAD',
      isDisabled: false,
      username: Not(Like(`${API_CLIENT_USERNAME_PREFIX}%`)),
    },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
}

/** One timeline event: `at` is when it happened, `recordedAt` when it was entered. */
export async function recordEvent(
  manager: EntityManager,
  row: Partial<IncidentEventEntity> & Pick<IncidentEventEntity, 'incidentId' | 'kind' | 'at' | 'recordedAt'>,
): Promise<void> {
  await manager.getRepository(IncidentEventEntity).insert({
    actorAccountId: null,
    detail: null,
    deadline: null,
    deadlineOutcome: null,
    ...row,
  });
}

/** The case as the actor now sees it, inside the command's transaction. */
export async function viewCase(
  context: Pick<RequestContext, 'clock' | 'policy'>,
  manager: EntityManager,
  incidentId: string,
  actor: SignedInActor,
  withChild: boolean,
): Promise<Case> {
  const incident = await manager.getRepository(IncidentEntity).findOneByOrFail({ id: incidentId });
  const [view] = await toCases(
    manager,
    [incident],
    toAccessActor(actor),
    context.clock.now(),
    context.policy,
    withChild,
  );
  return view;
}
