import { ALERT_KINDS, INCIDENT_CATEGORIES } from '../reporting/reporting.types';
import { HAZARD_ALERT_KINDS } from '../prevention/inspection.types';
import {
  localTime,
  mailClosing,
  notificationText,
  spanText,
  vocabularyOf,
  type NotificationFacts,
} from './notification-text';
import { VOCABULARY_LANGUAGES, type NotificationKind } from './vocabulary';
import { VOCABULARY_EN } from './vocabulary.en';
import { VOCABULARY_ZH_CN } from './vocabulary.zh-CN';

const TZ = 'Asia/Shanghai';
const NOW = new Date('2026-12-02T05:40:00Z'); // 13:40 in Shanghai
const KINDS: NotificationKind[] = [...ALERT_KINDS, ...HAZARD_ALERT_KINDS, 'BREACH_RECORDED'];
const CASE: NotificationFacts = {
  institutionName: '龙湖小学',
  category: 'SEXUAL_ASSAULT',
  deadlineKind: 'POLICE_REPORT',
  dueAt: '2026-12-02T06:05:00Z', // 14:05
  hazardItemZh: null,
  hazardItemEn: null,
  hazardId: null,
  isChildInDanger: false,
};
const HAZARD: NotificationFacts = {
  ...CASE,
  category: null,
  deadlineKind: null,
  dueAt: '2026-11-30T16:00:00Z',
  hazardItemZh: '消防通道堵塞',
  hazardItemEn: 'Fire lane blocked',
  hazardId: '6f1c1a52-0000-4000-8000-000000000001',
};
const CODE = /[A-Z]{2,}_[A-Z_]+|[A-Z]{3}-\d+|[0-9a-f]{8}-[0-9a-f]{4}/;

describe('one vocabulary', () => {
  it('names every value in both languages, never blank, and distinctly within each list', () => {
    expect(Object.keys(VOCABULARY_EN).sort()).toEqual(Object.keys(VOCABULARY_ZH_CN).sort());
    for (const [name, zh] of Object.entries(VOCABULARY_ZH_CN)) {
      const en = VOCABULARY_EN[name as keyof typeof VOCABULARY_EN] as Record<string, string>;
      expect({ name, codes: Object.keys(en).sort() }).toEqual({ name, codes: Object.keys(zh).sort() });
      for (const labels of [zh as Record<string, string>, en]) {
        const values = Object.values(labels);
        expect(values.every((v) => v.trim().length > 0)).toBe(true);
        expect(new Set(values).size).toBe(values.length);
      }
    }
  });

  it('one name for one thing: the screen names are the ones the Excel files used to disagree on', () => {
    expect(VOCABULARY_ZH_CN.staffStatus.CANDIDATE).toBe('候选');
    expect(VOCABULARY_ZH_CN.staffStatus.BLOCKED).toBe('已阻止');
    expect(VOCABULARY_ZH_CN.staffRole.CANTEEN_WORKER).toBe('食堂从业人员');
    expect(VOCABULARY_LANGUAGES.map(vocabularyOf)).toEqual([VOCABULARY_ZH_CN, VOCABULARY_EN]);
    expect(vocabularyOf('zh-CN')).toBe(VOCABULARY_ZH_CN);
    expect(vocabularyOf('en')).toBe(VOCABULARY_EN);
  });
});

