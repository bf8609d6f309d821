import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import type {
  InstitutionKind,
  MisconductCaseFilter,
  MisconductCaseStatus,
  SupervisingSection,
} from '../../../gql/graphql';

export const MISCONDUCT_STATUSES: readonly MisconductCaseStatus[] = ['OPEN', 'DECIDED'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * ?section=&institutionKind=&street=&institution=&status= (paths.staffMisconduct) → the misconductCases
 * filter; unknown values are ignored, and the status is OPEN unless DECIDED is asked for.
 */
export function parseMisconductFilter(params: URLSearchParams): MisconductCaseFilter {
  const section = params.get('section') as SupervisingSection | null;
  const institutionKind = params.get('institutionKind') as InstitutionKind | null;
  const street = params.get('street')?.trim().slice(0, 40);
  const institution = params.get('institution');
  const status = params.get('status') as MisconductCaseStatus | null;
  return {
    ...(section && (SUPERVISING_SECTIONS as readonly string[]).includes(section) ? { section } : {}),
    ...(institutionKind && (INSTITUTION_KINDS as readonly string[]).includes(institutionKind)
      ? { institutionKind }
      : {}),
    ...(street ? { street } : {}),
    ...(institution && UUID.test(institution) ? { institutionId: institution } : {}),
    status: status && MISCONDUCT_STATUSES.includes(status) ? status : 'OPEN',
  };
}
