import {
  INSTITUTION_KINDS,
  supervisingSection,
  type BreachCode,
  type DistrictPolicy,
  type IncidentCategory,
  type InstitutionKind,
  type ReportingStatus,
  type SupervisingSection,
} from '@xiaohu/domain';
import { reportingStatusCondition } from './stored-reporting';

/** The conditions of the case list (contract 1 of issue 10); every field optional, all must hold. */
export interface CaseFilterValues {
  states?: readonly string[] | null;
  status?: ReportingStatus | null;
  hasBreach?: boolean | null;
  institutionId?: string | null;
  section?: SupervisingSection | null;
  institutionKind?: InstitutionKind | null;
  street?: string | null;
  categories?: readonly IncidentCategory[] | null;
  recordedFrom?: Date | null;
  recordedBefore?: Date | null;
  breachCode?: BreachCode | null;
  policeDeadlinePassed?: boolean | null;
}

/** A SQL condition on the alias `incident` with TypeORM's named parameters (`:name`, `:...list`). */
export interface SqlCondition {
  sql: string;
  parameters: Record<string, unknown>;
}

export const STREET_MAX_LENGTH = 40;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a filter cannot be asked, in words for the caller; null when it can. */
export function caseFilterProblem(filter: CaseFilterValues | null | undefined): string | null {
  if (!filter) return null;
  const { recordedFrom, recordedBefore, street } = filter;
  if (recordedFrom && Number.isNaN(recordedFrom.getTime())) return 'recordedFrom is not a valid instant';
  if (recordedBefore && Number.isNaN(recordedBefore.getTime()))
    return 'recordedBefore is not a valid instant';
  if (recordedFrom && recordedBefore && recordedFrom.getTime() >= recordedBefore.getTime())
    return 'recordedFrom must be before recordedBefore';
  if (street !== null && street !== undefined && (street.trim() === '' || street.length > STREET_MAX_LENGTH))
    return `street must be 1 to ${STREET_MAX_LENGTH} characters`;
  return null;
}

/** ORG-1: the institution kinds a section supervises, from the domain's responsibility matrix. */
export function kindsOfSection(section: SupervisingSection, policy: DistrictPolicy): InstitutionKind[] {
  return INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === section);
}

/**
 * The case list's filter as ONE SQL condition on `incident` (TRUE when nothing narrows). The list
 * (`cases`, the Excel export) and the oversight aggregates count with it, so that a figure equals the
 * count of the list it links to. Who may see which case is not here: combine with `whereCaseVisible`.
 * Institution conditions (section, kind, street) are one semi-join on `institution`; a breach code is a
 * semi-join on `incident_breach`; the reporting status and the police deadline read the stored columns
 * at `now` (stored-reporting.ts). Validate first with `caseFilterProblem`.
 */
export function caseFilterCondition(
  filter: CaseFilterValues | null | undefined,
  now: Date,
  policy: DistrictPolicy,
): SqlCondition {
  const parts: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (!filter) return { sql: 'TRUE', parameters };
  if (filter.institutionId) {
    // A malformed id matches nothing, as a missing institution does.
    parts.push('incident.institution_id = :cfInstitutionId');
    parameters.cfInstitutionId = UUID.test(filter.institutionId) ? filter.institutionId : null;
  }
  if (filter.states?.length) {
    parts.push('incident.state IN (:...cfStates)');
    parameters.cfStates = filter.states;
  }
  if (filter.hasBreach === true) parts.push('incident.has_breach');
  if (filter.hasBreach === false) parts.push('NOT incident.has_breach');
  if (filter.status) {
    const status = reportingStatusCondition(filter.status, now);
    parts.push(status.sql);
    Object.assign(parameters, status.parameters);
  }
  const institution = institutionConditions(filter, policy, parameters);
  if (institution.length > 0) {
    parts.push(
      `incident.institution_id IN (SELECT cf_institution.id FROM institution cf_institution WHERE ${institution.join(' AND ')})`,
    );
  }
  if (filter.categories?.length) {
    parts.push('incident.category IN (:...cfCategories)');
    parameters.cfCategories = filter.categories;
  }
  if (filter.recordedFrom) {
    parts.push('incident.recorded_at >= :cfRecordedFrom');
    parameters.cfRecordedFrom = filter.recordedFrom;
  }
  if (filter.recordedBefore) {
    parts.push('incident.recorded_at < :cfRecordedBefore');
    parameters.cfRecordedBefore = filter.recordedBefore;
  }
  if (filter.breachCode) {
    parts.push(
      'EXISTS (SELECT 1 FROM incident_breach cf_breach WHERE cf_breach.incident_id = incident.id AND cf_breach.code = :cfBreachCode)',
    );
    parameters.cfBreachCode = filter.breachCode;
  }
  if (filter.policeDeadlinePassed !== null && filter.policeDeadlinePassed !== undefined) {
    // REP-3: police_report_due_at is stored only when a police report is required.
    const passed =
      '(incident.police_reported_at IS NULL AND incident.police_report_due_at IS NOT NULL AND incident.police_report_due_at < :cfNow)';
    parts.push(filter.policeDeadlinePassed ? passed : `NOT ${passed}`);
    parameters.cfNow = now;
  }
  return { sql: parts.length > 0 ? parts.map((p) => `(${p})`).join(' AND ') : 'TRUE', parameters };
}

function institutionConditions(
  filter: CaseFilterValues,
  policy: DistrictPolicy,
  parameters: Record<string, unknown>,
): string[] {
  const conditions: string[] = [];
  if (filter.section) {
    const kinds = kindsOfSection(filter.section, policy);
    if (kinds.length === 0) conditions.push('FALSE');
    else {
      conditions.push('cf_institution.kind IN (:...cfSectionKinds)');
      parameters.cfSectionKinds = kinds;
    }
  }
  if (filter.institutionKind) {
    conditions.push('cf_institution.kind = :cfInstitutionKind');
    parameters.cfInstitutionKind = filter.institutionKind;
  }
  if (filter.street) {
    conditions.push('cf_institution.street = :cfStreet');
    parameters.cfStreet = filter.street;
  }
  return conditions;
}
