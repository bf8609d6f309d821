import type { RiskClosingReason, RiskFollowUpOutcome, RiskSubjectStatus } from '@xiaohu/domain';
import { In, type DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { RiskFollowUpEntity } from '../features/surroundings/risk-follow-up.entity';
import { RiskSubjectEntity, type RiskSubjectType } from '../features/surroundings/risk-subject.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { demoIdNumber } from './demo-staff.seed';

const DAY = 24 * 60 * 60 * 1000;

interface DemoRisk {
  institutionName: string;
  recordedBy: string;
  subjectType: RiskSubjectType;
  siteType?: string;
  personType?: string;
  site?: { name: string; address: string; description: string };
  person?: { name: string; idSeq: number; address: string; description: string };
  location: string;
  /** Days before now it was recorded; referred the same day when `isReferred`. */
  recordedDaysAgo: number;
  isReferred: boolean;
  township: string;
  police: string;
  followUps: { daysAgo: number; by: string; outcome: RiskFollowUpOutcome; note: string }[];
  closed?: { daysAgo: number; by: string; reason: RiskClosingReason; note: string };
}

// PRV-3: sites and persons near three demo institutions (the persons are invented), one closed.
const DEMO_RISKS: readonly DemoRisk[] = [
  {
    institutionName: '九龙坡区谢家湾小学',
    recordedBy: 'head.primary',
    subjectType: 'RISK_SITE',
    siteType: 'INTERNET_CAFE',
    site: {
      name: '极速网咖',
      address: '谢家湾正街 26 号',
      description: '放学后有学生进出，未见未成年人禁入标识。',
    },
    location: '校门东侧约 150 米',
    recordedDaysAgo: 20,
    isReferred: true,
    township: '谢家湾街道办事处',
    police: '九龙坡区公安分局谢家湾派出所',
    followUps: [
      {
        daysAgo: 14,
        by: 'head.primary',
        outcome: 'IMPROVED',
        note: '已张贴禁止未成年人进入标识，门口设登记。',
      },
      { daysAgo: 3, by: 'safety', outcome: 'UNCHANGED', note: '联合检查未发现学生在内。' },
    ],
  },
  {
    institutionName: '九龙坡区谢家湾小学',
    recordedBy: 'head.primary',
    subjectType: 'RISK_PERSON',
    personType: 'PARANOID_OR_AGGRIEVED',
    person: {
      name: '欧阳铁柱',
      idSeq: 901,
      address: '谢家湾后街 9 号 2 单元',
      description: '近期多次在校门口大声争吵，情绪激动。',
    },
    location: '校门口及后街',
    recordedDaysAgo: 12,
    isReferred: true,
    township: '谢家湾街道办事处',
    police: '九龙坡区公安分局谢家湾派出所',
    followUps: [
      { daysAgo: 8, by: 'head.primary', outcome: 'UNCHANGED', note: '社区网格员已上门，家属承诺看护。' },
    ],
  },
  {
    institutionName: '九龙坡区谢家湾小学',
    recordedBy: 'head.primary',
    subjectType: 'RISK_SITE',
    siteType: 'UNMONITORED_BACK_STREET',
    site: {
      name: '文化七村后巷',
      address: '文化七村 12 栋后',
      description: '路灯损坏，无监控，学生放学抄近路。',
    },
    location: '学校北门外约 300 米',
    recordedDaysAgo: 2,
    isReferred: false,
    township: '',
    police: '',
    followUps: [],
  },
  {
    institutionName: '九龙坡区机关幼儿园',
    recordedBy: 'head.kg',
    subjectType: 'RISK_SITE',
    siteType: 'RENTED_ROOM',
    site: {
      name: '杨家坪出租屋',
      address: '杨家坪正街 5 号 3 楼',
      description: '人员流动频繁，窗户正对园区。',
    },
    location: '园区西侧围墙外',
    recordedDaysAgo: 40,
    isReferred: true,
    township: '杨家坪街道办事处',
    police: '九龙坡区公安分局杨家坪派出所',
    followUps: [
      { daysAgo: 30, by: 'head.kg', outcome: 'IMPROVED', note: '派出所已登记租住人员信息。' },
      { daysAgo: 18, by: 'head.kg', outcome: 'RISK_REMOVED', note: '房屋已收回，不再出租。' },
    ],
    closed: { daysAgo: 17, by: 'head.kg', reason: 'RISK_REMOVED', note: '房东收回房屋。' },
  },
  {
    institutionName: '九龙坡区启明培训学校',
    recordedBy: 'safety',
    subjectType: 'RISK_PERSON',
    personType: 'RELEASED_PRISONER',
    person: {
      name: '诸葛大成',
      idSeq: 902,
      address: '石桥铺 3 号附 1 号',
      description: '社区矫正期满，居住在机构附近，由司法所跟进。',
    },
    location: '机构所在楼栋对面',
    recordedDaysAgo: 25,
    isReferred: true,
    township: '石桥铺街道办事处',
    police: '九龙坡区公安分局石桥铺派出所',
    followUps: [
      { daysAgo: 10, by: 'safety', outcome: 'UNCHANGED', note: '与司法所、派出所通报，纳入重点关注。' },
    ],
  },
];

/** The status a demo subject's story ends in, as the lifecycle would have moved it (PRV-3). */
function statusOf(risk: DemoRisk): RiskSubjectStatus {
  if (risk.closed) return 'CLOSED';
  if (risk.followUps.length > 0) return 'FOLLOWED_UP';
  return risk.isReferred ? 'REFERRED' : 'OPEN';
}

/** PRV-3: a few risk sites and persons with follow-ups, one closed; once, when the table is empty. */
export async function seedDemoSurroundings(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if ((await manager.getRepository(RiskSubjectEntity).count()) > 0) return;
    const institutions = await manager
      .getRepository(InstitutionEntity)
      .find({ where: { name: In([...new Set(DEMO_RISKS.map((r) => r.institutionName))]) } });
    const accounts = await manager
      .getRepository(AccountEntity)
      .find({ where: { username: In(['head.primary', 'head.kg', 'safety']) } });
    const institutionId = new Map(institutions.map((i) => [i.name, i.id]));
    const accountId = new Map(accounts.map((a) => [a.username, a.id]));
    const ago = (days: number) => new Date(options.now.getTime() - days * DAY);
    let subjects = 0;
    for (const risk of DEMO_RISKS) {
      const institution = institutionId.get(risk.institutionName);
      const recorder = accountId.get(risk.recordedBy);
      if (!institution || !recorder) continue;
      const recordedAt = ago(risk.recordedDaysAgo);
      const inserted = await manager.getRepository(RiskSubjectEntity).insert({
        institutionId: institution,
        subjectType: risk.subjectType,
        siteType: risk.siteType ?? null,
        personType: risk.personType ?? null,
        siteName: risk.site?.name ?? null,
        siteAddress: risk.site?.address ?? null,
        siteDescription: risk.site?.description ?? null,
        personName: risk.person?.name ?? null,
        personIdNumber: risk.person ? demoIdNumber(risk.person.idSeq, '19750606') : null,
        personAddress: risk.person?.address ?? null,
        personDescription: risk.person?.description ?? null,
        location: risk.location,
        status: statusOf(risk),
        townshipOffice: risk.isReferred ? risk.township : null,
        townshipReferredAt: risk.isReferred ? recordedAt : null,
        policeStation: risk.isReferred ? risk.police : null,
        policeReferredAt: risk.isReferred ? recordedAt : null,
        recordedByAccountId: recorder,
        recordedAt,
        closingReason: risk.closed?.reason ?? null,
        closingNote: risk.closed?.note ?? null,
        closedByAccountId: risk.closed ? (accountId.get(risk.closed.by) ?? recorder) : null,
        closedAt: risk.closed ? ago(risk.closed.daysAgo) : null,
      });
      const id = (inserted.identifiers[0] as { id: string }).id;
      for (const followUp of risk.followUps) {
        await manager.getRepository(RiskFollowUpEntity).insert({
          riskSubjectId: id,
          followedUpAt: ago(followUp.daysAgo),
          outcome: followUp.outcome,
          note: followUp.note,
          recordedByAccountId: accountId.get(followUp.by) ?? recorder,
          recordedAt: ago(followUp.daysAgo),
        });
      }
      subjects += 1;
    }
    if (subjects > 0) {
      await recordAudit(manager, null, options.now, {
        action: 'seed.demoSurroundings',
        outcome: 'OK',
        details: { subjects },
      });
    }
  });
}
