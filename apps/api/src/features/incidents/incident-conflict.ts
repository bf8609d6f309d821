import { isCaseHeadInConflict, type InstitutionKind } from '@xiaohu/domain';
import type { IncidentEntity } from './incident.entity';
import { toCaseFacts } from './incident-facts';

/** REP-11 for a stored incident, independent of who is looking (the system's view). */
export function isHeadInConflictOf(incident: IncidentEntity, kind: InstitutionKind): boolean {
  return isCaseHeadInConflict(toCaseFacts(incident, kind));
}
