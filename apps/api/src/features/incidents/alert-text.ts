import type { AlertKind, IncidentCategory, ScheduledAlert } from '@xiaohu/domain';

// The words of an escalation alert (notification and mail), in one place: the alert jobs write them, and
// the district seed writes the same for the alerts it generates.

export const CATEGORY_ZH: Record<IncidentCategory, string> = {
  SEXUAL_ASSAULT: '性侵',
  MOLESTATION: '猥亵',
  ABUSE: '虐待',
  BULLYING_VIOLENCE: '欺凌暴力',
  OTHER: '其他',
};

const ALERT_TEXT: Record<AlertKind, { zh: string; en: string }> = {
  DISCLOSURE_RECEIVED: { zh: '新的学生报告', en: 'New disclosure' },
  CONFLICT_OF_INTEREST: {
    zh: '校长存在利益冲突，案件直报安稳办',
    en: 'Head in conflict: case routed to SAFETY',
  },
  HEAD_NOTIFICATION_MISSED: {
    zh: '学校负责人未在时限内确认学生报告',
    en: 'Head has not acknowledged the disclosure in time',
  },
  POLICE_REPORT_REMINDER: { zh: '距报警时限不足30分钟，尚未报警', en: 'Police report due within 30 minutes' },
  POLICE_DEADLINE_MISSED: {
    zh: '已超过报警时限，记录迟报',
    en: 'Police deadline missed: late report recorded',
  },
};

const DEADLINE_TEXT: Record<'HEAD_NOTIFICATION' | 'POLICE_REPORT', { zh: string; en: string }> = {
  HEAD_NOTIFICATION: { zh: '告知学校负责人', en: 'head notification' },
  POLICE_REPORT: { zh: '报案', en: 'police report' },
};

/** An alert's title and body: codes, times and the institution only, never the child (REP-7). */
export function alertText(
  caseId: string,
  institutionName: string,
  category: IncidentCategory,
  receivedText: string,
  alert: ScheduledAlert,
  format: (instant: Date) => string,
): { title: string; body: string } {
  const text = ALERT_TEXT[alert.kind];
  const deadline = alert.deadline ? DEADLINE_TEXT[alert.deadline.kind] : null;
  const due = alert.deadline ? format(alert.deadline.dueAt) : null;
  return {
    title: `【校护】${institutionName}：${text.zh} / ${text.en}`,
    body:
      `${institutionName} ${CATEGORY_ZH[category]}（${category}）案件，学生报告时间 ${receivedText}（北京时间）` +
      `${deadline ? `，${deadline.zh}时限 ${due}` : ''}。规则 ${alert.ruleIds.join(', ')}。请登录校护查看。\n` +
      `${text.en}. Case ${caseId}, received ${receivedText}${deadline ? `, ${deadline.en} due ${due}` : ''} ` +
      `(Asia/Shanghai). Rules ${alert.ruleIds.join(', ')}.`,
  };
}
