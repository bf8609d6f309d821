import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { StaffMemberEntity } from '../staff-member.entity';
import { InvalidStaffStateError, VettingNotClearError } from '../staff.results';
import { refreshStaffDueDates } from '../staff-due-dates';
import { toStaffMember } from '../staff-scope';
import { decide, toVettingDecision } from '../vetting-facts';
import { loadStaffForChange, refuseUnless } from './staff-command.support';
import { raiseStaffEvent } from '../../webhooks/record-webhook-events';

/** VET-1: the server refuses activation unless decideVetting is CLEAR, whatever the page showed. */
export async function activateStaff(context: RequestContext, staffId: string) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'staff.activate',
    targetType: 'staff',
    targetId: staffId,
    load: (manager, actor) => loadStaffForChange(context, manager, actor, staffId),
    authorize: (loaded) =>
      refuseUnless(loaded, 'manageRegister', 'Only the head activates staff of the institution'),
    execute: async (manager, { staff, facts, access }) => {
      const decision = decide(staff, facts, now, context.policy);
      if (decision.status !== 'CLEAR') {
        if (decision.status === 'BLOCKED' && staff.status === 'CANDIDATE') {
          await manager.getRepository(StaffMemberEntity).update({ id: staff.id }, { status: 'BLOCKED' });
          await raiseStaffEvent(manager, 'staff.blocked', staff, now, context.policy);
        }
        return {
          result: VettingNotClearError.of(toVettingDecision(decision, access.recordableChecks)),
          details: { vetting: decision.status },
          auditOutcome: 'VETTING_NOT_CLEAR',
        };
      }
      if (staff.status !== 'CANDIDATE') {
        return { result: InvalidStaffStateError.of('Only a candidate can be activated', staff.status) };
      }
      staff.status = 'ACTIVE';
      staff.activatedAt = now;
      staff.startedAt = staff.startedAt ?? now;
      await manager
        .getRepository(StaffMemberEntity)
        .update({ id: staff.id }, { status: 'ACTIVE', activatedAt: now, startedAt: staff.startedAt });
      await refreshStaffDueDates(manager, [staff.id], { now, policy: context.policy });
      await raiseStaffEvent(manager, 'staff.activated', staff, now, context.policy);
      return { result: toStaffMember(staff) };
    },
  });
}
