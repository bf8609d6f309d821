import { isCaseConfidential, type IncidentCategory } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import { raiseWebhookEvent } from './webhook-events';

/** What the case events need of a stored case (IncidentEntity has these). */
interface CaseRow {
  id: string;
  institutionId: string;
  category: IncidentCategory;
  isMarkedConfidential: boolean;
}

/** Issue 13: a case event in the caller's transaction (REP-7: ids and instants only). */
export function raiseCaseEvent(
  manager: EntityManager,
  type: 'case.recorded' | 'case.policeDeadlineMissed' | 'case.closed' | 'case.mandatoryReportExported',
  incident: CaseRow,
  occurredAt: Date,
  dueAt?: Date,
): Promise<number> {
  return raiseWebhookEvent(manager, {
    type,
    caseId: incident.id,
    institutionId: incident.institutionId,
    occurredAt,
    ...(dueAt ? { dueAt } : {}),
    isConfidential: isCaseConfidential(incident),
  });
}

/** Issue 13: a staff member blocked (VET-1) or activated, in the caller's transaction. */
export function raiseStaffEvent(
  manager: EntityManager,
  type: 'staff.blocked' | 'staff.activated',
  staff: { id: string; institutionId: string },
  occurredAt: Date,
): Promise<number> {
  return raiseWebhookEvent(manager, {
    type,
    staffId: staff.id,
    institutionId: staff.institutionId,
    occurredAt,
  });
}
