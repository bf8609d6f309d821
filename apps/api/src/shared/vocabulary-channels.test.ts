import {
  INCIDENT_CATEGORIES,
  notificationText,
  VOCABULARY_EN,
  VOCABULARY_ZH_CN,
  type NotificationFacts,
} from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import { BREACH_ZH, KIND_ZH, REPORTING_STATUS_ZH, STATE_ZH } from '../features/incidents/case-export.format';
import { buildRosterTemplate } from '../features/staff/roster-template';
import {
  EMPLOYMENT_LABELS,
  ROLE_BY_LABEL,
  ROLE_LABELS,
  STATUS_LABELS,
} from '../features/staff/staff-roster.format';
import { TOPIC_LABELS } from '../features/training/training-routes';

// Issue 14, finding 3: the Excel template, the exports and the notifications/mail print the domain
// vocabulary's names — the same the screen shows (apps/web src/i18n/vocabulary.test.ts).

it('the exports’ label maps are the vocabulary’s lists', () => {
  expect(ROLE_LABELS).toBe(VOCABULARY_ZH_CN.staffRole);
  expect(EMPLOYMENT_LABELS).toBe(VOCABULARY_ZH_CN.employmentType);
  expect(STATUS_LABELS).toBe(VOCABULARY_ZH_CN.staffStatus);
  expect(TOPIC_LABELS).toBe(VOCABULARY_ZH_CN.trainingTopic);
  expect(KIND_ZH).toBe(VOCABULARY_ZH_CN.institutionKind);
  expect(STATE_ZH).toBe(VOCABULARY_ZH_CN.incidentState);
  expect(REPORTING_STATUS_ZH).toBe(VOCABULARY_ZH_CN.reportingStatus);
  expect(BREACH_ZH).toBe(VOCABULARY_ZH_CN.breach);
});

it('the roster template’s drop-downs list every role and employment type by the vocabulary’s name', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildRosterTemplate()) as never);
  // The drop-downs read their choices from the hidden 选项 sheet.
  const choices = (workbook.getWorksheet('选项')?.getSheetValues() ?? []).flatMap((row) =>
    Array.isArray(row) ? row.filter((cell) => typeof cell === 'string') : [],
  );
  for (const label of [...Object.values(ROLE_LABELS), ...Object.values(EMPLOYMENT_LABELS)]) {
    expect({ label, listed: choices.includes(label) }).toEqual({ label, listed: true });
  }
  expect(choices).not.toContain('食堂工作人员');
  // A roster filled in on an earlier template (食堂工作人员) still imports.
  expect(ROLE_BY_LABEL.get('食堂工作人员')).toBe('CANTEEN_WORKER');
  expect(ROLE_BY_LABEL.get(VOCABULARY_ZH_CN.staffRole.CANTEEN_WORKER)).toBe('CANTEEN_WORKER');
});

it('REP-7: notifications and mail name every incident category as the screen does, in both languages', () => {
  const facts: NotificationFacts = {
    institutionName: '谢家湾小学',
    category: null,
    deadlineKind: null,
    dueAt: null,
    hazardItemZh: null,
    hazardItemEn: null,
    hazardId: null,
    isChildInDanger: false,
  };
  const now = new Date('2026-03-02T02:02:00Z');
  for (const category of INCIDENT_CATEGORIES) {
    const zh = notificationText('DISCLOSURE_RECEIVED', { ...facts, category }, 'zh-CN', now, 'Asia/Shanghai');
    const en = notificationText('DISCLOSURE_RECEIVED', { ...facts, category }, 'en', now, 'Asia/Shanghai');
    expect(zh.subject).toContain(VOCABULARY_ZH_CN.incidentCategory[category]);
    expect(en.subject).toContain(VOCABULARY_EN.incidentCategory[category]);
    expect(`${zh.subject}${zh.body}${en.subject}${en.body}`).not.toContain(category);
  }
});
