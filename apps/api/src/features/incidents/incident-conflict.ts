import { conflictOfInterest, type ConflictOfInterest, type InstitutionKind } from '@xiaohu/domain';
import type { IncidentEntity } from './incident.entity';
import { toIncidentFacts } from './incident-facts';

/** REP-11 for a stored incident, independent of who is looking (the system's view). */
export function conflictOfInterestOf(incident: IncidentEntity, kind: InstitutionKind): ConflictOfInterest {
  return conflictOfInterest(toIncidentFacts(incident, kind), { personId: '', role: 'ADMIN' });
}
