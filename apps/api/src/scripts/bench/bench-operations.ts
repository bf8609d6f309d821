import type { OperationKind } from './bench-stats';
import { OPEN_STATES } from './raw-queries';

// What `npm run bench` asks (issue 15): every read operation of the schema that the four benchmarked roles
// use, each list with its common filters. The selections are what the raw baseline (raw-queries.ts)
// answers field for field; a change here needs the same change there (the smoke test holds them together).

const PAGE = 'pageInfo { hasNextPage endCursor }';
const INSTITUTION = 'id name kind address headName';
const CASE = 'id institutionId institutionName category state recordedAt isChildInDanger';
const STAFF = 'id name idNumberMasked role status post employmentType hasStudentAccess startedAt';

/** Ids and a search term the role can see, found through the API before measuring. */
export interface SampleIds {
  institutionId: string;
  caseId: string;
  staffId: string;
  /** The first two characters of a visible staff member's name. */
  nameSearch: string;
}

export interface BenchOperation {
  /** As printed, e.g. `cases open`. */
  label: string;
  operationName: string;
  kind: OperationKind;
  /** Lists run at each page size; reads by id once. */
  isList: boolean;
  /** False when the raw baseline has no answer for it yet: the API is measured alone. */
  hasRaw: boolean;
  query: string;
  variables(ids: SampleIds, pageSize: number): Record<string, unknown>;
}

const INSTITUTIONS_QUERY = `query BenchInstitutions($first: Int!) {
  institutions(first: $first) { totalCount ${PAGE} edges { cursor node { ${INSTITUTION} } } }
}`;
const CASES_QUERY = `query BenchCases($first: Int!, $filter: CaseFilter) {
  cases(first: $first, filter: $filter) { totalCount isTotalCountCapped ${PAGE} edges { cursor node { ${CASE} } } }
}`;
const STAFF_QUERY = `query BenchStaff($first: Int!, $filter: StaffFilter) {
  staff(first: $first, filter: $filter) { totalCount ${PAGE} edges { cursor node { ${STAFF} } } }
}`;

// Issue 10: the dashboard over the role's scope; the page size is the institution table's.
const OVERSIGHT_QUERY = `query BenchOversight($first: Int!, $filter: OversightFilter) {
  oversight(filter: $filter, table: { first: $first }) {
    indicators { id value rag } trend { month category count } timeToPolice { fromMinutes count }
    breachesBySection { section breach count } coverageByKind { kind activeStaff currentStaff }
    table { totalCount rows { institution { id name } cells { id value rag } } }
  }
}`;

const list = (
  label: string,
  operationName: string,
  query: string,
  filter: (ids: SampleIds) => Record<string, unknown> | null = () => null,
  kind: OperationKind = 'LIST',
): BenchOperation => ({
  label,
  operationName,
  kind,
  isList: true,
  hasRaw: true,
  query,
  variables: (ids, first) => {
    const chosen = filter(ids);
    return chosen ? { first, filter: chosen } : { first };
  },
});

const byId = (label: string, operationName: string, query: string, id: (ids: SampleIds) => string) => ({
  label,
  operationName,
  kind: 'BY_ID' as const,
  isList: false,
  hasRaw: true,
  query,
  variables: (ids: SampleIds) => ({ id: id(ids) }),
});

export const BENCH_OPERATIONS: readonly BenchOperation[] = [
  list('institutions', 'BenchInstitutions', INSTITUTIONS_QUERY),
  byId(
    'institution(id)',
    'BenchInstitution',
    `query BenchInstitution($id: ID!) { institution(id: $id) { ${INSTITUTION} } }`,
    (ids) => ids.institutionId,
  ),
  list('cases', 'BenchCases', CASES_QUERY),
  list('cases open', 'BenchCases', CASES_QUERY, () => ({ states: OPEN_STATES })),
  list('cases IN_BREACH', 'BenchCases', CASES_QUERY, () => ({ status: 'IN_BREACH' })),
  list('cases hasBreach', 'BenchCases', CASES_QUERY, () => ({ hasBreach: true })),
  list('cases institution', 'BenchCases', CASES_QUERY, (ids) => ({ institutionId: ids.institutionId })),
  byId(
    'case(id)',
    'BenchCase',
    `query BenchCase($id: ID!) { case(id: $id) { ${CASE} } }`,
    (ids) => ids.caseId,
  ),
  list('staff', 'BenchStaff', STAFF_QUERY),
  list('staff name search', 'BenchStaff', STAFF_QUERY, (ids) => ({ search: ids.nameSearch }), 'NAME_SEARCH'),
  byId(
    'staffMember(id)',
    'BenchStaffMember',
    `query BenchStaffMember($id: ID!) { staffMember(id: $id) { ${STAFF} } }`,
    (ids) => ids.staffId,
  ),
  list(
    'dueChecks',
    'BenchDueChecks',
    `query BenchDueChecks($first: Int!) {
  dueChecks(first: $first) { totalCount overdueCount items { kind staffId staffName institutionName dueAt isOverdue } }
}`,
  ),
  list(
    'myNotifications',
    'BenchNotifications',
    `query BenchNotifications($first: Int!) {
  myNotifications(first: $first) { unreadCount ${PAGE} edges { cursor node { id kind caseId title createdAt readAt } } }
}`,
  ),
  list(
    'auditEvents',
    'BenchAuditEvents',
    `query BenchAuditEvents($first: Int!) {
  auditEvents(first: $first) { ${PAGE} edges { cursor node { id occurredAt actorUsername action targetType targetId outcome } } }
}`,
  ),
  list('oversight month', 'BenchOversight', OVERSIGHT_QUERY, () => ({ period: 'MONTH' })),
  list('oversight school year', 'BenchOversight', OVERSIGHT_QUERY, () => ({ period: 'SCHOOL_YEAR' })),
  {
    label: 'me',
    operationName: 'BenchMe',
    kind: 'BY_ID',
    isList: false,
    hasRaw: true,
    query: 'query BenchMe { me { id username displayName role unit } }',
    variables: () => ({}),
  },
];

/** The benchmarked people (demo accounts): a head, a section member, 安稳办 and leadership. */
export const BENCH_ROLES = ['head.primary', 'basic', 'safety', 'leader'] as const;

/**
 * Requests that find the sample ids of a role (first rows of its lists), one list each: a list the role may
 * not ask nulls the whole answer (its connection is non-null).
 */
export const SAMPLE_QUERIES = [
  'query BenchSampleInstitution { institutions(first: 1) { edges { node { id } } } }',
  'query BenchSampleCase { cases(first: 1) { edges { node { id } } } }',
  'query BenchSampleStaff { staff(first: 1) { edges { node { id name } } } }',
] as const;

// A well-formed id that matches nothing: a role that sees no row still reads "by id" (answered null, audited).
const NO_ROW = '00000000-0000-4000-8000-000000000000';

export function sampleIdsFrom(data: {
  institutions?: { edges: { node: { id: string } }[] } | null;
  cases?: { edges: { node: { id: string } }[] } | null;
  staff?: { edges: { node: { id: string; name: string } }[] } | null;
}): SampleIds {
  const name = data.staff?.edges[0]?.node.name ?? '王丽';
  return {
    institutionId: data.institutions?.edges[0]?.node.id ?? NO_ROW,
    caseId: data.cases?.edges[0]?.node.id ?? NO_ROW,
    staffId: data.staff?.edges[0]?.node.id ?? NO_ROW,
    nameSearch: [...name].slice(0, 2).join(''),
  };
}
