import {
  INSTITUTION_KINDS,
  SUPERVISING_SECTIONS,
  toZoned,
  type InstitutionKind,
  type SupervisingSection,
} from '@xiaohu/domain';
import { paths } from '../../../app/paths';
import type { IndicatorDrill, OversightFilter, PeriodKind } from '../../../gql/graphql';

const ZONE = 'Asia/Shanghai';
export const PERIODS: readonly PeriodKind[] = ['MONTH', 'TERM', 'SCHOOL_YEAR', 'CUSTOM'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's period and filters as they stand in its URL (contract 4). */
export interface DashboardFilter {
  period: PeriodKind;
  from?: string;
  to?: string;
  section?: SupervisingSection;
  kind?: InstitutionKind;
  street?: string;
}

/** ?period=&from=&to=&section=&kind=&street= → the filter; unknown values are ignored. */
export function parseDashboardFilter(params: URLSearchParams): DashboardFilter {
  const period = params.get('period') as PeriodKind | null;
  const section = params.get('section') as SupervisingSection | null;
  const kind = params.get('kind') as InstitutionKind | null;
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const street = params.get('street')?.trim().slice(0, 40);
  const isCustom = period === 'CUSTOM' && DATE.test(from) && DATE.test(to);
  return {
    period: period && PERIODS.includes(period) && (period !== 'CUSTOM' || isCustom) ? period : 'MONTH',
    ...(isCustom ? { from, to } : {}),
    ...(section && SUPERVISING_SECTIONS.includes(section) ? { section } : {}),
    ...(kind && INSTITUTION_KINDS.includes(kind) ? { kind } : {}),
    ...(street ? { street } : {}),
  };
}

/** The URL of the dashboard with this filter. */
export const dashboardPath = (filter: DashboardFilter): string =>
  paths.oversight({
    period: filter.period === 'MONTH' ? undefined : filter.period,
    from: filter.from,
    to: filter.to,
    section: filter.section,
    kind: filter.kind,
    street: filter.street,
  });

/** The API's filter. */
export const toOversightFilter = (filter: DashboardFilter): OversightFilter => ({
  period: filter.period,
  from: filter.from ?? null,
  to: filter.to ?? null,
  section: filter.section ?? null,
  institutionKind: filter.kind ?? null,
  street: filter.street ?? null,
});

const pad = (n: number) => String(n).padStart(2, '0');
/** An instant's calendar date in Shanghai, YYYY-MM-DD. */
export function shanghaiDate(instant: string | Date): string {
  const z = toZoned(new Date(instant), ZONE);
  return `${z.year}-${pad(z.month)}-${pad(z.day)}`;
}

/**
 * The list behind a figure, with the dashboard's filters and, for a periodic figure, the period: what the
 * API counted is what the list shows. Null when there is no list.
 */
export function drillPath(
  drill: IndicatorDrill,
  context: {
    filter: DashboardFilter;
    period: { start: string; end: string };
    isPeriodic: boolean;
    institutionId?: string;
  },
): string | null {
  const { filter } = context;
  // The dashboard's filters, and the row's institution in the table or on the card.
  const institution = {
    institution: context.institutionId,
    section: filter.section,
    street: filter.street,
  };
  switch (drill.list) {
    case 'CASES':
      return paths.cases({
        ...institution,
        kind: filter.kind,
        // A reading now (open, past the deadline) counts whatever the period: its list has no dates.
        ...(context.isPeriodic
          ? {
              from: shanghaiDate(context.period.start),
              to: shanghaiDate(new Date(new Date(context.period.end).getTime() - 1)),
            }
          : {}),
        state: drill.state ?? undefined,
        breach: drill.breach ?? undefined,
        overdue: drill.overdue ? '1' : undefined,
      });
    case 'DUE_CHECKS':
      // The due list's `kind` is the check's; the institution's kind is `institutionKind`.
      return paths.staffDue({
        kind: drill.dueKind ?? undefined,
        ...institution,
        institutionKind: filter.kind,
        overdue: drill.overdue ? '1' : undefined,
      });
    case 'STAFF':
      return paths.staff();
    case 'MISCONDUCT':
      // VET-11: the list's default status is OPEN, the figure's.
      return paths.staffMisconduct({ ...institution, institutionKind: filter.kind });
    case 'HAZARDS':
      // PRV-1: the hazard list with the statuses the figure counted (the API says which) and the filters.
      return paths.hazards({
        ...institution,
        institutionKind: filter.kind,
        status: drill.hazardStatuses.join(','),
        // A periodic figure (rectified on time) counts hazards rectified in the period.
        ...(context.isPeriodic
          ? {
              rectifiedFrom: shanghaiDate(context.period.start),
              rectifiedTo: shanghaiDate(new Date(new Date(context.period.end).getTime() - 1)),
            }
          : {}),
      });
    case 'CAMPAIGNS':
      return paths.inspections();
    case 'PLACES':
      // One institution's register, or the district overview with the dashboard's filters.
      return context.institutionId
        ? paths.places(context.institutionId)
        : paths.placesOverview({
            section: filter.section,
            institutionKind: filter.kind,
            street: filter.street,
          });
    case 'SURROUNDINGS':
      return paths.surroundings({
        ...institution,
        institutionKind: filter.kind,
        state: drill.state ?? undefined,
      });
    case 'PREVENTION_GAPS':
      // Issue 12: one institution's gaps, or the overview of every institution the viewer counts.
      return paths.preventionGaps(context.institutionId);
    case 'NONE':
      return null;
  }
}
