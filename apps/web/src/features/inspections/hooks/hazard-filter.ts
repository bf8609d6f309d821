import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import type { HazardListQuery } from '../../../app/paths';
import type { HazardFilter, HazardStatus, InstitutionKind, SupervisingSection } from '../../../gql/graphql';
import { dayOfInstant, startOfDayInstant, startOfNextDayInstant } from '../../../shared/lib/dates';

export const HAZARD_STATUS_CHIPS: readonly HazardStatus[] = [
  'OVERDUE',
  'INCOMPLETE',
  'OPEN',
  'RECTIFIED_LATE',
  'RECTIFIED',
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ?status=&institution=&campaign=&section=&institutionKind=&street= (paths.hazards) → the hazards filter;
 * unknown values are ignored. `institutionKind` is the institution's kind, as on the staff lists.
 */
export function parseHazardFilter(params: URLSearchParams): HazardFilter {
  const statuses = (params.get('status') ?? '')
    .split(',')
    .filter((s): s is HazardStatus => (HAZARD_STATUS_CHIPS as readonly string[]).includes(s));
  const institution = params.get('institution');
  const campaign = params.get('campaign');
  const section = params.get('section') as SupervisingSection | null;
  const institutionKind = params.get('institutionKind') as InstitutionKind | null;
  const street = params.get('street')?.trim().slice(0, 40);
  // A periodic figure's period: both days or neither.
  const from = params.get('rectifiedFrom') ?? '';
  const to = params.get('rectifiedTo') ?? '';
  const isRectifiedPeriod = DAY.test(from) && DAY.test(to);
  return {
    statuses,
    institutionId: institution && UUID.test(institution) ? institution : null,
    campaignId: campaign && UUID.test(campaign) ? campaign : null,
    section: section && (SUPERVISING_SECTIONS as readonly string[]).includes(section) ? section : null,
    institutionKind:
      institutionKind && (INSTITUTION_KINDS as readonly string[]).includes(institutionKind)
        ? institutionKind
        : null,
    street: street || null,
    rectifiedFrom: isRectifiedPeriod ? startOfDayInstant(from) : null,
    rectifiedBefore: isRectifiedPeriod ? startOfNextDayInstant(to) : null,
  };
}

/** The filter back as the list's URL parameters (for its export). */
export function hazardListQuery(filter: HazardFilter): HazardListQuery {
  return {
    status: filter.statuses?.length ? filter.statuses.join(',') : undefined,
    institution: filter.institutionId ?? undefined,
    campaign: filter.campaignId ?? undefined,
    section: filter.section ?? undefined,
    institutionKind: filter.institutionKind ?? undefined,
    street: filter.street ?? undefined,
    rectifiedFrom: filter.rectifiedFrom ? dayOfInstant(filter.rectifiedFrom as string) : undefined,
    rectifiedTo: filter.rectifiedBefore
      ? dayOfInstant(new Date(new Date(filter.rectifiedBefore as string).getTime() - 1).toISOString())
      : undefined,
  };
}
