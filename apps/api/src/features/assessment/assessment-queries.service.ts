import { assessmentAccess, assessmentPeriodsAccess } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import {
  loadAssessments,
  policyFacts,
  readableRowsCondition,
  stampVetoComputed,
  type LoadedAssessment,
} from './assessment-facts';
import {
  AssessmentPeriod,
  AssessmentPeriodList,
  type Assessment,
  type AssessmentRow,
} from './assessment.type';
import { toAssessment, toRow } from './assessment-view';

export const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

type PeriodSql = {
  id: string;
  name: string;
  starts_at: Date;
  ends_at: Date;
  covered_section: string | null;
  covered_kinds: string[];
  opened_at: Date;
  institution_count: number;
};

function toPeriod(row: PeriodSql): AssessmentPeriod {
  return Object.assign(new AssessmentPeriod(), {
    id: row.id,
    name: row.name,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    coveredSection: row.covered_section,
    coveredKinds: row.covered_kinds,
    openedAt: row.opened_at,
    institutionCount: row.institution_count,
  });
}

function scopeOf(actor: SignedInActor) {
  return assessmentPeriodsAccess(toAccessActor(actor)).scope;
}

/** Periods with at least one row the actor reads (all of them for 督导室 and leadership), newest first. */
export async function readPeriods(
  manager: EntityManager,
  actor: SignedInActor,
  periodId: string | null,
): Promise<AssessmentPeriod[]> {
  const readable = readableRowsCondition(scopeOf(actor), 2);
  const rows: PeriodSql[] = await manager.query(
    `SELECT p.id, p.name, p.starts_at, p.ends_at, p.covered_section, p.covered_kinds, p.opened_at,
       count(a.id)::int AS institution_count
     FROM assessment_period p JOIN assessment a ON a.period_id = p.id AND ${readable.sql}
     WHERE ($1::uuid IS NULL OR p.id = $1::uuid)
     GROUP BY p.id ORDER BY p.starts_at DESC, p.opened_at DESC, p.id`,
    [periodId, ...readable.parameters],
  );
  return rows.map(toPeriod);
}

export async function listPeriods(context: RequestContext): Promise<AssessmentPeriodList> {
  const actor = signedIn(context);
  const access = assessmentPeriodsAccess(toAccessActor(actor));
  return Object.assign(new AssessmentPeriodList(), {
    items: await readPeriods(context.dataSource.manager, actor, null),
    canOpenPeriod: access.canOpenPeriod.allowed,
    canExport: access.canExport.allowed,
  });
}

/** One period; null when missing or without a row the actor reads. */
export async function readPeriod(context: RequestContext, id: string): Promise<AssessmentPeriod | null> {
  if (!isUuid(id)) return null;
  const [period] = await readPeriods(context.dataSource.manager, signedIn(context), id);
  return period ?? null;
}

/** The rows of a period the actor reads, each with its computed verdict (two statements). */
export async function loadPeriodRows(
  manager: EntityManager,
  actor: SignedInActor,
  context: Pick<RequestContext, 'policy'>,
  periodId: string,
): Promise<LoadedAssessment[]> {
  const readable = readableRowsCondition(scopeOf(actor), 2);
  const ids: { id: string }[] = await manager.query(
    `SELECT a.id FROM assessment a WHERE a.period_id = $1 AND ${readable.sql}`,
    [periodId, ...readable.parameters],
  );
  return loadAssessments(
    manager,
    ids.map((r) => r.id),
    context.policy,
  );
}

export async function periodRows(context: RequestContext, periodId: string): Promise<AssessmentRow[]> {
  const rows = await loadPeriodRows(context.dataSource.manager, signedIn(context), context, periodId);
  return rows.map(toRow);
}

/** Loads one assessment the actor may read (ACC-1, ORG-3); null when missing or not readable. */
export async function loadReadableAssessment(
  context: Pick<RequestContext, 'policy' | 'clock'>,
  manager: EntityManager,
  actor: SignedInActor,
  id: string,
): Promise<LoadedAssessment | null> {
  if (!isUuid(id)) return null;
  const [loaded] = await loadAssessments(manager, [id], context.policy);
  if (!loaded) return null;
  const access = assessmentAccess(
    policyFacts(loaded),
    toAccessActor(actor),
    context.clock.now(),
    context.policy,
  );
  return access.canView.allowed ? loaded : null;
}

/** One institution's assessment with everything its page shows. */
export async function readAssessment(context: RequestContext, id: string): Promise<Assessment | null> {
  const actor = signedIn(context);
  // Audited like every read by id of a record that names cases (the case and staff reads are too).
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadReadableAssessment(context, manager, actor, id);
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'assessment.read',
      targetType: 'assessment',
      targetId: id.slice(0, 64),
      outcome: loaded ? 'OK' : 'NOT_FOUND',
    });
    if (!loaded) return null;
    await stampVetoComputed(manager, loaded, context.clock.now());
    const [period] = await readPeriods(manager, actor, loaded.periodId);
    return toAssessment(context, manager, actor, loaded, period);
  });
}
