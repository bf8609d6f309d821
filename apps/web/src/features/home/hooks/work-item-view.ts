import type { MyWorkQuery } from '../../../gql/graphql';
import type { MessageKey, Translate } from '../../../i18n/i18n';
import { paths } from '../../../app/paths';

export type WorkItemRow = MyWorkQuery['myWork']['items'][number];

/** What one to-do item shows: its title in the viewer's language and where one click takes the viewer. */
export interface WorkItemView {
  title: string;
  to: string;
}

// Titles are built here from the API's parts (kind, category, name), never sent as text by the server.
const TITLE: Record<WorkItemRow['kind'], MessageKey> = {
  ACKNOWLEDGE_CASE: 'home.item.ACKNOWLEDGE_CASE',
  REPORT_TO_POLICE: 'home.item.REPORT_TO_POLICE',
  EMERGENCY_STEPS: 'home.item.EMERGENCY_STEPS',
  VETTING_CHECK_DUE: 'home.item.VETTING_CHECK_DUE',
  INTERVIEW_DUE: 'home.item.INTERVIEW_DUE',
};

/** The item's title and its target: the case for case items, the staff member for vetting items. */
export function workItemView(item: WorkItemRow, t: Translate): WorkItemView {
  const params = {
    category: item.caseCategory ? t(`incidents.category.${item.caseCategory}`) : '',
    count: item.openSteps.length,
    name: item.staffName ?? '',
    role: item.staffRole ? t(`staff.role.${item.staffRole}`) : '',
  };
  const to = item.caseId
    ? paths.case(item.caseId)
    : item.staffId
      ? paths.staffMember(item.staffId)
      : paths.home();
  return { title: t(TITLE[item.kind], params), to };
}
