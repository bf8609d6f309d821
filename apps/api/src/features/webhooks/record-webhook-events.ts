import { caseAccess, institutionAccess, type DistrictPolicy } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { IncidentEntity } from '../incidents/incident.entity';
import { toCaseFacts } from '../incidents/incident-facts';
import { InstitutionEntity } from '../institutions/institution.entity';
import { raiseWebhookEvent } from './webhook-events';

async function kindOf(manager: EntityManager, institutionId: string) {
  return (await manager.getRepository(InstitutionEntity).findOneByOrFail({ id: institutionId })).kind;
}

/**
 * Issue 13: a case event in the caller's transaction (REP-7: ids and instants only), for the clients
 * the case policy shows the case to, as the GraphQL case read asks it: a client outside the case's
 * scope, or outside its need-to-know when the case is confidential, is told nothing.
 */
export async function raiseCaseEvent(
  manager: EntityManager,
  type: 'case.recorded' | 'case.policeDeadlineMissed' | 'case.closed' | 'case.mandatoryReportExported',
  incident: IncidentEntity,
  occurredAt: Date,
  policy: DistrictPolicy,
  dueAt?: Date,
): Promise<number> {
  const facts = toCaseFacts(incident, await kindOf(manager, incident.institutionId));
  return raiseWebhookEvent(
    manager,
    {
      type,
      caseId: incident.id,
      institutionId: incident.institutionId,
      occurredAt,
      ...(dueAt ? { dueAt } : {}),
    },
    (client) => caseAccess(facts, client, policy).level !== 'NONE',
  );
}

/**
 * Issue 13: a staff member blocked (VET-1) or activated, in the caller's transaction, for the clients
 * whose scope covers the institution (ORG-1).
 */
export async function raiseStaffEvent(
  manager: EntityManager,
  type: 'staff.blocked' | 'staff.activated',
  staff: { id: string; institutionId: string },
  occurredAt: Date,
  policy: DistrictPolicy,
): Promise<number> {
  const institution = { id: staff.institutionId, kind: await kindOf(manager, staff.institutionId) };
  return raiseWebhookEvent(
    manager,
    { type, staffId: staff.id, institutionId: staff.institutionId, occurredAt },
    (client) => institutionAccess(institution, client, policy).canView.allowed,
  );
}
