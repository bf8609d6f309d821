import { VOCABULARY_ZH_CN } from '@xiaohu/domain';

// The case export's words (zh-CN: the committee's offices read the file as it is).

export const CASE_EXPORT_COLUMNS = [
  { header: '案件编号', key: 'id', width: 38 },
  { header: '单位', key: 'institution', width: 28 },
  { header: '单位类型', key: 'kind', width: 14 },
  { header: '镇街', key: 'street', width: 14 },
  { header: '类别', key: 'category', width: 10 },
  { header: '受理时间', key: 'recordedAt', width: 18 },
  { header: '状态', key: 'state', width: 12 },
  { header: '报告状态', key: 'reportingStatus', width: 12 },
  { header: '报警时限', key: 'policeDueAt', width: 18 },
  { header: '报警时间', key: 'policeReportedAt', width: 18 },
  { header: '违规', key: 'breaches', width: 24 },
  { header: '学生姓名', key: 'childName', width: 14 },
  { header: '学生班级', key: 'childClass', width: 14 },
] as const;

export const KIND_ZH = VOCABULARY_ZH_CN.institutionKind;

export const STATE_ZH = VOCABULARY_ZH_CN.incidentState;

export const REPORTING_STATUS_ZH = VOCABULARY_ZH_CN.reportingStatus;

export const BREACH_ZH = VOCABULARY_ZH_CN.breach;

/** What a viewer outside the need-to-know group reads in the child's columns (REP-7). */
export const CHILD_WITHHELD = '（不予显示）';

/** An instant as the wall clock in China (UTC+8, no daylight saving), to the minute. */
export function chinaDateTime(at: Date | null): string {
  if (!at) return '';
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
