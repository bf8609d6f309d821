import {
  canViewIncident,
  conflictOfInterest,
  responsibleUnits,
  type DistrictPolicy,
  type IncidentActor,
  type IncidentFacts,
  type InstitutionKind,
  type ReportingTimeline,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import { CaseOfficerEntity } from './case-officer.entity';
import type { IncidentExternalSourceEntity } from './incident-external-source.entity';
import type { IncidentEntity } from './incident.entity';

/** The domain's view of an incident (REP-7, REP-11). Accounts are the "persons". */
export function toIncidentFacts(incident: IncidentEntity, kind: InstitutionKind): IncidentFacts {
  return {
    institution: { id: incident.institutionId, kind },
    category: incident.category,
    reporterPersonIds: [incident.reporterAccountId],
    headPersonId: incident.headAccountId ?? '',
    suspect: {
      type: incident.suspectType,
      personId: incident.suspectAccountId ?? incident.suspectStaffId ?? undefined,
    },
    hasHeadDeclaredConflict: incident.hasHeadDeclaredConflict,
    isMarkedConfidential: incident.isMarkedConfidential,
  };
}

/** The domain's reporting timeline of an incident (REP-2 to REP-4, REP-8). */
export function toTimeline(
  incident: IncidentEntity,
  externalSources: readonly IncidentExternalSourceEntity[],
  privateSettlementAt: Date | undefined,
): ReportingTimeline {
  const firstExternal = [...externalSources].sort((a, b) => a.learnedAt.getTime() - b.learnedAt.getTime())[0];
  return {
    category: incident.category,
    suspectType: incident.suspectType,
    receipts: [{ personId: incident.reporterAccountId, receivedAt: incident.receivedAt }],
    // REP-2: entering the record is the teacher → head hop; none for an external case or the head's own receipt.
    recordedAt:
      incident.origin === 'SCHOOL' && incident.reporterAccountId !== incident.headAccountId
        ? incident.recordedAt
        : undefined,
    headNotifiedAt: incident.acknowledgedAt ?? undefined,
    policeReportedAt: incident.policeReportedAt ?? undefined,
    reportedToDistrictAt: incident.reportedToDistrictAt ?? undefined,
    closedAt: incident.closedAt ?? undefined,
    privateSettlementAt,
    learnedFromElsewhere: firstExternal
      ? { source: firstExternal.source, learnedAt: firstExternal.learnedAt }
      : undefined,
  };
}

/** The domain's view of the signed-in actor; loads whether a SAFETY member is designated (REP-7). */
export async function toIncidentActor(manager: EntityManager, actor: SignedInActor): Promise<IncidentActor> {
  const isDesignated =
    actor.role === 'SECTION_MEMBER'
      ? await manager.getRepository(CaseOfficerEntity).existsBy({ accountId: actor.accountId })
      : false;
  return {
    personId: actor.accountId,
    role: actor.role,
    institutionId: actor.institutionId ?? undefined,
    unit: actor.unitCode ?? (actor.role === 'LEADER' ? 'LEAD' : undefined),
    isDesignatedForConfidentialCases: isDesignated,
  };
}

/** REP-8: does this unit receive the incident reports of institutions of this kind? */
export function receivesIncidentReports(
  actor: IncidentActor,
  kind: InstitutionKind,
  policy: DistrictPolicy,
): boolean {
  return (
    actor.role === 'SECTION_MEMBER' &&
    responsibleUnits('INCIDENT_REPORT_RECEIPT', kind, policy).some((r) => r.unit === actor.unit)
  );
}

/** FULL: the whole case; SUMMARY: the REP-8 inbox view without the child (REP-7); NONE: hidden. */
export type CaseAccessLevel = 'FULL' | 'SUMMARY' | 'NONE';

export function caseAccess(
  facts: IncidentFacts,
  actor: IncidentActor,
  policy: DistrictPolicy,
): CaseAccessLevel {
  const conflict = conflictOfInterest(facts, actor);
  if (conflict.isActorSuspect) return 'NONE';
  // REP-11: the head in conflict never sees the case, confidential or not.
  if (conflict.isHeadInConflict && actor.personId === facts.headPersonId) return 'NONE';
  if (canViewIncident(facts, actor, policy).allowed) return 'FULL';
  return receivesIncidentReports(actor, facts.institution.kind, policy) ? 'SUMMARY' : 'NONE';
}

/** What an actor with this access may do on the case. Refusals beyond these are the workflow's. */
export interface CasePowers {
  canAcknowledge: boolean;
  canManage: boolean;
  canRecordPoliceReport: boolean;
  canRecordExternalSource: boolean;
  /** REP-10: those who act on the case: the reporter, the head, designated SAFETY. */
  canRecordWelfareNote: boolean;
}

export function casePowers(
  facts: IncidentFacts,
  actor: IncidentActor,
  access: CaseAccessLevel,
  policy: DistrictPolicy,
): CasePowers {
  if (access === 'NONE') {
    return {
      canAcknowledge: false,
      canManage: false,
      canRecordPoliceReport: false,
      canRecordExternalSource: false,
      canRecordWelfareNote: false,
    };
  }
  const isHead = actor.role === 'HEAD' && actor.personId === facts.headPersonId && access === 'FULL';
  const isReceiver = receivesIncidentReports(actor, facts.institution.kind, policy);
  // A SAFETY member acts on the case only inside the need-to-know group (REP-7).
  const canManage = isHead || (isReceiver && access === 'FULL');
  const isActingOnCase = canManage || (access === 'FULL' && facts.reporterPersonIds.includes(actor.personId));
  return {
    canAcknowledge: isHead,
    canManage,
    canRecordPoliceReport: isActingOnCase,
    canRecordExternalSource: isReceiver,
    canRecordWelfareNote: isActingOnCase,
  };
}
