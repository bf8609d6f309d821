import { misconductOutcomes, TEACHER_QUALIFICATION_KINDS, type MisconductFacts } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { MisconductCaseEntity } from './misconduct-case.entity';
import { MisconductCase, type MisconductCaseActions, type MisconductOptions } from './misconduct-case.type';
import { QualificationEntity } from './qualification.entity';

/** The domain's options, shaped for the API. */
export function toOptions(facts: MisconductFacts): MisconductOptions {
  const decision = misconductOutcomes(facts);
  return {
    isInvestigationNeeded: decision.status === 'INVESTIGATE_FIRST',
    options: decision.options.map((o) => ({
      outcome: o.outcome,
      isMandatory: o.isMandatory,
      ruleId: o.ruleId,
      clause: o.clause,
    })),
  };
}

export function toMisconductCase(
  entity: MisconductCaseEntity,
  staffName: string,
  viewerCan: MisconductCaseActions,
): MisconductCase {
  return Object.assign(new MisconductCase(), {
    viewerCan,
    id: entity.id,
    staffId: entity.staffId,
    staffName,
    institutionId: entity.institutionId,
    incidentId: entity.incidentId,
    status: entity.status,
    facts: entity.facts,
    investigation: entity.investigation,
    factsVerified: entity.factsVerified,
    severity: entity.severity,
    involvesCrime: entity.involvesCrime,
    outcomes: entity.outcomes,
    openedAt: entity.openedAt,
    proposedAt: entity.proposedAt,
    decidedAt: entity.decidedAt,
  });
}

/** VET-6: whether the person still holds a teacher qualification (the ladder offers revocation). */
export async function holdsTeacherQualification(manager: EntityManager, staffId: string): Promise<boolean> {
  return manager
    .getRepository(QualificationEntity)
    .createQueryBuilder('q')
    .where('q.staff_id = :staffId AND q.revoked_at IS NULL', { staffId })
    .andWhere('q.kind IN (:...kinds)', { kinds: TEACHER_QUALIFICATION_KINDS })
    .getExists();
}
