import { CASE_LIST_PARAMS, parseCaseListParams, type CaseListParam } from '@xiaohu/domain';
import type { CaseFilter, CaseOrder } from '../../../gql/graphql';

/** The case list's link (contract 2 of issue 10): every parameter a string, absent when not set. */
export type CaseListQuery = Partial<Record<CaseListParam, string>>;

const DISTRICT_TIME_ZONE = 'Asia/Shanghai';
export const CASES_EXPORT_URL = '/api/cases/export';

/** The list's parameters from the URL; unknown ones are left out, empty ones are absent. */
export function caseQueryFromSearch(search: URLSearchParams): CaseListQuery {
  const query: CaseListQuery = {};
  for (const name of CASE_LIST_PARAMS) {
    const value = search.get(name)?.trim();
    if (value) query[name] = value;
  }
  return query;
}

/** The same query as URL parameters, in the contract's order. */
export function toSearchParams(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of CASE_LIST_PARAMS) {
    const value = query[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}

export type CasesVariables =
  | { ok: true; filter: CaseFilter; orderBy: CaseOrder }
  | { ok: false; param: CaseListParam; filter: CaseFilter; orderBy: CaseOrder };

/**
 * The `cases` variables for a link, read by the domain's parser (the API's export reads it the same way):
 * dates are whole days in the district's time zone. A link it cannot read asks for the unfiltered list and
 * names the parameter.
 */
export function toCasesVariables(query: CaseListQuery): CasesVariables {
  const parsed = parseCaseListParams(query, DISTRICT_TIME_ZONE);
  if (!parsed.ok) return { ok: false, param: parsed.param, filter: {}, orderBy: 'RECORDED_AT_DESC' };
  const { order, recordedFrom, recordedBefore, ...rest } = parsed.value;
  const filter: CaseFilter = {
    ...rest,
    recordedFrom: recordedFrom?.toISOString() ?? null,
    recordedBefore: recordedBefore?.toISOString() ?? null,
  };
  return { ok: true, filter, orderBy: order };
}

/** Whether anything narrows the list (the order alone does not). */
export function isCaseQueryFiltered(query: CaseListQuery): boolean {
  return CASE_LIST_PARAMS.some((name) => name !== 'sort' && Boolean(query[name]));
}

/** A key that changes with the filter or the order: a new one starts again at page 1. */
export function caseQueryKey(query: CaseListQuery): string {
  return toSearchParams(query).toString();
}

/** The Excel export of exactly this list (same parameters). */
export function caseExportUrl(query: CaseListQuery): string {
  const search = toSearchParams(query).toString();
  return search ? `${CASES_EXPORT_URL}?${search}` : CASES_EXPORT_URL;
}
