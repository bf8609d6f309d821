import { formatInZone } from '../shared/zoned-time';
import { VOCABULARY_ZH_CN } from '../vocabulary/vocabulary.zh-CN';
import type {
  Labelled,
  MandatoryReport,
  MandatoryReportExporter,
  MandatoryReportFacts,
} from './mandatory-report.types';
import type { ClosingReason, EmergencyStep, ExternalLearning, SuspectType } from './reporting.types';

/** The document's version: raised on any change of its fields' names or meaning (docs/MANDATORY-REPORT.md). */
export const MANDATORY_REPORT_SCHEMA_VERSION = 1;

const SUSPECT_ZH: Record<SuspectType, string> = {
  STAFF: '本单位教职员工',
  STUDENT: '学生',
  OUTSIDER: '校外人员',
  UNKNOWN: '尚不明确',
};
const CHANNEL_ZH = { ORAL: '口头', WRITTEN: '书面' } as const;
const ORIGIN_ZH = { SCHOOL: '学校报告', EXTERNAL: '区教委从其他渠道获知' } as const;
const STEP_ZH: Record<EmergencyStep, string> = {
  START_EMERGENCY_PLAN: '启动应急预案',
  PROTECT_SCENE: '保护现场',
  ASSIST_POLICE_EVIDENCE: '协助公安机关取证',
  CONTROL_SUSPECT: '控制涉嫌人员',
};
const SOURCE_ZH: Record<ExternalLearning['source'], string> = {
  POLICE: '公安机关',
  TIP: '举报线索',
  TIP_LINE: '匿名举报平台',
  PARENT: '家长',
  MEDIA: '媒体',
  OTHER: '其他',
};
const CLOSING_ZH: Record<ClosingReason, string> = {
  RESOLVED: '已处理完毕',
  UNFOUNDED: '经查不实',
  DUPLICATE: '重复报告',
  PRIVATE_SETTLEMENT: '私下调解',
};

const label = <T extends string>(code: T, names: Record<T, string>): Labelled<T> => ({
  code,
  label: names[code],
});
const iso = (instant: Date | null): string | null => (instant ? instant.toISOString() : null);
const minutesBetween = (from: Date, to: Date): number => Math.floor((to.getTime() - from.getTime()) / 60_000);

/** What happened, in outline and without anyone's name: the facts the intake's 基本案情 asks first. */
function outlineOf(facts: MandatoryReportFacts, timeZone: string): string {
  const when = formatInZone(facts.receivedAt, timeZone).slice(0, 16);
  const category = VOCABULARY_ZH_CN.incidentCategory[facts.category];
  const how = facts.origin === 'SCHOOL' ? `经学生${CHANNEL_ZH[facts.channel]}反映` : '经其他渠道';
  const danger = facts.isChildInDanger ? '记录时儿童处于危险之中。' : '';
  return `${facts.institution.name}于 ${when}（北京时间）${how}获知一起疑似${category}事件，涉嫌人员为${SUSPECT_ZH[facts.suspectType]}。${danger}`;
}

/** The measures taken, in time order: the head told (REP-2), the district told (REP-8), the police (REP-3), REP-6 steps. */
function measuresOf(facts: MandatoryReportFacts): MandatoryReport['measures'] {
  const measures: { code: string; label: string; at: Date; ruleId: string }[] = [];
  if (facts.headToldAt)
    measures.push({ code: 'HEAD_TOLD', label: '告知学校负责人', at: facts.headToldAt, ruleId: 'REP-2' });
  if (facts.reportedToDistrictAt)
    measures.push({
      code: 'DISTRICT_TOLD',
      label: '报告区教委安稳办',
      at: facts.reportedToDistrictAt,
      ruleId: 'REP-8',
    });
  if (facts.policeReport)
    measures.push({
      code: 'POLICE_REPORTED',
      label: '向公安机关报案',
      at: facts.policeReport.reportedAt,
      ruleId: 'REP-3',
    });
  for (const { step, doneAt } of facts.emergencySteps)
    measures.push({ code: step, label: STEP_ZH[step], at: doneAt, ruleId: 'REP-6' });
  return measures
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((m) => ({ ...m, at: m.at.toISOString() }));
}

