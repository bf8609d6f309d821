import type { BreachCode, IncidentState, InstitutionKind, ReportingStatus } from '@xiaohu/domain';

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

export const KIND_ZH: Record<InstitutionKind, string> = {
  PRIMARY: '小学',
  SECONDARY: '中学',
  KINDERGARTEN: '幼儿园',
  VOCATIONAL_SCHOOL: '中职学校',
  TRAINING_INSTITUTION: '培训机构',
  SPECIAL_EDUCATION: '特教学校',
};

export const STATE_ZH: Record<IncidentState, string> = {
  REPORTED: '已上报',
  HEAD_NOTIFIED: '负责人已确认',
  POLICE_REPORTED: '已报警',
  CLOSED: '已结案',
};

export const REPORTING_STATUS_ZH: Record<ReportingStatus, string> = {
  COMPLIANT: '合规',
  AWAITING_POLICE_REPORT: '待报警',
  IN_BREACH: '违规',
};

export const BREACH_ZH: Record<BreachCode, string> = {
  LATE_REPORT: '迟报',
  OMISSION: '漏报',
  CONCEALMENT: '瞒报',
  PRIVATE_SETTLEMENT: '私下调解',
};

/** What a viewer outside the need-to-know group reads in the child's columns (REP-7). */
export const CHILD_WITHHELD = '（不予显示）';

/** An instant as the wall clock in China (UTC+8, no daylight saving), to the minute. */
export function chinaDateTime(at: Date | null): string {
  if (!at) return '';
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}
