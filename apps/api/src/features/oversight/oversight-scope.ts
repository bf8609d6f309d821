import {
  INSTITUTION_KINDS,
  misconductCountFilter,
  supervisingSection,
  type AccessActor,
  type DistrictPolicy,
  type InstitutionKind,
  type PeriodRange,
  type Scope,
  type SupervisingSection,
} from '@xiaohu/domain';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { whereCaseVisible } from '../incidents/case-scope';
import { IncidentEntity } from '../incidents/incident.entity';

/** What every oversight statement counts over: the viewer, the scope, the period and the filters. */
export interface OversightQuery {
  actor: AccessActor;
  scope: Scope;
  policy: DistrictPolicy;
  now: Date;
  range: PeriodRange;
  section: SupervisingSection | null;
  institutionKind: InstitutionKind | null;
  street: string | null;
  institutionId: string | null;
}

/** Named parameters of the statements; each builder adds its own under an `ov` prefix. */
export type Parameters = Record<string, unknown>;

/** ORG-1: the kinds a section supervises, from the domain's matrix (never a table of our own). */
export const kindsOfSection = (section: SupervisingSection, policy: DistrictPolicy): InstitutionKind[] =>
  INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === section);

/**
 * The dashboard's filters and the viewer's scope as conditions on an institution alias, with the same
 * meanings as the case list's `section`, `institutionKind`, `street` and `institutionId` (contract 1).
 */
export function institutionConditions(
  q: OversightQuery,
  alias: string,
  parameters: Parameters,
  withScope = true,
): string[] {
  const conditions: string[] = [];
  if (withScope && q.scope.type === 'KINDS') {
    conditions.push(q.scope.kinds.length ? `${alias}.kind IN (:...ovScopeKinds)` : 'FALSE');
    parameters.ovScopeKinds = q.scope.kinds;
  }
  if (withScope && q.scope.type === 'INSTITUTION') {
    conditions.push(`${alias}.id = :ovScopeInstitution`);
    parameters.ovScopeInstitution = q.scope.institutionId;
  }
  if (q.section) {
    const kinds = kindsOfSection(q.section, q.policy);
    conditions.push(kinds.length ? `${alias}.kind IN (:...ovSectionKinds)` : 'FALSE');
    parameters.ovSectionKinds = kinds;
  }
  if (q.institutionKind) {
    conditions.push(`${alias}.kind = :ovKind`);
    parameters.ovKind = q.institutionKind;
  }
  if (q.street) {
    conditions.push(`${alias}.street = :ovStreet`);
    parameters.ovStreet = q.street;
  }
  if (q.institutionId) {
    conditions.push(`${alias}.id = :ovInstitution`);
    parameters.ovInstitution = q.institutionId;
  }
  return conditions;
}

/**
 * The cases the viewer's case list shows for these filters: the list's own scope condition
 * (whereCaseVisible: REP-7, REP-11, ORG-1) and the institution filters as a semi-join. Until the case
 * list's filter builder of contract 1 is merged, the institution conditions are written here with the
 * same meanings.
 */
export function visibleCases(manager: EntityManager, q: OversightQuery): SelectQueryBuilder<IncidentEntity> {
  const query = manager.getRepository(IncidentEntity).createQueryBuilder('incident');
  const parameters: Parameters = {};
  // The scope is the list's own (whereCaseVisible), not added again.
  const conditions = institutionConditions(q, 'ov_i', parameters, false);
  if (conditions.length)
    query.andWhere(
      `incident.institution_id IN (SELECT ov_i.id FROM institution ov_i WHERE ${conditions.join(' AND ')})`,
      parameters,
    );
  return whereCaseVisible(query, q.actor, q.policy);
}

/** Cases recorded in the period ([start, end), on `incident.recorded_at`), as the list's recordedFrom/Before. */
export const IN_PERIOD = '(incident.recorded_at >= :ovStart AND incident.recorded_at < :ovEnd)';
/** Not closed: the list's state OPEN. */
export const IS_OPEN = "incident.state <> 'CLOSED'";
/** Contract 1's policeDeadlinePassed: a police report required, not made, its due time before now. */
export const DEADLINE_PASSED =
  '(incident.police_report_due_at < :ovNow AND incident.police_reported_at IS NULL)';
/** REP-3: minutes from the school's first knowledge to the police report. */
export const MINUTES_TO_POLICE =
  'extract(epoch FROM (incident.police_reported_at - incident.received_at)) / 60.0';
/** The case has a breach of this kind on record (the list's breachCode). */
export const hasBreachOf = (code: string): string =>
  `(incident.has_breach AND EXISTS (SELECT 1 FROM incident_breach ov_b WHERE ov_b.incident_id = incident.id AND ov_b.code = '${code}'))`;

/** The period's and now's parameters. */
export const timeParameters = (q: OversightQuery): Parameters => ({
  ovStart: q.range.start,
  ovEnd: q.range.end,
  ovNow: q.now,
});

/** VET-11: open misconduct cases the viewer could open, as a condition on `mc` (joined `ms`, `mi`). */
export function misconductConditions(q: OversightQuery, parameters: Parameters): string[] {
  const filter = misconductCountFilter(q.actor, q.policy);
  const visible: string[] = [];
  if (filter.headSubjectKinds.length) {
    visible.push("(mi.kind IN (:...ovMisHeadKinds) AND ms.role = 'SCHOOL_HEAD')");
    parameters.ovMisHeadKinds = filter.headSubjectKinds;
  }
  if (filter.otherSubjectKinds.length) {
    visible.push("(mi.kind IN (:...ovMisOtherKinds) AND ms.role <> 'SCHOOL_HEAD')");
    parameters.ovMisOtherKinds = filter.otherSubjectKinds;
  }
  const conditions = ["mc.status = 'OPEN'", visible.length ? `(${visible.join(' OR ')})` : 'FALSE'];
  if (filter.excludedStaffId) {
    conditions.push('mc.staff_id <> :ovMisSelf');
    parameters.ovMisSelf = filter.excludedStaffId;
  }
  return [...conditions, ...institutionConditions(q, 'mi', parameters)];
}

/** A statement written with named parameters (:name, :...list), ready for manager.query. */
export function bind(manager: EntityManager, sql: string, parameters: Parameters): [string, unknown[]] {
  return manager.connection.driver.escapeQueryWithParameters(sql, parameters) as [string, unknown[]];
}

/** A query builder's SQL with its named parameters merged into `parameters`. */
export function inline<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  parameters: Parameters,
): string {
  Object.assign(parameters, query.getParameters());
  return query.getQuery();
}