/**
 * REP-1, REP-3, REP-7 (issue 13): the 强制报告 document of one case for the procuratorate's intake. Pure:
 * the caller passes the facts, who exports, whether the exporter is in the need-to-know group
 * (`mandatoryReportAccess(...).includesChildIdentity`) and `now`. The child's identity is in it only then;
 * otherwise `child` is null and `childIdentity` says WITHHELD. No free text written by staff is copied
 * (the statement, notes and suspect description may name the child): the outline is built from the facts.
 */
export function buildMandatoryReport(
  facts: MandatoryReportFacts,
  exporter: MandatoryReportExporter,
  includesChildIdentity: boolean,
  now: Date,
  timeZone: string,
): MandatoryReport {
  const police = facts.policeReport;
  const child =
    includesChildIdentity && facts.child
      ? { name: facts.child.name, className: facts.child.className }
      : null;
  return {
    format: 'xiaohu.mandatory-report',
    schemaVersion: MANDATORY_REPORT_SCHEMA_VERSION,
    generatedAt: now.toISOString(),
    timeZone,
    caseId: facts.caseId,
    reportingInstitution: {
      id: facts.institution.id,
      name: facts.institution.name,
      kind: label(facts.institution.kind, VOCABULARY_ZH_CN.institutionKind),
      street: facts.institution.street,
    },
    reporter: {
      role: label(facts.reporter.role, VOCABULARY_ZH_CN.accountRole),
      name: facts.reporter.displayName,
      channel: label(facts.channel, CHANNEL_ZH),
    },
    knownAt: facts.receivedAt.toISOString(),
    recordedAt: facts.recordedAt.toISOString(),
    headToldAt: iso(facts.headToldAt),
    reportedToDistrictAt: iso(facts.reportedToDistrictAt),
    police: {
      isRequired: facts.policeReportDueAt !== null,
      dueAt: iso(facts.policeReportDueAt),
      reportedAt: iso(police?.reportedAt ?? null),
      station: police?.policeStation ?? null,
      receiptNumber: police?.receiptNumber ?? null,
      minutesAfterKnown: police ? minutesBetween(facts.receivedAt, police.reportedAt) : null,
    },
    category: label(facts.category, VOCABULARY_ZH_CN.incidentCategory),
    suspectType: label(facts.suspectType, SUSPECT_ZH),
    origin: label(facts.origin, ORIGIN_ZH),
    outline: outlineOf(facts, timeZone),
    measures: measuresOf(facts),
    externalSources: facts.externalSources.map((s) => ({
      source: label(s.source, SOURCE_ZH),
      learnedAt: s.learnedAt.toISOString(),
    })),
    breaches: facts.breaches.map((b) => ({
      code: label(b.code, VOCABULARY_ZH_CN.breach),
      occurredAt: b.occurredAt.toISOString(),
    })),
    isChildInDanger: facts.isChildInDanger,
    state: label(facts.state, VOCABULARY_ZH_CN.incidentState),
    closedAt: iso(facts.closedAt),
    closingReason: facts.closingReason ? label(facts.closingReason, CLOSING_ZH) : null,
    child,
    childIdentity: child ? 'INCLUDED' : includesChildIdentity ? 'NOT_RECORDED' : 'WITHHELD',
    exportedBy: {
      role: label(exporter.role, VOCABULARY_ZH_CN.accountRole),
      unit: exporter.unit ? label(exporter.unit, VOCABULARY_ZH_CN.unit) : null,
      name: exporter.displayName,
    },
  };
}

/** The download's file name: the institution's name, the case id's first part and the day; never the child. */
export function mandatoryReportFileName(report: MandatoryReport): string {
  const day = formatInZone(new Date(report.generatedAt), report.timeZone).slice(0, 10);
  return `强制报告-${report.reportingInstitution.name}-${report.caseId.slice(0, 8)}-${day}.json`;
}
