import type { DeadlineKind, IncidentCategory } from '../reporting/reporting.types';
import { toZoned } from '../shared/zoned-time';
import type { NotificationKind, Vocabulary, VocabularyLanguage } from './vocabulary';
import { VOCABULARY_EN } from './vocabulary.en';
import { VOCABULARY_ZH_CN } from './vocabulary.zh-CN';

/**
 * What a notification is about, stored with it so that each reader reads it in their own language:
 * the school, the case's category, the deadline — never a child, an id or a rule ID (REP-7).
 */
export interface NotificationFacts {
  institutionName: string;
  category: IncidentCategory | null;
  deadlineKind: DeadlineKind | null;
  /** ISO instant of the deadline (a case's head notification or police report, a hazard's due date). */
  dueAt: string | null;
  /** The hazard's checklist item, in both languages. */
  hazardItemZh: string | null;
  hazardItemEn: string | null;
  /** The hazard it is about, for the app to link to (never printed). */
  hazardId: string | null;
  /** REP-6: the child was in danger when the case was recorded: the notification is urgent. */
  isChildInDanger: boolean;
}

export interface NotificationText {
  title: string;
  body: string;
  /** The mail's subject: 【紧急】 first when a child is in danger. */
  subject: string;
}

export function vocabularyOf(language: VocabularyLanguage): Vocabulary {
  return language === 'en' ? VOCABULARY_EN : VOCABULARY_ZH_CN;
}

const MINUTE = 60_000;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** A wall-clock time a person reads: "14:05" today, "12月3日 14:05" another day, with the year if another year. */
export function localTime(instant: Date, now: Date, timeZone: string, language: VocabularyLanguage): string {
  const at = toZoned(instant, timeZone);
  const today = toZoned(now, timeZone);
  const clock = `${pad(at.hour)}:${pad(at.minute)}`;
  const sameYear = at.year === today.year;
  if (sameYear && at.month === today.month && at.day === today.day) return clock;
  if (language === 'en') {
    return `${at.day} ${EN_MONTHS[at.month - 1]}${sameYear ? '' : ` ${at.year}`} ${clock}`;
  }
  return `${sameYear ? '' : `${at.year}年`}${at.month}月${at.day}日 ${clock}`;
}

/** A span in words, to the minute: "25 分钟", "1 小时 5 分钟", "2 天 3 小时"; under a minute, "不到 1 分钟". */
export function spanText(ms: number, language: VocabularyLanguage): string {
  const minutes = Math.floor(Math.abs(ms) / MINUTE);
  const en = language === 'en';
  if (minutes < 1) return en ? 'less than a minute' : '不到 1 分钟';
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const rest = minutes % 60;
  const parts = en
    ? [
        days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : '',
        hours > 0 ? `${hours} h` : '',
        days === 0 && rest > 0 ? `${rest} min` : '',
      ]
    : [
        days > 0 ? `${days} 天` : '',
        hours > 0 ? `${hours} 小时` : '',
        days === 0 && rest > 0 ? `${rest} 分钟` : '',
      ];
  return parts.filter(Boolean).join(' ');
}

interface Words {
  school: string;
  category: string;
  item: string;
  /** The deadline sentence, e.g. "须在 14:05 前报案，还剩 25 分钟。" */
  deadline: string;
}

function deadlineSentence(
  facts: NotificationFacts,
  now: Date,
  timeZone: string,
  language: VocabularyLanguage,
): string {
  if (!facts.dueAt) return '';
  const due = new Date(facts.dueAt);
  const time = localTime(due, now, timeZone, language);
  const left = due.getTime() - now.getTime();
  const span = spanText(left, language);
  const en = language === 'en';
  const what = facts.deadlineKind ? vocabularyOf(language).deadlineKind[facts.deadlineKind] : null;
  if (left > 0) {
    if (what)
      return en ? ` Due by ${time} to ${what}: ${span} left.` : `须在 ${time} 前${what}，还剩 ${span}。`;
    return en ? ` Due by ${time}: ${span} left.` : `整改期限 ${time}，还剩 ${span}。`;
  }
  if (what)
    return en
      ? ` The deadline to ${what} (${time}) passed ${span} ago.`
      : `${what}时限 ${time} 已过 ${span}。`;
  return en ? ` It was due by ${time}, ${span} ago.` : `整改期限 ${time} 已过 ${span}。`;
}

type Template = (w: Words) => { title: string; body: string };

