import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { MisconductCaseEntity } from '../misconduct-case.entity';
import { toMisconductCase } from '../misconduct.service';
import type { OpenMisconductCaseInput } from '../staff.inputs';
import { misconductAccessOf } from '../staff-policy';
import { loadStaffForChange, refuseUnless } from './staff-command.support';

/** VET-11: opens a case against a staff member, directly or from a reported incident. */
export async function openMisconductCase(context: RequestContext, input: OpenMisconductCaseInput) {
  const now = context.clock.now();
  const facts = boundedText(input.facts, 'facts', 'misconductFacts', true);
  const incidentId = input.incidentId?.trim() || null;
  return runCommand(context, {
    action: 'staff.openMisconductCase',
    targetType: 'misconductCase',
    targetId: null,
    validate: () => {
      if (facts instanceof ValidationError) return facts;
      return incidentId && incidentId.length > 64
        ? ValidationError.of('incidentId', 'incidentId is too long')
        : null;
    },
    load: (manager, actor) => loadStaffForChange(context, manager, actor, input.staffId),
    authorize: (loaded) =>
      refuseUnless(
        loaded,
        'openMisconductCase',
        'Misconduct cases are opened by their handlers, about active staff, never by the subject',
      ),
    execute: async (manager, { staff, facts: vettingFacts }, actor) => {
      const entity = manager.getRepository(MisconductCaseEntity).create({
        staffId: staff.id,
        institutionId: staff.institutionId,
        incidentId,
        status: 'OPEN',
        facts: facts as string,
        investigation: null,
        factsVerified: false,
        severity: null,
        involvesCrime: false,
        outcomes: [],
        openedAt: now,
        openedByAccountId: actor.accountId,
        proposedAt: null,
        decidedAt: null,
        decidedByAccountId: null,
      });
      await manager.getRepository(MisconductCaseEntity).save(entity);
      const access = misconductAccessOf(entity, staff, vettingFacts, actor, context.policy);
      return {
        result: toMisconductCase(entity, staff.name, { canDecide: access.can.decide.allowed }),
        targetId: entity.id,
        details: { staffId: staff.id, incidentId },
      };
    },
  });
}
