import {
  careRecordsAccess,
  preventionGapsFromRecords,
  PREVENTION_GAP_CODES,
  type InstitutionKind,
  type PreventionGap,
  type PreventionGapCode,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { isUuid } from '../places/place-register';
import { loadCareRecords } from './care-records-loader';
import {
  MyCareGaps,
  PreventionGapInstitution,
  PreventionGaps,
  type PreventionGapItem,
} from './care-gaps.type';
import { countGaps } from './gap-figures';
import { toGapItems } from './gap-items';

/** How many gaps the home lists before linking to the page. */
export const HOME_GAPS = 5;

// The home lists first what concerns a child now (a bullying step, a talk, a child's file), then the rest
// in the domain's order: the institution-wide gaps wait on the page.
const URGENT: readonly PreventionGapCode[] = [
  'BULLYING_STEP_OVERDUE',
  'WELFARE_TALK_OVERDUE',
  'SPECIAL_CHILD_PERSONAL_FILE_MISSING',
  'SPECIAL_CHILD_GROWTH_FILE_MISSING',
];
const urgency = (gap: PreventionGap) => {
  const index = URGENT.indexOf(gap.code);
  return index === -1 ? URGENT.length : index;
};

async function institutionOf(manager: EntityManager, id: string) {
  const [row]: { id: string; name: string; kind: InstitutionKind }[] = await manager.query(
    'SELECT id, name, kind FROM institution WHERE id = $1',
    [id],
  );
  return row ?? null;
}

const countsOf = (gaps: PreventionGap[]) =>
  PREVENTION_GAP_CODES.map((code) => {
    const own = gaps.filter((g) => g.code === code);
    return { code, ruleId: own[0]?.ruleId ?? '', count: own.length };
  }).filter((c) => c.count > 0);

/**
 * PRV-2, PRV-5 to PRV-10: one institution's gaps found from its records (preventionGapsFromRecords). The
 * head sees each with what it concerns (canViewGapSubjects); inspectors and leadership count them
 * (canViewGapCounts); anyone else gets null. Every read is audited, refusals too; the audit row holds
 * counts only, never a name.
 */
export async function readPreventionGaps(
  context: RequestContext,
  institutionId: string,
): Promise<PreventionGaps | null> {
  const signedInActor = signedIn(context);
  const actor = toAccessActor(signedInActor);
  const now = context.clock.now();
  return context.dataSource.transaction(async (manager) => {
    const institution = isUuid(institutionId) ? await institutionOf(manager, institutionId) : null;
    const access = institution ? careRecordsAccess(institution, actor, context.policy) : null;
    let answer: PreventionGaps | null = null;
    let childrenNamed = 0;
    if (institution && access?.canViewGapCounts.allowed) {
      const [loaded] = await loadCareRecords(
        (sql, p) => manager.query(sql, p),
        [institution],
        context.policy,
      );
      const gaps = preventionGapsFromRecords(loaded.records, now, context.policy);
      const withSubjects = access.canViewGapSubjects.allowed;
      const read = withSubjects
        ? await toGapItems(manager, loaded, gaps, actor)
        : { items: [], childrenNamed: 0 };
      childrenNamed = read.childrenNamed;
      answer = Object.assign(new PreventionGaps(), {
        institutionId: institution.id,
        institutionName: institution.name,
        total: gaps.length,
        counts: countsOf(gaps),
        gaps: read.items,
        viewerCanViewSubjects: withSubjects,
      });
    }
    await recordAudit(manager, signedInActor, now, {
      action: 'careGaps.read',
      outcome: answer ? 'OK' : 'NOT_FOUND',
      targetType: 'institution',
      targetId: institutionId.slice(0, 64),
      details: answer
        ? { total: answer.total, withSubjects: answer.viewerCanViewSubjects, childrenNamed }
        : null,
    });
    return answer;
  });
}

/**
 * The gaps on the viewer's home: a head's own institution's (all of them), a teacher's or staff member's
 * those naming her as responsible (an overdue talk of a child in her class, PRV-8). A read that names a
 * child is audited.
 */
export async function readMyCareGaps(context: RequestContext): Promise<MyCareGaps> {
  const signedInActor = signedIn(context);
  const actor = toAccessActor(signedInActor);
  const now = context.clock.now();
  const none = Object.assign(new MyCareGaps(), {
    institutionId: null,
    total: 0,
    first: [],
    canOpenList: false,
  });
  if (actor.institutionId === null) return none;
  const isResponsibleStaff = (actor.role === 'TEACHER' || actor.role === 'STAFF') && actor.staffId !== null;
  if (actor.role !== 'HEAD' && !isResponsibleStaff) return none;
  return context.dataSource.transaction(async (manager) => {
    const institution = await institutionOf(manager, actor.institutionId!);
    if (!institution) return none;
    const access = careRecordsAccess(institution, actor, context.policy);
    const isHead = access.canViewGapSubjects.allowed;
    if (!isHead && !isResponsibleStaff) return none;
    const [loaded] = await loadCareRecords((sql, p) => manager.query(sql, p), [institution], context.policy);
    const gaps = preventionGapsFromRecords(loaded.records, now, context.policy)
      .filter((g) => isHead || g.responsibleStaffId === actor.staffId)
      // A stable sort: within one urgency the domain's order.
      .sort((a, b) => urgency(a) - urgency(b));
    const { items, childrenNamed } = await toGapItems(manager, loaded, gaps.slice(0, HOME_GAPS), actor);
    if (childrenNamed > 0)
      await recordAudit(manager, signedInActor, now, {
        action: 'careGaps.readOwn',
        outcome: 'OK',
        targetType: 'institution',
        targetId: institution.id,
        details: { total: gaps.length, childrenNamed },
      });
    return Object.assign(new MyCareGaps(), {
      institutionId: institution.id,
      total: gaps.length,
      first: items satisfies PreventionGapItem[],
      canOpenList: isHead,
    });
  });
}

/**
 * PRV-2, PRV-5 to PRV-10, ACC-1: the district's gaps per institution, counts only, for whoever counts them
 * (careRecordsAccess.canViewGapCounts: inspectors, leadership, a head her own); most gaps first. Not
 * audited, like the dashboard: it names no person and no child.
 */
export async function readPreventionGapOverview(
  context: RequestContext,
): Promise<PreventionGapInstitution[]> {
  const actor = toAccessActor(signedIn(context));
  const manager = context.dataSource.manager;
  const institutions: { id: string; name: string; kind: InstitutionKind }[] = await manager.query(
    'SELECT id, name, kind FROM institution ORDER BY name, id',
  );
  const counts = await countGaps(
    (sql, parameters) => manager.query(sql, parameters),
    institutions,
    actor,
    context.clock.now(),
    context.policy,
  );
  const nameOf = new Map(institutions.map((i) => [i.id, i.name]));
  return counts
    .map((c) =>
      Object.assign(new PreventionGapInstitution(), {
        institutionId: c.institutionId,
        institutionName: nameOf.get(c.institutionId)!,
        total: c.total,
        counts: PREVENTION_GAP_CODES.filter((code) => (c.byCode[code] ?? 0) > 0).map((code) => ({
          code,
          ruleId: c.ruleOf[code]!,
          count: c.byCode[code]!,
        })),
      }),
    )
    .sort((a, b) => b.total - a.total || a.institutionName.localeCompare(b.institutionName, 'zh-CN'));
}
