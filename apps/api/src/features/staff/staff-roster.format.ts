import { VOCABULARY_ZH_CN, type StaffRole } from '@xiaohu/domain';

/** The roster template's columns, in order, with the Chinese headers users see. */
export const ROSTER_COLUMNS = [
  { key: 'name', header: '姓名', width: 12 },
  { key: 'idNumber', header: '身份证号', width: 22 },
  { key: 'phone', header: '手机号', width: 15 },
  { key: 'role', header: '岗位角色', width: 14 },
  { key: 'employmentType', header: '用工类型', width: 12 },
  { key: 'post', header: '岗位', width: 18 },
  { key: 'hasStudentAccess', header: '是否接触学生', width: 12 },
  { key: 'startedAt', header: '入职日期', width: 12 },
] as const;
export type RosterKey = (typeof ROSTER_COLUMNS)[number]['key'];

/**
 * The template's example row. The importer recognises it by its name and skips it, so a template sent
 * back with the example still in place imports the rows under it (and an untouched one says it has none).
 */
export const EXAMPLE_ROW_NAME = '张三（示例行，导入时自动跳过）';

export const YES_NO_LABELS = ['是', '否'] as const;

/** The words of the screen (packages/domain vocabulary): the template, the exports and the importer. */
export const ROLE_LABELS = VOCABULARY_ZH_CN.staffRole;

export const EMPLOYMENT_LABELS = VOCABULARY_ZH_CN.employmentType;

export const STATUS_LABELS = VOCABULARY_ZH_CN.staffStatus;

const invert = <K extends string>(labels: Record<K, string>): Map<string, K> =>
  new Map(
    Object.entries(labels).flatMap(([code, label]) => [
      [label as string, code as K],
      [code, code as K],
    ]),
  );

/** Names earlier templates printed: a roster filled in on one of them still imports. */
const FORMER_ROLE_LABELS: Record<string, StaffRole> = { 食堂工作人员: 'CANTEEN_WORKER' };

export const ROLE_BY_LABEL = new Map([...invert(ROLE_LABELS), ...Object.entries(FORMER_ROLE_LABELS)]);
export const EMPLOYMENT_BY_LABEL = invert(EMPLOYMENT_LABELS);

/** Formats an instant as the calendar date in China (UTC+8, no daylight saving). */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

// A cell starting with one of these is a formula to Excel and WPS (=HYPERLINK(...), +1+1, @SUM, -2+3).
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text written to a spreadsheet is never run as a formula: a leading apostrophe keeps it inert (OWASP). */
export function inertText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