const ZH: Record<NotificationKind, Template> = {
  DISCLOSURE_RECEIVED: (w) => ({
    title: `${w.school}：收到一起${w.category}学生报告`,
    body: `${w.school}收到一起${w.category}学生报告，请立即确认。${w.deadline}`,
  }),
  CONFLICT_OF_INTEREST: (w) => ({
    title: `${w.school}：学校负责人存在利害关系，案件直报安稳办`,
    body: `${w.school}一起${w.category}案件的学校负责人存在利害关系，案件已直接报送安稳办，请跟进处理。${w.deadline}`,
  }),
  HEAD_NOTIFICATION_MISSED: (w) => ({
    title: `${w.school}：学校负责人未按时确认学生报告`,
    body: `${w.school}一起${w.category}案件，学校负责人尚未确认学生报告。${w.deadline}请尽快跟进。`,
  }),
  POLICE_REPORT_REMINDER: (w) => ({
    title: `${w.school}：报案时限将至，尚未报案`,
    body: `${w.school}一起${w.category}案件尚未向公安机关报案。${w.deadline}`,
  }),
  POLICE_DEADLINE_MISSED: (w) => ({
    title: `${w.school}：已超过报案时限，已记录迟报`,
    body: `${w.school}一起${w.category}案件未在时限内报案，已记录迟报。${w.deadline}`,
  }),
  BREACH_RECORDED: (w) => ({
    title: `${w.school}：案件记录了违规`,
    body: `${w.school}一起${w.category}案件记录了违规。${w.deadline}`,
  }),
  HAZARD_OVERDUE: (w) => ({
    title: `${w.school}：隐患整改逾期`,
    body: `${w.school}的隐患“${w.item}”至今未整改。${w.deadline}`,
  }),
  HAZARD_ESCALATION: (w) => ({
    title: `${w.school}：隐患逾期未整改，已报主管科室督办`,
    body: `${w.school}的隐患“${w.item}”逾期未整改，已报主管科室督办。${w.deadline}`,
  }),
};

const EN: Record<NotificationKind, Template> = {
  DISCLOSURE_RECEIVED: (w) => ({
    title: `${w.school}: a child has disclosed (${w.category})`,
    body: `${w.school} received a disclosure (${w.category}). Please acknowledge it now.${w.deadline}`,
  }),
  CONFLICT_OF_INTEREST: (w) => ({
    title: `${w.school}: the head has a conflict of interest; the case goes to the safety office`,
    body: `The head of ${w.school} has a conflict of interest in a case (${w.category}); it was sent straight to the safety office. Please follow it up.${w.deadline}`,
  }),
  HEAD_NOTIFICATION_MISSED: (w) => ({
    title: `${w.school}: the head has not acknowledged a disclosure in time`,
    body: `The head of ${w.school} has not acknowledged a disclosure (${w.category}).${w.deadline} Please follow it up.`,
  }),
  POLICE_REPORT_REMINDER: (w) => ({
    title: `${w.school}: the police report is due soon`,
    body: `A case at ${w.school} (${w.category}) has not been reported to the police.${w.deadline}`,
  }),
  POLICE_DEADLINE_MISSED: (w) => ({
    title: `${w.school}: police report overdue; late report recorded`,
    body: `A case at ${w.school} (${w.category}) was not reported to the police in time; a late report is recorded.${w.deadline}`,
  }),
  BREACH_RECORDED: (w) => ({
    title: `${w.school}: a breach was recorded`,
    body: `A breach was recorded in a case at ${w.school} (${w.category}).${w.deadline}`,
  }),
  HAZARD_OVERDUE: (w) => ({
    title: `${w.school}: hazard not rectified in time`,
    body: `The hazard “${w.item}” at ${w.school} is not rectified.${w.deadline}`,
  }),
  HAZARD_ESCALATION: (w) => ({
    title: `${w.school}: overdue hazard escalated to the supervising section`,
    body: `The hazard “${w.item}” at ${w.school} is overdue and was escalated to the supervising section.${w.deadline}`,
  }),
};

const URGENT = {
  'zh-CN': {
    subject: '【紧急】',
    body: '学生仍处于危险之中，请立即处理。',
    app: '【校护】',
    signIn: '请登录校护查看。',
  },
  en: {
    subject: '[URGENT] ',
    body: 'The child is still in danger: act now. ',
    app: '[XiaoHu] ',
    signIn: ' Sign in to XiaoHu to see it.',
  },
} as const;

/**
 * A notification's words for a person, in their language: the school, what happened, the deadline as
 * local time with what is left (relative to `now`, the moment it was written), urgent first.
 */
export function notificationText(
  kind: NotificationKind,
  facts: NotificationFacts,
  language: VocabularyLanguage,
  now: Date,
  timeZone: string,
): NotificationText {
  const words = vocabularyOf(language);
  const template = (language === 'en' ? EN : ZH)[kind];
  const { title, body } = template({
    school: facts.institutionName,
    category: facts.category ? words.incidentCategory[facts.category] : '',
    item: (language === 'en' ? facts.hazardItemEn : facts.hazardItemZh) ?? '',
    deadline: deadlineSentence(facts, now, timeZone, language),
  });
  const urgent = URGENT[language];
  const danger = facts.isChildInDanger;
  return {
    title,
    body: `${danger ? urgent.body : ''}${body}`,
    subject: `${danger ? urgent.subject : ''}${urgent.app}${title}`,
  };
}

/** The sentence that closes a mail: where to read more (the app; never a link with an id). */
export function mailClosing(language: VocabularyLanguage): string {
  return URGENT[language].signIn.trim();
}
