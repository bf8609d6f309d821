import {
  buildMandatoryReport,
  MANDATORY_REPORT_SCHEMA_VERSION,
  mandatoryReportFileName,
} from './mandatory-report.rules';
import type { MandatoryReportExporter, MandatoryReportFacts } from './mandatory-report.types';

const at = (iso: string) => new Date(iso);
const TZ = 'Asia/Shanghai';
const NOW = at('2026-12-02T08:00:00Z');

const buildFacts = (overrides: Partial<MandatoryReportFacts> = {}): MandatoryReportFacts => ({
  caseId: '0f3c9a12-1111-4222-8333-444455556666',
  institution: { id: 'school-1', name: '九龙坡区谢家湾小学', kind: 'PRIMARY', street: '谢家湾街道' },
  origin: 'SCHOOL',
  category: 'MOLESTATION',
  suspectType: 'STAFF',
  channel: 'ORAL',
  reporter: { role: 'TEACHER', displayName: '王老师' },
  receivedAt: at('2026-12-01T06:00:00Z'),
  recordedAt: at('2026-12-01T06:05:00Z'),
  headToldAt: at('2026-12-01T06:08:00Z'),
  reportedToDistrictAt: at('2026-12-01T06:05:00Z'),
  policeReportDueAt: at('2026-12-01T07:00:00Z'),
  policeReport: {
    reportedAt: at('2026-12-01T06:40:30Z'),
    policeStation: '谢家湾派出所',
    receiptNumber: 'JJ-001',
  },
  isChildInDanger: true,
  state: 'POLICE_REPORTED',
  closedAt: null,
  closingReason: null,
  emergencySteps: [
    { step: 'PROTECT_SCENE', doneAt: at('2026-12-01T06:20:00Z') },
    { step: 'START_EMERGENCY_PLAN', doneAt: at('2026-12-01T06:10:00Z') },
  ],
  externalSources: [{ source: 'PARENT', learnedAt: at('2026-12-01T09:00:00Z') }],
  breaches: [{ code: 'LATE_REPORT', occurredAt: at('2026-12-01T07:00:00Z') }],
  child: { name: '小明', className: '三年级二班' },
  ...overrides,
});
const officer: MandatoryReportExporter = { role: 'SECTION_MEMBER', unit: 'SAFETY', displayName: '安稳办 张' };

describe('buildMandatoryReport: the 强制报告 JSON of one case (issue 13, REP-1, REP-3, REP-7)', () => {
  it('REP-7: the need-to-know exporter gets the child’s identity, with the version and every field the intake asks', () => {
    const report = buildMandatoryReport(buildFacts(), officer, true, NOW, TZ);
    expect(report).toMatchObject({
      format: 'xiaohu.mandatory-report',
      schemaVersion: 1,
      generatedAt: '2026-12-02T08:00:00.000Z',
      reportingInstitution: { name: '九龙坡区谢家湾小学', kind: { code: 'PRIMARY', label: '小学' } },
      reporter: {
        role: { code: 'TEACHER', label: '教师' },
        name: '王老师',
        channel: { code: 'ORAL', label: '口头' },
      },
      knownAt: '2026-12-01T06:00:00.000Z',
      police: {
        isRequired: true,
        reportedAt: '2026-12-01T06:40:30.000Z',
        station: '谢家湾派出所',
        receiptNumber: 'JJ-001',
        minutesAfterKnown: 40,
      },
      category: { code: 'MOLESTATION', label: '猥亵' },
      suspectType: { code: 'STAFF', label: '本单位教职员工' },
      isChildInDanger: true,
      state: { code: 'POLICE_REPORTED' },
      child: { name: '小明', className: '三年级二班' },
      childIdentity: 'INCLUDED',
      exportedBy: { unit: { code: 'SAFETY' }, name: '安稳办 张' },
      externalSources: [{ source: { code: 'PARENT', label: '家长' } }],
      breaches: [{ code: { code: 'LATE_REPORT', label: '迟报' } }],
    });
    expect(report.schemaVersion).toBe(MANDATORY_REPORT_SCHEMA_VERSION);
    expect(report.outline).toBe(
      '九龙坡区谢家湾小学于 2026-12-01 14:00（北京时间）经学生口头反映获知一起疑似猥亵事件，涉嫌人员为本单位教职员工。记录时儿童处于危险之中。',
    );
    expect(report.measures.map((m) => [m.code, m.ruleId])).toEqual([
      ['DISTRICT_TOLD', 'REP-8'],
      ['HEAD_TOLD', 'REP-2'],
      ['START_EMERGENCY_PLAN', 'REP-6'],
      ['PROTECT_SCENE', 'REP-6'],
      ['POLICE_REPORTED', 'REP-3'],
    ]);
  });

  it('REP-7: outside the need-to-know group the document has no child, even when the facts carry one', () => {
    const report = buildMandatoryReport(buildFacts(), officer, false, NOW, TZ);
    expect(report.child).toBeNull();
    expect(report.childIdentity).toBe('WITHHELD');
    expect(JSON.stringify(report)).not.toContain('小明');
    expect(JSON.stringify(report)).not.toContain('三年级二班');
  });

  it('an external case not yet reported to the police, closed, with no child recorded', () => {
    const report = buildMandatoryReport(
      buildFacts({
        origin: 'EXTERNAL',
        isChildInDanger: false,
        headToldAt: null,
        reportedToDistrictAt: null,
        policeReport: null,
        policeReportDueAt: null,
        emergencySteps: [],
        state: 'CLOSED',
        closedAt: at('2026-12-02T01:00:00Z'),
        closingReason: 'UNFOUNDED',
        child: null,
        institution: { id: 'kg-1', name: '机关幼儿园', kind: 'KINDERGARTEN', street: null },
      }),
      { role: 'HEAD', unit: null, displayName: '园长' },
      true,
      NOW,
      TZ,
    );
    expect(report).toMatchObject({
      police: { isRequired: false, dueAt: null, reportedAt: null, station: null, minutesAfterKnown: null },
      measures: [],
      closedAt: '2026-12-02T01:00:00.000Z',
      closingReason: { code: 'UNFOUNDED', label: '经查不实' },
      child: null,
      childIdentity: 'NOT_RECORDED',
      exportedBy: { unit: null },
      headToldAt: null,
    });
    expect(report.outline).toBe(
      '机关幼儿园于 2026-12-01 14:00（北京时间）经其他渠道获知一起疑似猥亵事件，涉嫌人员为本单位教职员工。',
    );
  });

  it('REP-7: the file name holds the institution, the case id’s first part and the day, never the child', () => {
    const name = mandatoryReportFileName(buildMandatoryReport(buildFacts(), officer, true, NOW, TZ));
    expect(name).toBe('强制报告-九龙坡区谢家湾小学-0f3c9a12-2026-12-02.json');
    expect(name).not.toContain('小明');
  });
});
