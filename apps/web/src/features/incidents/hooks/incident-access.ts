import type { ViewerFieldsFragment } from '../../../gql/graphql';

// The server computes permissions and refuses anything else; these only choose which entry points show.

/** The 报告 button: staff of an institution (REPORT_INCIDENT). */
export function canReportIncident(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('REPORT_INCIDENT');
}

/** The cases entry (VIEW_INCIDENTS); which cases it lists is the server's scope. */
export function canViewIncidents(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('VIEW_INCIDENTS');
}

/** 安稳办 reads the list as the district inbox (REP-8); only the title changes. */
export function isSafetyOffice(viewer: ViewerFieldsFragment): boolean {
  return viewer.unit === 'SAFETY';
}

/** District staff who may record what they learned elsewhere (REP-8), including a case never reported. */
export function canRecordExternalSource(viewer: ViewerFieldsFragment): boolean {
  return viewer.permissions.includes('RECORD_EXTERNAL_SOURCE');
}
