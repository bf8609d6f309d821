import { VOCABULARY_ZH_CN } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import {
  EMPLOYMENT_LABELS,
  EXAMPLE_ROW_NAME,
  ROLE_LABELS,
  ROSTER_COLUMNS,
  YES_NO_LABELS,
  type RosterKey,
} from './staff-roster.format';

/** Rows of the roster sheet that carry the drop-downs and checks (the import takes at most 5,000). */
const VALIDATED_ROWS = 5001;

/** What each column wants, as the header cell's note and the instructions sheet say it. */
const COLUMN_NOTES: Record<RosterKey, string> = {
  name: '必填，最多 60 字',
  idNumber: '必填，18 位居民身份证号码（末位可为 X），以文本格式填写',
  phone: '必填，11 位手机号或固定电话',
  role: `必填，从下拉列表选择：${Object.values(ROLE_LABELS).join('、')}`,
  employmentType: `必填，从下拉列表选择：${Object.values(EMPLOYMENT_LABELS).join('、')}`,
  post: '必填，例如 小一班保育员，最多 60 字',
  hasStudentAccess: '必填，从下拉列表选择“是”或“否”',
  startedAt: '选填，日期，例如 2024-09-01',
};

// The drop-down choices live on a hidden sheet: a list typed into the rule is limited to 255 characters.
const CHOICES: { key: RosterKey; values: readonly string[] }[] = [
  { key: 'role', values: Object.values(ROLE_LABELS) },
  { key: 'employmentType', values: Object.values(EMPLOYMENT_LABELS) },
  { key: 'hasStudentAccess', values: YES_NO_LABELS },
];

// ExcelJS keeps a sheet's validations in `dataValidations` (address or range → rule); its types omit it.
const validations = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;

const columnLetter = (key: RosterKey): string =>
  String.fromCharCode(65 + ROSTER_COLUMNS.findIndex((c) => c.key === key));

/**
 * The Chinese roster template: a frozen header with a note on each column, drop-downs for every
 * enumerated column and date and length checks, an example row the importer skips, and a sheet of
 * instructions. The labels are those the importer reads.
 */
export async function buildRosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const [index, column] of ROSTER_COLUMNS.entries()) {
    sheet.getRow(1).getCell(index + 1).note = COLUMN_NOTES[column.key];
  }
  // 18-digit numbers lose digits as numbers: the ID and phone columns are text.
  sheet.getColumn('idNumber').numFmt = '@';
  sheet.getColumn('phone').numFmt = '@';
  sheet.getColumn('startedAt').numFmt = 'yyyy-mm-dd';
  sheet.addRow({
    name: EXAMPLE_ROW_NAME,
    idNumber: '11010519491231002X',
    phone: '13800000000',
    role: ROLE_LABELS.CHILDCARE_WORKER,
    employmentType: EMPLOYMENT_LABELS.TEMPORARY,
    post: '小一班保育员',
    hasStudentAccess: '是',
    startedAt: '2024-09-01',
  }).font = { italic: true, color: { argb: 'FF808080' } };

  const choices = workbook.addWorksheet('选项', { state: 'hidden' });
  for (const [index, choice] of CHOICES.entries()) {
    choice.values.forEach((value, row) => {
      choices.getCell(row + 1, index + 1).value = value;
    });
  }
  const range = (col: string) => `${col}2:${col}${VALIDATED_ROWS}`;
  for (const [index, choice] of CHOICES.entries()) {
    const source = String.fromCharCode(65 + index);
    const header = ROSTER_COLUMNS.find((c) => c.key === choice.key)!.header;
    validations(sheet).add(range(columnLetter(choice.key)), {
      type: 'list',
      allowBlank: true,
      formulae: [`'选项'!$${source}$1:$${source}$${choice.values.length}`],
      showErrorMessage: true,
      errorTitle: header,
      error: `请从下拉列表中选择${header}`,
    });
  }
  validations(sheet).add(range(columnLetter('startedAt')), {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date(Date.UTC(1950, 0, 1))],
    showErrorMessage: true,
    errorTitle: '入职日期',
    error: '请填写日期，例如 2024-09-01',
  });
  for (const key of ['name', 'post'] as const) {
    validations(sheet).add(range(columnLetter(key)), {
      type: 'textLength',
      operator: 'lessThanOrEqual',
      allowBlank: true,
      formulae: [60],
      showErrorMessage: true,
      errorTitle: ROSTER_COLUMNS.find((c) => c.key === key)!.header,
      error: '最多 60 字',
    });
  }

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列', width: 14 },
    { header: '说明', width: 80 },
  ];
  help.addRows(ROSTER_COLUMNS.map((c) => [c.header, COLUMN_NOTES[c.key]]));
  help.addRows([
    ['示例行', `第 2 行是示例（姓名为“${EXAMPLE_ROW_NAME}”），导入时自动跳过，可保留也可删除`],
    [
      '说明',
      '整个文件校验通过才会导入；任何一行有错误，都不会导入任何数据，并逐行列出错误。导入的人员为“' +
        VOCABULARY_ZH_CN.staffStatus.CANDIDATE +
        '”状态，导入后请逐人登记入职查询记录。',
    ],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
