import { paths } from '../../../app/paths';
import type { GapFixPath } from '../../../gql/graphql';

/** Where the server says a gap is fixed, as a path of this app (null when the target is not the viewer's to open). */
export function gapLink(fixPath: GapFixPath, targetId: string | null, institutionId?: string): string | null {
  const links: Record<GapFixPath, () => string | null> = {
    PLACES: () => paths.places(institutionId),
    CARE_RECORDS_LEGAL: () => paths.careRecords('legal', institutionId),
    CARE_RECORDS_COURSES: () => paths.careRecords('courses', institutionId),
    CARE_RECORDS_TEACHING_PLAN: () => paths.careRecords('teaching-plan', institutionId),
    CARE_RECORDS_COUNSELLING: () => paths.careRecords('counselling', institutionId),
    CARE_RECORDS_BULLYING: () => paths.careRecords('bullying', institutionId),
    TRAINING_LAW_AND_ETHICS: () => paths.trainingCoverage('LAW_AND_ETHICS', institutionId),
    TRAINING_STAFF_MENTAL_HEALTH: () => paths.trainingCoverage('STAFF_MENTAL_HEALTH', institutionId),
    TRAINING_BULLYING_PREVENTION: () =>
      paths.trainingCoverage('BULLYING_PREVENTION_FOR_HEAD_TEACHERS', institutionId),
    CHILD_FILE: () => (targetId ? paths.childFile(targetId) : null),
    CASE: () => (targetId ? paths.case(targetId) : null),
  };
  return links[fixPath]();
}
