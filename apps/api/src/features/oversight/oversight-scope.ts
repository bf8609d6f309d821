import {
  BREACH_CODES,
  misconductCountFilter,
  parseCaseListParams,
  type BreachCode,
  type AccessActor,
  type DistrictPolicy,
  type InstitutionKind,
  type MisconductCaseStatus,
  type PeriodRange,
  type Scope,
  type SupervisingSection,
} from '@xiaohu/domain';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import {
  caseFilterCondition,
  kindsOfSection,
  type CaseFilterValues,
} from '../incidents/case-filter-conditions';
import { matchingCases } from '../incidents/case-list-query';
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

/** What the institution and misconduct conditions read: the viewer, the scope and the filters. */
export type InstitutionQuery = Pick<
  OversightQuery,
  'actor' | 'scope' | 'policy' | 'section' | 'institutionKind' | 'street' | 'institutionId'
>;

/** Named parameters of the statements; each builder adds its own under an `ov` prefix. */
export type Parameters = Record<string, unknown>;

/**
 * The dashboard's filters and the viewer's scope as conditions on an institution alias, with the same
 * meanings as the case list's `section`, `institutionKind`, `street` and `institutionId` (contract 1).
 */
export function institutionConditions(
  q: InstitutionQuery,
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
 * The cases the viewer's case list shows for the dashboard's filters: the list's own query
 * (`matchingCases`: caseFilterCondition and whereCaseVisible, REP-7, REP-11, ORG-1), so that a figure
 * counts exactly the rows of the list it links to.
 */
export function visibleCases(manager: EntityManager, q: OversightQuery): SelectQueryBuilder<IncidentEntity> {
  const filter = {
    institutionId: q.institutionId,
    section: q.section,
    institutionKind: q.institutionKind,
    street: q.street,
  };
  return matchingCases(manager, q.actor, filter, q.now, q.policy);
}

/** REP-3: minutes from the school's first knowledge to the police report. */
export const MINUTES_TO_POLICE =
  'extract(epoch FROM (incident.police_reported_at - incident.received_at)) / 60.0';

/**
 * The conditions of the figures, each written by the case list's own builder (caseFilterCondition) from
 * the link the figure drills to, so that a figure and its list cannot drift apart. Set `parameters` on
 * the statement; each condition's parameters are renamed so that several sit in one statement.
 */
export interface CaseConditions {
  /** Recorded in the period: the link's from/to (recordedFrom/recordedBefore). */
  inPeriod: string;
  /** The link's state=OPEN. */
  isOpen: string;
  /** The link's overdue=1 (REP-3: a police report required, not made, its due time before now). */
  deadlinePassed: string;
  /** The link's breach=ANY. */
  hasBreach: string;
  /** The link's breach=CODE (REP-4). */
  breachOf: Record<BreachCode, string>;
  parameters: Parameters;
}

export function caseConditions(q: OversightQuery): CaseConditions {
  const parameters: Parameters = {};
  const condition = (filter: CaseFilterValues, key: string): string => {
    const built = caseFilterCondition(filter, q.now, q.policy);
    const renamed = (name: string) => `${name}_${key}`;
    for (const [name, value] of Object.entries(built.parameters)) parameters[renamed(name)] = value;
    return `(${built.sql.replace(/:(\.\.\.)?(\w+)/g, (_, spread: string | undefined, name: string) =>
      name in built.parameters ? `:${spread ?? ''}${renamed(name)}` : `:${spread ?? ''}${name}`,
    )})`;
  };
  const open = parseCaseListParams({ state: 'OPEN' }, q.policy.timeZone);
  return {
    inPeriod: condition({ recordedFrom: q.range.start, recordedBefore: q.range.end }, 'period'),
    isOpen: condition({ states: open.ok ? open.value.states : null }, 'open'),
    deadlinePassed: condition({ policeDeadlinePassed: true }, 'overdue'),
    hasBreach: condition({ hasBreach: true }, 'breach'),
    breachOf: Object.fromEntries(
      BREACH_CODES.map((code) => [
        code,
        // has_breach is stored as "a breach is recorded" (stored-reporting.ts): the same rows, found sooner.
        `(incident.has_breach AND ${condition({ breachCode: code }, code.toLowerCase())})`,
      ]),
    ) as Record<BreachCode, string>,
    parameters,
  };
}

/** Now, for the staff figures' due dates (VET-9, VET-10). */
export const timeParameters = (q: OversightQuery): Parameters => ({ ovNow: q.now });

/**
 * VET-11: the misconduct cases of a status (the figure's OPEN) the viewer could open, as conditions on
 * `mc` (joined `ms`, `mi`): the dashboard's figure and the list `misconductCases` both use these.
 */
export function misconductConditions(
  q: InstitutionQuery,
  parameters: Parameters,
  status: MisconductCaseStatus = 'OPEN',
): string[] {
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
  parameters.ovMisStatus = status;
  const conditions = ['mc.status = :ovMisStatus', visible.length ? `(${visible.join(' OR ')})` : 'FALSE'];
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
