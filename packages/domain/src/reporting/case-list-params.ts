import {
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  type InstitutionKind,
  type SupervisingSection,
} from '../organisation/organisation.types';
import { fromZoned } from '../shared/zoned-time';
import {
  BREACH_CODES,
  INCIDENT_CATEGORIES,
  type BreachCode,
  type IncidentCategory,
  type IncidentState,
  type ReportingStatus,
} from './reporting.types';

/**
 * The case list's link parameters (issue 10, contract 2): what the list page keeps in its URL, what the
 * dashboard links with and what the Excel export reads. All strings; `from`/`to` are calendar dates in
 * the district's time zone, `to` inclusive.
 */
export const CASE_LIST_PARAMS = [
  'institution',
  'section',
  'kind',
  'street',
  'category',
  'from',
  'to',
  'state',
  'status',
  'breach',
  'overdue',
  'sort',
] as const;
export type CaseListParam = (typeof CASE_LIST_PARAMS)[number];
export type CaseListParams = Partial<Record<CaseListParam, string | null>>;

export const CASE_LIST_ORDERS = ['RECORDED_AT_DESC', 'RECORDED_AT_ASC', 'POLICE_DUE_ASC'] as const;
export type CaseListOrder = (typeof CASE_LIST_ORDERS)[number];
export const CASE_LIST_STATES = ['OPEN', 'CLOSED'] as const;
const REPORTING_STATUSES: readonly ReportingStatus[] = ['COMPLIANT', 'AWAITING_POLICE_REPORT', 'IN_BREACH'];
const OPEN_STATES: IncidentState[] = ['REPORTED', 'HEAD_NOTIFIED', 'POLICE_REPORTED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const STREET_MAX = 40;

/** The list's conditions, as the API's CaseFilter and orderBy take them. */
export interface CaseListCriteria {
  institutionId: string | null;
  section: SupervisingSection | null;
  institutionKind: InstitutionKind | null;
  street: string | null;
  categories: IncidentCategory[] | null;
  recordedFrom: Date | null;
  recordedBefore: Date | null;
  states: IncidentState[] | null;
  status: ReportingStatus | null;
  hasBreach: boolean | null;
  breachCode: BreachCode | null;
  policeDeadlinePassed: boolean | null;
  order: CaseListOrder;
}

export type CaseListParamsResult =
  { ok: true; value: CaseListCriteria } | { ok: false; param: CaseListParam; message: string };

const oneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);

/** A calendar date's first instant in the zone; `nextDay` moves to the next one (for an inclusive end). */
function startOfDate(value: string, timeZone: string, nextDay: boolean): Date | null {
  const match = DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return null;
  const next = new Date(Date.UTC(year, month - 1, day + (nextDay ? 1 : 0)));
  return fromZoned(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: 0,
      minute: 0,
      second: 0,
    },
    timeZone,
  );
}

/**
 * REP-3, REP-4, ORG-1: reads the list's link parameters into criteria, or names the first parameter that
 * cannot be read. Absent or empty parameters do not narrow; `category` may list several, comma-separated;
 * `breach` is a breach code or ANY; `overdue=1` means past the police deadline now.
 */
export function parseCaseListParams(params: CaseListParams, timeZone: string): CaseListParamsResult {
  const get = (name: CaseListParam) => params[name]?.trim() || null;
  const refuse = (param: CaseListParam, message: string) => ({ ok: false as const, param, message });
  const institution = get('institution');
  if (institution && !UUID.test(institution)) return refuse('institution', 'institution is not a valid id');
  const section = get('section');
  if (section && !oneOf(SUPERVISING_SECTIONS, section))
    return refuse('section', `unknown section ${section}`);
  const kind = get('kind');
  if (kind && !oneOf(INSTITUTION_KINDS, kind)) return refuse('kind', `unknown institution kind ${kind}`);
  const street = get('street');
  if (street && street.length > STREET_MAX)
    return refuse('street', `street is over ${STREET_MAX} characters`);
  const categories =
    get('category')
      ?.split(',')
      .map((c) => c.trim()) ?? null;
  const badCategory = categories?.find((c) => !oneOf(INCIDENT_CATEGORIES, c));
  if (badCategory !== undefined) return refuse('category', `unknown category ${badCategory}`);
  const from = get('from');
  const recordedFrom = from ? startOfDate(from, timeZone, false) : null;
  if (from && !recordedFrom) return refuse('from', 'from must be a date YYYY-MM-DD');
  const to = get('to');
  const recordedBefore = to ? startOfDate(to, timeZone, true) : null;
  if (to && !recordedBefore) return refuse('to', 'to must be a date YYYY-MM-DD');
  if (recordedFrom && recordedBefore && recordedFrom >= recordedBefore)
    return refuse('to', 'to must not be before from');
  const state = get('state');
  if (state && !oneOf(CASE_LIST_STATES, state)) return refuse('state', `unknown state ${state}`);
  const status = get('status');
  if (status && !oneOf(REPORTING_STATUSES, status)) return refuse('status', `unknown status ${status}`);
  const breach = get('breach');
  if (breach && breach !== 'ANY' && !oneOf(BREACH_CODES, breach))
    return refuse('breach', `unknown breach ${breach}`);
  const overdue = get('overdue');
  if (overdue && overdue !== '1') return refuse('overdue', 'overdue must be 1');
  const sort = get('sort');
  if (sort && !oneOf(CASE_LIST_ORDERS, sort)) return refuse('sort', `unknown order ${sort}`);
  return {
    ok: true,
    value: {
      institutionId: institution,
      section: section as SupervisingSection | null,
      institutionKind: kind as InstitutionKind | null,
      street,
      categories: categories as IncidentCategory[] | null,
      recordedFrom,
      recordedBefore,
      states: state === 'OPEN' ? OPEN_STATES : state === 'CLOSED' ? ['CLOSED'] : null,
      status: status as ReportingStatus | null,
      hasBreach: breach === 'ANY' ? true : null,
      breachCode: breach && breach !== 'ANY' ? (breach as BreachCode) : null,
      policeDeadlinePassed: overdue ? true : null,
      order: (sort as CaseListOrder | null) ?? 'RECORDED_AT_DESC',
    },
  };
}
