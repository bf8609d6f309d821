import {
  INCIDENT_CATEGORIES,
  INSTITUTION_KINDS,
  isConfidentialByDefault,
  scopeOf,
  type DistrictPolicy,
  type IncidentActor,
  type InstitutionKind,
} from '@xiaohu/domain';
import { Brackets, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';
import type { IncidentEntity } from './incident.entity';
import { receivesIncidentReports } from './incident-facts';

const SUSPECT = 'COALESCE(incident.suspect_account_id, incident.suspect_staff_id)';

/**
 * caseAccess (REP-7, REP-11, REP-8, ORG-1) as a SQL condition on `incident` joined to `institution`, so a
 * page and its count come from the database. What varies per actor is computed from the domain here;
 * the domain still decides each fetched row (listCases), which keeps the two from drifting silently.
 */
export function whereCaseVisible(
  query: SelectQueryBuilder<IncidentEntity>,
  actor: IncidentActor,
  policy: DistrictPolicy,
): SelectQueryBuilder<IncidentEntity> {
  const me = actor.personId;
  const confidentialCategories = INCIDENT_CATEGORIES.filter(isConfidentialByDefault);
  const isConfidential =
    '(incident.category IN (:...caseConfidentialCategories) OR incident.is_marked_confidential)';
  const summaryKinds = INSTITUTION_KINDS.filter((kind) => receivesIncidentReports(actor, kind, policy));
  const isDesignatedSafety = actor.unit === 'SAFETY' && actor.isDesignatedForConfidentialCases === true;
  const isLeadership = actor.role === 'LEADER' || actor.unit === 'LEAD';
  query.setParameters({ caseMe: me, caseConfidentialCategories: confidentialCategories });
  // REP-11: never the suspect; never the head in conflict.
  query.andWhere(`(${SUSPECT} IS NULL OR ${SUSPECT} <> :caseMe)`);
  query.andWhere(
    `(incident.head_account_id = :caseMe AND (incident.has_head_declared_conflict OR ${SUSPECT} = incident.head_account_id)) IS NOT TRUE`,
  );
  return query.andWhere(
    new Brackets((visible) => {
      // FULL, confidential (REP-7 need-to-know): reporters, the head, designated SAFETY and the leadership.
      visible.where(
        new Brackets((full) => {
          full.where(isConfidential);
          if (!isDesignatedSafety && !isLeadership) {
            full.andWhere('(incident.reporter_account_id = :caseMe OR incident.head_account_id = :caseMe)');
          }
        }),
      );
      // FULL, not confidential: the actor's institution scope (ORG-1, ORG-3).
      visible.orWhere(
        new Brackets((full) => {
          full.where(`NOT ${isConfidential}`);
          inScope(full, actor, policy);
        }),
      );
      // SUMMARY: the REP-8 inbox of the receiving unit.
      if (summaryKinds.length > 0) {
        visible.orWhere('institution.kind IN (:...caseSummaryKinds)', { caseSummaryKinds: summaryKinds });
      }
    }),
  );
}

function inScope(where: WhereExpressionBuilder, actor: IncidentActor, policy: DistrictPolicy): void {
  const scope = actor.unit
    ? scopeOf({ type: 'COMMITTEE', unit: actor.unit }, policy)
    : actor.institutionId
      ? scopeOf({ type: 'INSTITUTION', institutionId: actor.institutionId }, policy)
      : null;
  if (!scope) {
    where.andWhere('FALSE');
    return;
  }
  switch (scope.type) {
    case 'ALL':
      return;
    case 'KINDS':
      if (scope.kinds.length === 0) where.andWhere('FALSE');
      else
        where.andWhere('institution.kind IN (:...caseScopeKinds)', {
          caseScopeKinds: scope.kinds as InstitutionKind[],
        });
      return;
    case 'INSTITUTION':
      where.andWhere('incident.institution_id = :caseScopeInstitution', {
        caseScopeInstitution: scope.institutionId,
      });
  }
}
