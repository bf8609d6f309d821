import {
  BULLYING_STEPS,
  bullyingStepsAccess,
  bullyingStepStatus,
  isBullyingCase,
  canCompleteBullyingStep,
  type BullyingStepsAccess,
  type DistrictPolicy,
} from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../../context';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { boundedText } from '../../shared/commands/bounded-text';
import { runCommand } from '../../shared/commands/run-command';
import { ValidationError } from '../../shared/graphql/error-result';
import { AccountEntity } from '../accounts/account.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { BullyingStepEntity } from './bullying-step.entity';
import { BullyingSteps, type RecordBullyingStepInput } from './bullying-steps.type';
import { loadCaseForChange, UUID } from './commands/case-command.support';
import { CaseForbiddenError } from './incident-errors.type';
import { IncidentEntity } from './incident.entity';
import { toCaseFacts } from './incident-facts';

/** PRV-10: the report a bullying case's time limits count from: when the school first heard of it. */
const reportOf = (incident: IncidentEntity) => ({ caseId: incident.id, reportedAt: incident.receivedAt });

function stepsAccess(
  incident: IncidentEntity,
  institution: Pick<InstitutionEntity, 'kind'>,
  actor: SignedInActor,
  policy: DistrictPolicy,
): BullyingStepsAccess {
  return bullyingStepsAccess(toCaseFacts(incident, institution.kind), toAccessActor(actor), policy);
}

/** The steps as the viewer sees them (the viewer's access already checked). */
async function viewSteps(
  manager: EntityManager,
  incident: IncidentEntity,
  access: BullyingStepsAccess,
  now: Date,
  policy: DistrictPolicy,
): Promise<BullyingSteps> {
  const rows = await manager.getRepository(BullyingStepEntity).find({ where: { caseId: incident.id } });
  const recorders = rows.length
    ? await manager
        .getRepository(AccountEntity)
        .createQueryBuilder('a')
        .select(['a.id', 'a.displayName'])
        .where('a.id IN (:...ids)', { ids: [...new Set(rows.map((r) => r.recordedByAccountId))] })
        .getMany()
    : [];
  const nameOf = new Map(recorders.map((a) => [a.id, a.displayName]));
  const states = bullyingStepStatus(reportOf(incident), rows, now, policy);
  return Object.assign(new BullyingSteps(), {
    caseId: incident.id,
    steps: states.map((s) => {
      const row = rows.find((r) => r.step === s.step);
      return {
        step: s.step,
        status: s.status,
        dueAt: s.dueAt,
        completedAt: s.completedAt,
        isLate: s.isLate,
        note: row?.note ?? null,
        recordedBy: row ? (nameOf.get(row.recordedByAccountId) ?? null) : null,
      };
    }),
    nextStep: BULLYING_STEPS.find((step) => !rows.some((r) => r.step === step)) ?? null,
    viewerCan: { recordStep: access.canRecord.allowed },
  });
}

/**
 * PRV-10: a case's bullying steps; null for a case of another category or one the viewer does not see
 * with its child (the steps' notes name children: the case's own need-to-know group, REP-7). The case
 * read itself is audited by `case(id)`.
 */
export async function readBullyingSteps(
  context: RequestContext,
  caseId: string,
): Promise<BullyingSteps | null> {
  const actor = signedIn(context);
  if (!UUID.test(caseId)) return null;
  const manager = context.dataSource.manager;
  const incident = await manager.getRepository(IncidentEntity).findOneBy({ id: caseId });
  if (!incident) return null;
  const institution = await manager
    .getRepository(InstitutionEntity)
    .findOneByOrFail({ id: incident.institutionId });
  const access = stepsAccess(incident, institution, actor, context.policy);
  if (!access.canView.allowed) return null;
  return viewSteps(manager, incident, access, context.clock.now(), context.policy);
}

/** PRV-10: records one step of a bullying case, in order; audited (the step, never the note). */
export async function recordBullyingStep(context: RequestContext, input: RecordBullyingStepInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'welfareNote', true);
  return runCommand(context, {
    action: 'incident.recordBullyingStep',
    targetType: 'incident',
    targetId: input.caseId,
    validate: () => {
      if (note instanceof ValidationError) return note;
      if (!(BULLYING_STEPS as readonly string[]).includes(input.step))
        return ValidationError.of('step', 'step is not a bullying handling step');
      return input.completedAt.getTime() > now.getTime()
        ? ValidationError.of('completedAt', 'completedAt is in the future')
        : null;
    },
    load: (manager, actor) => loadCaseForChange(context, manager, actor, input.caseId),
    authorize: ({ incident, institution }, actor) => {
      const access = stepsAccess(incident, institution, actor, context.policy);
      if (access.canRecord.allowed) return null;
      return CaseForbiddenError.create(
        isBullyingCase(incident.category)
          ? 'Only whoever manages the open bullying case records its steps'
          : 'Only a bullying case has bullying steps',
        access.canRecord.ruleId,
      );
    },
    execute: async (manager, { incident, institution }, actor) => {
      const repository = manager.getRepository(BullyingStepEntity);
      const done = await repository.find({ where: { caseId: incident.id } });
      const decision = canCompleteBullyingStep(reportOf(incident), done, input.step, input.completedAt);
      if (!decision.ok)
        return {
          result: ValidationError.of(
            decision.error.code === 'BEFORE_REPORT' ? 'completedAt' : 'step',
            `${decision.error.message} (PRV-10)`,
          ),
          details: { step: input.step, refusal: decision.error.code, ruleId: 'PRV-10' },
          auditOutcome: decision.error.code,
        };
      await repository.insert({
        caseId: incident.id,
        step: input.step,
        completedAt: input.completedAt,
        note: note as string,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      const access = stepsAccess(incident, institution, actor, context.policy);
      const steps = await viewSteps(manager, incident, access, now, context.policy);
      const state = steps.steps.find((s) => s.step === input.step)!;
      return { result: steps, details: { step: input.step, isLate: state.isLate } };
    },
  });
}
