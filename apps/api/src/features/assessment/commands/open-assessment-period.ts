import {
  assessmentPeriodsAccess,
  INSTITUTION_KINDS,
  schoolYearPeriod,
  SUPERVISING_SECTIONS,
  supervisingSection,
  toZoned,
  type DistrictPolicy,
  type InstitutionKind,
} from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { toAccessActor } from '../../../shared/auth/actor';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { AssessmentPeriodEntity } from '../assessment-period.entity';
import type { OpenAssessmentPeriodInput } from '../assessment.inputs';
import { isUuid, readPeriods } from '../assessment-queries.service';
import { AssessmentForbiddenError } from '../assessment.results';

const MAX_LISTED = 2000;

/** ACC-1: the school year containing `now` (it starts in policy.schoolYearStartMonth). */
function currentSchoolYear(now: Date, policy: DistrictPolicy): number {
  const year = toZoned(now, policy.timeZone).year;
  return now.getTime() < schoolYearPeriod(year, policy).start.getTime() ? year - 1 : year;
}

/** The kinds a period covers: a section's (ORG-1), the kinds asked for, or every kind. */
function coveredKinds(input: OpenAssessmentPeriodInput, policy: DistrictPolicy): InstitutionKind[] {
  const bySection = input.section
    ? INSTITUTION_KINDS.filter((k) => supervisingSection(k, policy).unit === input.section)
    : INSTITUTION_KINDS;
  const asked = input.kinds?.length ? input.kinds : INSTITUTION_KINDS;
  return bySection.filter((k) => asked.includes(k));
}

const sectionList = SUPERVISING_SECTIONS.join(', ');

/** ACC-1, ORG-1: why the chosen coverage cannot be opened before anything is read, or null. */
function coverageRefusal(
  input: OpenAssessmentPeriodInput,
  ids: string[],
  policy: DistrictPolicy,
): ValidationError | null {
  if (input.section && !(SUPERVISING_SECTIONS as readonly string[]).includes(input.section))
    return ValidationError.of('section', `${input.section} supervises no institution; one of ${sectionList}`);
  if (input.section && input.kinds?.length && coveredKinds(input, policy).length === 0)
    return ValidationError.of('kinds', `None of these kinds is supervised by ${input.section} (ORG-1)`);
  if (ids.length > MAX_LISTED)
    return ValidationError.of('institutionIds', `At most ${MAX_LISTED} institutions may be listed`);
  if (ids.some((id) => !isUuid(id)))
    return ValidationError.of('institutionIds', 'An institution id is not a valid id');
  return null;
}

/** ACC-1: nothing covered, or a listed institution left out (unknown, or outside the section or kinds). */
function uncoveredRefusal(
  input: OpenAssessmentPeriodInput,
  ids: string[],
  covered: number,
): ValidationError | null {
  if (ids.length > 0 && covered < ids.length) {
    const scope = input.section || input.kinds?.length ? ' or outside the chosen section and kinds' : '';
    return ValidationError.of(
      'institutionIds',
      `${ids.length - covered} of the ${ids.length} listed institutions do not exist${scope}`,
    );
  }
  if (covered === 0) {
    const field = input.kinds?.length ? 'kinds' : input.section ? 'section' : 'institutionIds';
    return ValidationError.of(field, 'No institution of the chosen section and kinds exists');
  }
  return null;
}

/**
 * ACC-1: 督导室 opens an assessment period (the school year by default) over a set of institutions: one
 * row each, inserted by one statement. Evidence and verdicts are computed from the records when read.
 */
export async function openAssessmentPeriod(context: RequestContext, input: OpenAssessmentPeriodInput) {
  const now = context.clock.now();
  const policy = context.policy;
  const isCustom = Boolean(input.startsAt || input.endsAt);
  const schoolYear = input.schoolYear ?? currentSchoolYear(now, policy);
  const isYearValid = Number.isInteger(schoolYear) && schoolYear >= 2000 && schoolYear <= 2100;
  // A year far out of range would not make a date: refused below, never computed.
  const period = isCustom
    ? { start: input.startsAt ?? null, end: input.endsAt ?? null }
    : isYearValid
      ? schoolYearPeriod(schoolYear, policy)
      : { start: null, end: null };
  const name = boundedText(
    input.name ?? (isCustom ? null : `${schoolYear}-${schoolYear + 1}学年度学校保护工作考核`),
    'name',
    'assessmentPeriodName',
    true,
  );
  const ids = [...new Set(input.institutionIds ?? [])];
  return runCommand(context, {
    action: 'assessment.openPeriod',
    targetType: 'assessmentPeriod',
    targetId: null,
    validate: () =>
      firstInvalid(name) ??
      (!isYearValid
        ? ValidationError.of('schoolYear', 'A school year is its starting year, 2000 to 2100')
        : !period.start || !period.end || period.start.getTime() >= period.end.getTime()
          ? ValidationError.of('endsAt', 'A period needs a start before its end')
          : coverageRefusal(input, ids, policy)),
    load: async () => ({}),
    authorize: (_loaded, actor) => {
      const permit = assessmentPeriodsAccess(toAccessActor(actor)).canOpenPeriod;
      return permit.allowed
        ? null
        : AssessmentForbiddenError.of('Only 督导室 opens assessment periods', permit.ruleId);
    },
    execute: async (manager, _loaded, actor) => {
      const kinds = coveredKinds(input, policy);
      const covered: { id: string }[] = await manager.query(
        `SELECT i.id FROM institution i
         WHERE i.kind = ANY($1::varchar[]) AND (cardinality($2::uuid[]) = 0 OR i.id = ANY($2::uuid[]))`,
        [kinds, ids],
      );
      const refusal = uncoveredRefusal(input, ids, covered.length);
      if (refusal) return { result: refusal, details: { field: refusal.field } };
      const { identifiers } = await manager.getRepository(AssessmentPeriodEntity).insert({
        name: name as string,
        startsAt: period.start!,
        endsAt: period.end!,
        coveredSection: (input.section as AssessmentPeriodEntity['coveredSection']) ?? null,
        coveredKinds: input.section || input.kinds?.length ? kinds : [],
        openedByAccountId: actor.accountId,
        openedAt: now,
      });
      const periodId = identifiers[0].id as string;
      await manager.query(
        'INSERT INTO assessment (period_id, institution_id) SELECT $1, unnest($2::uuid[])',
        [periodId, covered.map((c) => c.id)],
      );
      const [view] = await readPeriods(manager, actor, periodId);
      return { result: view, targetId: periodId, details: { institutions: covered.length, kinds } };
    },
  });
}
