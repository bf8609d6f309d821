import type { UnitCode, ViewerFieldsFragment } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';

// The server computes permissions and refuses anything else; these only choose which entry points show.

/** The 报告 button: staff of an institution (REPORT_INCIDENT). */
export function canReportIncident(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('REPORT_INCIDENT');
}

/** The cases entry (VIEW_INCIDENTS); which cases it lists is the server's scope. */
export function canViewIncidents(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('VIEW_INCIDENTS');
}

/** The words of the cases entry and list: the nav entry, the page title and its subtitle. */
export interface CaseListLabels {
  nav: MessageKey;
  title: MessageKey;
  subtitle: MessageKey;
}

const CASE_LIST: CaseListLabels = {
  nav: 'incidents.nav.cases',
  title: 'incidents.list.title',
  subtitle: 'incidents.list.subtitle',
};

// Labels only: 安稳办 reads the same list as the district's inbox (REP-8). Which cases it holds and
// what may be done on them is the server's; the API has no field for this title, so it is looked up by unit.
const CASE_LIST_BY_UNIT: Partial<Record<UnitCode, CaseListLabels>> = {
  SAFETY: {
    nav: 'incidents.nav.inbox',
    title: 'incidents.list.inboxTitle',
    subtitle: 'incidents.list.inboxSubtitle',
  },
};

/** The labels of the cases list for this viewer (the inbox for 安稳办). */
export function caseListLabels(viewer: ViewerFieldsFragment): CaseListLabels {
  return (viewer.unit ? CASE_LIST_BY_UNIT[viewer.unit] : undefined) ?? CASE_LIST;
}

/** District staff who may record what they learned elsewhere (REP-8), including a case never reported. */
export function canRecordExternalSource(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('RECORD_EXTERNAL_SOURCE');
}
