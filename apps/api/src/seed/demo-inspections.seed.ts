import { applicableItems, DEFAULT_INSPECTION_TEMPLATE, DEFAULT_POLICY } from '@xiaohu/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { scheduleHazardAlerts } from '../features/inspections/hazard-alerts';
import { templateItems } from '../features/inspections/inspection-queries';
import { recordAudit } from '../shared/audit/audit-log';

const CAMPAIGN = '2026年秋季开学安全大检查';
const SCHOOL = '九龙坡区谢家湾小学';
const DAY = 24 * 60 * 60 * 1000;

/** One demo hazard: its item, what is wrong, and where its rectification stands. */
interface DemoHazard {
  code: string;
  description: string;
  owner: boolean;
  dueInDays: number | null;
  /** Days after finding when the rectification was recorded, and whether it was verified. */
  rectified?: { afterDays: number; verified: boolean };
}

// Hazards in every status (PRV-1): INCOMPLETE, OPEN, OVERDUE, awaiting verification, RECTIFIED, RECTIFIED_LATE.
const SELF_HAZARDS: DemoHazard[] = [
  { code: 'BLIND-02', description: '三楼东侧储物间未上锁，监控看不到门口', owner: false, dueInDays: null },
  { code: 'TECH-02', description: '一键报警装置本学期未测试', owner: true, dueInDays: 10 },
  { code: 'PHYS-02', description: '门卫室缺少钢叉和防刺服', owner: true, dueInDays: -3 },
];
const ON_SITE_HAZARDS: DemoHazard[] = [
  {
    code: 'ONE-02',
    description: '心理辅导室门无观察窗',
    owner: true,
    dueInDays: 5,
    rectified: { afterDays: 2, verified: false },
  },
  {
    code: 'DORM-02',
    description: '班主任查寝无登记记录',
    owner: true,
    dueInDays: -10,
    rectified: { afterDays: 6, verified: true },
  },
  {
    code: 'REC-02',
    description: '举报信箱和求助热线未在校门公示',
    owner: true,
    dueInDays: -20,
    rectified: { afterDays: 10, verified: true },
  },
];

/**
 * Demo data of issue 11 (PRV-1): a campaign over the primary schools, 谢家湾小学's submitted self-inspection
 * and 基教科's on-site inspection there, hazards in every status owned by 王芳 (`teacher`). Idempotent:
 * nothing is written once the campaign exists. Only the hazard still ahead of its due date gets alert jobs
 * (past due dates are history here, as in the district seed).
 */
export async function seedDemoInspections(dataSource: DataSource, options: { now: Date }): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const [existing] = (await manager.query('SELECT id FROM inspection_campaign WHERE name = $1', [
      CAMPAIGN,
    ])) as unknown[];
    if (existing) return;
    const [people] = (await manager.query(
      `SELECT i.id AS school_id, i.kind, t.id AS template_id,
         (SELECT id FROM account WHERE username = 'safety') AS safety,
         (SELECT id FROM account WHERE username = 'basic') AS basic,
         (SELECT id FROM account WHERE username = 'head.primary') AS head,
         (SELECT id FROM account WHERE username = 'teacher') AS teacher,
         (SELECT staff_member_id FROM account WHERE username = 'teacher') AS owner
       FROM institution i, inspection_template t WHERE i.name = $1 AND t.code = $2`,
      [SCHOOL, DEFAULT_INSPECTION_TEMPLATE.code],
    )) as {
      school_id: string;
      kind: 'PRIMARY';
      template_id: string;
      safety: string | null;
      basic: string | null;
      head: string | null;
      teacher: string | null;
      owner: string | null;
    }[];
    if (!people?.safety || !people.basic || !people.head || !people.teacher || !people.owner) return;
    const now = options.now.getTime();
    const opened = new Date(now - 20 * DAY);
    const [{ id: campaignId }] = (await manager.query(
      `INSERT INTO inspection_campaign (name, template_id, starts_at, ends_at, covered_kinds, opened_by_account_id, opened_at)
       VALUES ($1, $2, $3, $4, '{PRIMARY}', $5, $3) RETURNING id`,
      [CAMPAIGN, people.template_id, opened, new Date(now + 10 * DAY), people.safety],
    )) as { id: string }[];
    await manager.query(
      `INSERT INTO inspection_campaign_institution (campaign_id, institution_id)
       SELECT $1, id FROM institution WHERE kind = 'PRIMARY'`,
      [campaignId],
    );
    const items = applicableItems(await templateItems(manager, people.template_id), people.kind);
    const self = await inspectionWith(manager, {
      campaignId,
      schoolId: people.school_id,
      templateId: people.template_id,
      kind: 'SELF',
      by: people.head,
      at: new Date(now - 15 * DAY),
      items,
      hazards: SELF_HAZARDS,
      owner: people.owner,
      rectifiedBy: people.teacher,
      verifiedBy: people.basic,
      isSubmitted: true,
      now: options.now,
    });
    const onSite = await inspectionWith(manager, {
      campaignId: null,
      schoolId: people.school_id,
      templateId: people.template_id,
      kind: 'ON_SITE',
      by: people.basic,
      at: new Date(now - 25 * DAY),
      items,
      hazards: ON_SITE_HAZARDS,
      owner: people.owner,
      rectifiedBy: people.teacher,
      verifiedBy: people.basic,
      isSubmitted: true,
      now: options.now,
    });
    await recordAudit(manager, null, options.now, {
      action: 'seed.demoInspections',
      outcome: 'OK',
      details: { campaignId, inspections: [self, onSite] },
    });
  });
}