describe('notification text', () => {
  it('REP-3: the deadline as local time with what is left ("须在 14:05 前报案，还剩 25 分钟")', () => {
    const text = notificationText('POLICE_REPORT_REMINDER', CASE, 'zh-CN', NOW, TZ);
    expect(text.title).toBe('龙湖小学：报案时限将至，尚未报案');
    expect(text.body).toBe('龙湖小学一起性侵案件尚未向公安机关报案。须在 14:05 前报案，还剩 25 分钟。');
    expect(text.subject).toBe('【校护】龙湖小学：报案时限将至，尚未报案');
    const en = notificationText('POLICE_REPORT_REMINDER', CASE, 'en', NOW, TZ);
    expect(en.body).toContain('Due by 14:05 to report to the police: 25 min left.');
    expect(en.subject).toBe('[XiaoHu] 龙湖小学: the police report is due soon');
  });

  it('REP-3: a passed deadline says how long ago, in both languages', () => {
    const late = new Date('2026-12-02T08:10:00Z');
    expect(notificationText('POLICE_DEADLINE_MISSED', CASE, 'zh-CN', late, TZ).body).toContain(
      '报案时限 14:05 已过 2 小时 5 分钟。',
    );
    expect(notificationText('POLICE_DEADLINE_MISSED', CASE, 'en', late, TZ).body).toContain(
      'The deadline to report to the police (14:05) passed 2 h 5 min ago.',
    );
  });

  it('PRV-1: a hazard names its item and due date, without a deadline kind', () => {
    const zh = notificationText('HAZARD_OVERDUE', HAZARD, 'zh-CN', NOW, TZ);
    expect(zh.body).toBe(
      '龙湖小学的隐患“消防通道堵塞”至今未整改。整改期限 12月1日 00:00 已过 1 天 13 小时。',
    );
    const en = notificationText('HAZARD_ESCALATION', HAZARD, 'en', NOW, TZ);
    expect(en.body).toContain('“Fire lane blocked”');
    expect(en.body).toContain('It was due by 1 Dec 00:00, 1 day 13 h ago.');
    const ahead = { ...HAZARD, dueAt: '2026-12-05T02:00:00Z' };
    expect(notificationText('HAZARD_OVERDUE', ahead, 'zh-CN', NOW, TZ).body).toContain(
      '整改期限 12月5日 10:00，还剩 2 天 20 小时。',
    );
    expect(notificationText('HAZARD_OVERDUE', ahead, 'en', NOW, TZ).body).toContain(
      'Due by 5 Dec 10:00: 2 days 20 h left.',
    );
  });

  it('REP-6: a child in danger makes the text urgent: 【紧急】 in the subject and the body opens with it', () => {
    const urgent = { ...CASE, isChildInDanger: true };
    const zh = notificationText('DISCLOSURE_RECEIVED', urgent, 'zh-CN', NOW, TZ);
    expect(zh.subject.startsWith('【紧急】【校护】')).toBe(true);
    expect(zh.body.startsWith('学生仍处于危险之中')).toBe(true);
    expect(notificationText('DISCLOSURE_RECEIVED', urgent, 'en', NOW, TZ).subject).toMatch(
      /^\[URGENT\] \[XiaoHu\]/,
    );
  });

  it('REP-7: every kind in both languages names the school and no code, id or rule ID', () => {
    for (const kind of KINDS) {
      for (const language of ['zh-CN', 'en'] as const) {
        for (const facts of [CASE, HAZARD, { ...CASE, dueAt: null }]) {
          const text = notificationText(kind, facts, language, NOW, TZ);
          expect({ kind, language, title: text.title.includes('龙湖小学') }).toEqual({
            kind,
            language,
            title: true,
          });
          expect({ kind, language, code: CODE.test(`${text.title} ${text.body} ${text.subject}`) }).toEqual({
            kind,
            language,
            code: false,
          });
        }
      }
    }
    for (const category of INCIDENT_CATEGORIES) {
      const text = notificationText('DISCLOSURE_RECEIVED', { ...CASE, category }, 'zh-CN', NOW, TZ);
      expect(text.title).toContain(VOCABULARY_ZH_CN.incidentCategory[category]);
    }
  });

  it('reads times and spans as people do', () => {
    expect(localTime(new Date('2025-03-04T01:02:00Z'), NOW, TZ, 'zh-CN')).toBe('2025年3月4日 09:02');
    expect(localTime(new Date('2025-03-04T01:02:00Z'), NOW, TZ, 'en')).toBe('4 Mar 2025 09:02');
    expect(spanText(30_000, 'zh-CN')).toBe('不到 1 分钟');
    expect(spanText(-30_000, 'en')).toBe('less than a minute');
    expect(spanText(60 * 60_000, 'zh-CN')).toBe('1 小时');
    expect(spanText(24 * 60 * 60_000, 'en')).toBe('1 day');
    expect(mailClosing('zh-CN')).toBe('请登录校护查看。');
    expect(mailClosing('en')).toBe('Sign in to XiaoHu to see it.');
  });
});
