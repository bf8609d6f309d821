import {
  committeePreventionScope,
  trainingCoverageAccess,
  type InstitutionKind,
  type TrainingTopic,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { isUuid } from '../places/place-register';
import { coverageOf, schoolYearAt } from './training-register';
import { organiserOfActor } from './training-sessions';
import type { InstitutionTrainingCoverage, TrainingCoverage, TrainingViewer } from './training.type';

interface InstitutionRow {
  id: string;
  name: string;
  kind: InstitutionKind;
}

async function loadInstitution(manager: EntityManager, id: string): Promise<InstitutionRow | null> {
  if (!isUuid(id)) return null;
  const [row]: InstitutionRow[] = await manager.query(
    'SELECT id, name, kind FROM institution WHERE id = $1',
    [id],
  );
  return row ?? null;
}

/**
 * PRV-5, PRV-9, PRV-10: an institution's coverage of a topic. Counts for its inspectors and leadership;
 * the untrained by name for its head only, each such read audited (names are need-to-know). A refused
 * read is audited too and answered as null, like a missing institution.
 */
export async function readTrainingCoverage(
  context: RequestContext,
  institutionId: string,
  topic: TrainingTopic,
  schoolYear: number | null | undefined,
): Promise<TrainingCoverage | null> {
  const actor = signedIn(context);
  const manager = context.dataSource.manager;
  const now = context.clock.now();
  const { at, range } = schoolYearAt(now, context.policy, schoolYear);
  const institution = await loadInstitution(manager, institutionId);
  if (!institution) return null;
  const access = trainingCoverageAccess(institution, toAccessActor(actor), context.policy);
  if (!access.canViewCounts.allowed) {
    await recordAudit(manager, actor, now, {
      action: 'training.readCoverage',
      outcome: 'FORBIDDEN',
      targetType: 'institution',
      targetId: institution.id,
      details: { topic, ruleId: access.canViewCounts.ruleId },
    });
    return null;
  }
  const { coverage, register } = (
    await coverageOf(manager, [institution.id], topic, at, range, context.policy)
  ).get(institution.id)!;
  const withNames = access.canViewNames.allowed;
  const uncovered = new Set(coverage.uncoveredStaffIds);
  const untrained = withNames
    ? register
        .filter((m) => uncovered.has(m.staffId))
        .map((m) => ({
          staffId: m.staffId,
          name: m.name,
          role: m.role,
          employmentType: m.employmentType,
          post: m.post,
        }))
    : null;
  if (untrained) {
    await recordAudit(manager, actor, now, {
      action: 'training.readCoverage',
      outcome: 'OK',
      targetType: 'institution',
      targetId: institution.id,
      details: { topic, untrainedNames: untrained.length },
    });
  }
  return {
    institutionId: institution.id,
    institutionName: institution.name,
    topic,
    schoolYearStart: coverage.schoolYear.start,
    schoolYearEnd: coverage.schoolYear.end,
    audienceCount: coverage.audienceStaffIds.length,
    coveredCount: coverage.coveredStaffIds.length,
    share: coverage.share,
    ruleIds: coverage.ruleIds,
    untrained,
  };
}

/**
 * PRV-5: the district overview of a topic, counts only, one row per institution the committee reader
 * inspects (committeePreventionScope, each row asked of trainingCoverageAccess); least covered first.
 */
export async function trainingCoverageOverview(
  context: RequestContext,
  topic: TrainingTopic,
  schoolYear: number | null | undefined,
): Promise<InstitutionTrainingCoverage[]> {
  const actor = signedIn(context);
  const accessActor = toAccessActor(actor);
  const scope = committeePreventionScope(accessActor, context.policy);
  if (!scope) return [];
  const manager = context.dataSource.manager;
  const { at, range } = schoolYearAt(context.clock.now(), context.policy, schoolYear);
  const institutions: InstitutionRow[] = (
    (await manager.query('SELECT id, name, kind FROM institution ORDER BY name, id')) as InstitutionRow[]
  ).filter((i) => trainingCoverageAccess(i, accessActor, context.policy).canViewCounts.allowed);
  const coverage = await coverageOf(
    manager,
    institutions.map((i) => i.id),
    topic,
    at,
    range,
    context.policy,
  );
  return institutions
    .map((i) => {
      const c = coverage.get(i.id)!.coverage;
      return {
        institutionId: i.id,
        institutionName: i.name,
        audienceCount: c.audienceStaffIds.length,
        coveredCount: c.coveredStaffIds.length,
        share: c.share,
      };
    })
    .sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || a.institutionName.localeCompare(b.institutionName));
}

/** The training pages' entry point for the viewer. */
export function trainingViewer(context: RequestContext): TrainingViewer {
  const actor: SignedInActor = signedIn(context);
  return {
    canRecordSession: organiserOfActor(actor) !== null,
    ownInstitutionId: actor.role === 'HEAD' ? actor.institutionId : null,
    canViewOverview: committeePreventionScope(toAccessActor(actor), context.policy) !== null,
  };
}
