import {
  missingReferralRecipients,
  riskSubjectAccess,
  type AccessActor,
  type DistrictPolicy,
  type InstitutionKind,
  type RiskPersonType,
  type RiskSiteType,
  type RiskSubject as DomainRiskSubject,
  type RiskSubjectFacts,
} from '@xiaohu/domain';
import { In, type EntityManager } from 'typeorm';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { RiskFollowUpEntity } from './risk-follow-up.entity';
import type { RiskSubjectEntity } from './risk-subject.entity';
import { RiskFollowUp, RiskSubject } from './surroundings.type';

/** The domain's view of what a stored subject is. */
export function domainSubjectOf(entity: Pick<RiskSubjectEntity, 'subjectType' | 'siteType' | 'personType'>) {
  return (
    entity.subjectType === 'RISK_PERSON'
      ? { type: 'RISK_PERSON', personType: entity.personType as RiskPersonType }
      : { type: 'RISK_SITE', siteType: entity.siteType as RiskSiteType }
  ) satisfies DomainRiskSubject;
}

export interface SubjectInstitution {
  id: string;
  name: string;
  kind: InstitutionKind;
}

export function riskFactsOf(entity: RiskSubjectEntity, institution: SubjectInstitution): RiskSubjectFacts {
  return {
    institution: { id: institution.id, kind: institution.kind },
    subject: domainSubjectOf(entity),
    status: entity.status,
  };
}

/** The institutions of these subjects, by id (one statement). */
export async function institutionsOfSubjects(
  manager: EntityManager,
  subjects: Pick<RiskSubjectEntity, 'institutionId'>[],
): Promise<Map<string, SubjectInstitution>> {
  const ids = [...new Set(subjects.map((s) => s.institutionId))];
  if (ids.length === 0) return new Map();
  const rows = await manager
    .getRepository(InstitutionEntity)
    .find({ select: { id: true, name: true, kind: true }, where: { id: In(ids) } });
  return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind as InstitutionKind }]));
}

async function namesOf(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager
    .getRepository(AccountEntity)
    .find({ select: { id: true, displayName: true }, where: { id: In(unique) } });
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

/**
 * API views of risk subjects as the actor may see them (riskSubjectAccess). `withDetails` (one subject,
 * read by id or after a command) adds the follow-ups and, for the need-to-know group, a person's identity:
 * the caller audits that read in its transaction.
 */
export async function toRiskSubjects(
  manager: EntityManager,
  entities: RiskSubjectEntity[],
  institutions: Map<string, SubjectInstitution>,
  actor: AccessActor,
  policy: DistrictPolicy,
  withDetails: boolean,
): Promise<RiskSubject[]> {
  if (entities.length === 0) return [];
  const ids = entities.map((e) => e.id);
  const followUps = withDetails
    ? await manager
        .getRepository(RiskFollowUpEntity)
        .find({ where: { riskSubjectId: In(ids) }, order: { followedUpAt: 'ASC', recordedAt: 'ASC' } })
    : [];
  const lastRows: { risk_subject_id: string; last: Date }[] = withDetails
    ? []
    : await manager.query(
        'SELECT risk_subject_id, max(followed_up_at) AS last FROM risk_follow_up WHERE risk_subject_id = ANY($1) GROUP BY risk_subject_id',
        [ids],
      );
  const lastOf = new Map(lastRows.map((r) => [r.risk_subject_id, r.last]));
  const names = await namesOf(manager, [
    ...entities.map((e) => e.recordedByAccountId),
    ...followUps.map((f) => f.recordedByAccountId),
  ]);
  return entities.map((entity) => {
    const institution = institutions.get(entity.institutionId)!;
    const access = riskSubjectAccess(riskFactsOf(entity, institution), actor, policy);
    const isPerson = entity.subjectType === 'RISK_PERSON';
    const seesPersonal = access.parts.personalData.allowed;
    // A person's notes may name or describe them: only the need-to-know group reads them.
    const seesNotes = !isPerson || seesPersonal;
    const own = followUps.filter((f) => f.riskSubjectId === entity.id);
    return Object.assign(new RiskSubject(), {
      id: entity.id,
      institutionId: entity.institutionId,
      institutionName: institution.name,
      subjectType: entity.subjectType,
      siteType: entity.siteType,
      personType: entity.personType,
      status: entity.status,
      site: isPerson
        ? null
        : { name: entity.siteName ?? '', address: entity.siteAddress, description: entity.siteDescription },
      location: seesNotes ? entity.location : null,
      person:
        withDetails && seesPersonal
          ? {
              name: entity.personName,
              idNumber: entity.personIdNumber,
              address: entity.personAddress,
              description: entity.personDescription,
            }
          : null,
      referral: {
        townshipOffice: entity.townshipOffice,
        townshipReferredAt: entity.townshipReferredAt,
        policeStation: entity.policeStation,
        policeReferredAt: entity.policeReferredAt,
        missingRecipients: missingReferralRecipients(domainSubjectOf(entity), entity),
      },
      recordedAt: entity.recordedAt,
      recordedByName: names.get(entity.recordedByAccountId) ?? '',
      closingReason: entity.closingReason,
      closingNote: seesNotes ? entity.closingNote : null,
      closedAt: entity.closedAt,
      lastFollowedUpAt: withDetails ? (own.at(-1)?.followedUpAt ?? null) : (lastOf.get(entity.id) ?? null),
      followUps: own.map((f) =>
        Object.assign(new RiskFollowUp(), {
          id: f.id,
          followedUpAt: f.followedUpAt,
          outcome: f.outcome,
          note: seesNotes ? f.note : null,
          recordedByName: names.get(f.recordedByAccountId) ?? '',
          recordedAt: f.recordedAt,
          // A photo may show the person: like the note, for the need-to-know group only.
          photosVisible: seesNotes,
        }),
      ),
      viewerCan: {
        recordFollowUp: access.can.recordFollowUp.allowed,
        close: access.can.close.allowed,
        readPersonalData: seesPersonal,
        needsReferral: access.needsReferral,
        closingReasons: access.can.close.allowed ? access.closingReasons : [],
      },
    });
  });
}
