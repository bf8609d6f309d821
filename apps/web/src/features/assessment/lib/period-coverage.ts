import type { InstitutionKind, OpenAssessmentPeriodInput, UnitCode } from '../../../gql/graphql';
import type { MessageKey, Translate } from '../../../i18n/i18n';

/** ACC-1: which institutions a new period covers; every one by default. */
export type CoverageMode = 'ALL' | 'SECTION' | 'KINDS' | 'LIST';
export const COVERAGE_MODES: readonly CoverageMode[] = ['ALL', 'SECTION', 'KINDS', 'LIST'];
// ORG-1: the sections that supervise institutions.
export const SECTIONS: readonly UnitCode[] = ['BASIC', 'PRESCHOOL', 'VOCATIONAL'];
export const KINDS: readonly InstitutionKind[] = [
  'PRIMARY',
  'SECONDARY',
  'KINDERGARTEN',
  'VOCATIONAL_SCHOOL',
  'TRAINING_INSTITUTION',
  'SPECIAL_EDUCATION',
];

export interface PickedInstitution {
  id: string;
  name: string;
}

export interface CoverageChoice {
  mode: CoverageMode;
  section: UnitCode | null;
  kinds: InstitutionKind[];
  institutions: PickedInstitution[];
}

export const ALL_INSTITUTIONS: CoverageChoice = { mode: 'ALL', section: null, kinds: [], institutions: [] };

/** The field at fault and its message, or null when the choice covers something. */
export function coverageProblem(choice: CoverageChoice): { field: string; key: MessageKey } | null {
  if (choice.mode === 'SECTION' && !choice.section)
    return { field: 'section', key: 'assessment.open.invalid.section' };
  if (choice.mode === 'KINDS' && choice.kinds.length === 0)
    return { field: 'kinds', key: 'assessment.open.invalid.kinds' };
  if (choice.mode === 'LIST' && choice.institutions.length === 0)
    return { field: 'institutionIds', key: 'assessment.open.invalid.institutionIds' };
  return null;
}

/** What the API is sent for the chosen mode only; the other modes' leftovers are dropped. */
export function coverageInput(
  choice: CoverageChoice,
): Pick<OpenAssessmentPeriodInput, 'section' | 'kinds' | 'institutionIds'> {
  return {
    section: choice.mode === 'SECTION' ? choice.section : null,
    kinds: choice.mode === 'KINDS' ? KINDS.filter((k) => choice.kinds.includes(k)) : null,
    institutionIds: choice.mode === 'LIST' ? choice.institutions.map((i) => i.id) : null,
  };
}

const SHOWN_NAMES = 5;

/** What will be covered, in words, for the confirmation step. */
export function coverageSummary(choice: CoverageChoice, t: Translate): string {
  switch (choice.mode) {
    case 'ALL':
      return t('assessment.open.summary.ALL');
    case 'SECTION':
      return t('assessment.open.summary.SECTION', { section: t(`unit.${choice.section ?? 'BASIC'}`) });
    case 'KINDS':
      return t('assessment.open.summary.KINDS', {
        kinds: KINDS.filter((k) => choice.kinds.includes(k))
          .map((k) => t(`kind.${k}`))
          .join(t('assessment.open.summary.separator')),
      });
    case 'LIST': {
      const names = choice.institutions.slice(0, SHOWN_NAMES).map((i) => i.name);
      const more = choice.institutions.length - names.length;
      return t(more > 0 ? 'assessment.open.summary.LIST_MORE' : 'assessment.open.summary.LIST', {
        count: choice.institutions.length,
        names: names.join(t('assessment.open.summary.separator')),
        more,
      });
    }
  }
}

/** The school year of the summary: the one typed, or the current one. */
export function yearSummary(schoolYear: number | null, t: Translate): string {
  return schoolYear === null
    ? t('assessment.open.summary.currentYear')
    : t('assessment.open.summary.year', { from: schoolYear, to: schoolYear + 1 });
}

/** A typed school year, null when left empty, or 'INVALID'. */
export function parseSchoolYear(text: string): number | null | 'INVALID' {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const year = Number(trimmed);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : 'INVALID';
}

/** The server's refusal of the chosen coverage or year, in the viewer's language. */
export function refusalKey(field: string | null): MessageKey {
  switch (field) {
    case 'section':
    case 'kinds':
    case 'institutionIds':
    case 'schoolYear':
    case 'name':
      return `assessment.open.refused.${field}`;
    default:
      return 'assessment.open.failed';
  }
}