async function inspectionWith(
  manager: EntityManager,
  o: {
    campaignId: string | null;
    schoolId: string;
    templateId: string;
    kind: 'SELF' | 'ON_SITE';
    by: string;
    at: Date;
    items: { id: string; code: string }[];
    hazards: DemoHazard[];
    owner: string;
    rectifiedBy: string;
    verifiedBy: string;
    isSubmitted: boolean;
    now: Date;
  },
): Promise<string> {
  const [{ id }] = (await manager.query(
    `INSERT INTO inspection (campaign_id, institution_id, template_id, kind, started_by_account_id, started_at, submitted_at, submitted_by_account_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $5) RETURNING id`,
    [o.campaignId, o.schoolId, o.templateId, o.kind, o.by, o.at, new Date(o.at.getTime() + DAY / 8)],
  )) as { id: string }[];
  const failed = new Map(o.hazards.map((h) => [h.code, h]));
  for (const item of o.items) {
    const hazard = failed.get(item.code);
    await manager.query(
      `INSERT INTO inspection_item_result (inspection_id, item_id, result, note, recorded_by_account_id, recorded_at)
       VALUES ($1, $2, $3, NULL, $4, $5)`,
      [
        id,
        item.id,
        hazard ? 'FAILED' : item.code.startsWith('DORM') ? 'NOT_APPLICABLE' : 'PASSED',
        o.by,
        o.at,
      ],
    );
    if (!hazard) continue;
    const dueAt = hazard.dueInDays === null ? null : new Date(o.now.getTime() + hazard.dueInDays * DAY);
    const rectifiedAt = hazard.rectified ? new Date(o.at.getTime() + hazard.rectified.afterDays * DAY) : null;
    const [{ id: hazardId }] = (await manager.query(
      `INSERT INTO hazard (institution_id, inspection_id, item_id, description, found_at, owner_staff_id, due_at, stage, rectified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        o.schoolId,
        id,
        item.id,
        hazard.description,
        o.at,
        hazard.owner ? o.owner : null,
        dueAt,
        hazard.rectified
          ? hazard.rectified.verified
            ? 'CLOSED'
            : 'AWAITING_VERIFICATION'
          : 'AWAITING_RECTIFICATION',
        hazard.rectified?.verified ? rectifiedAt : null,
      ],
    )) as { id: string }[];
    if (hazard.rectified && rectifiedAt) {
      await manager.query(
        `INSERT INTO hazard_rectification (hazard_id, note, recorded_by_account_id, recorded_at, verification, verified_by_account_id, verified_at)
         VALUES ($1, '已整改完毕', $2, $3, $4, $5, $6)`,
        [
          hazardId,
          o.rectifiedBy,
          rectifiedAt,
          hazard.rectified.verified ? 'VERIFIED' : 'PENDING',
          hazard.rectified.verified ? o.verifiedBy : null,
          hazard.rectified.verified ? new Date(rectifiedAt.getTime() + DAY) : null,
        ],
      );
    }
    if (dueAt && dueAt.getTime() > o.now.getTime() && !hazard.rectified) {
      await scheduleHazardAlerts(manager, hazardId, dueAt, DEFAULT_POLICY);
    }
  }
  return id;
}
