import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { ReminderInterviewEntity } from '../reminder-interview.entity';
import type { RecordInterviewInput } from '../staff.inputs';
import { InvalidStaffStateError } from '../staff.results';
import { refreshStaffDueDates } from '../staff-due-dates';
import { toStaffMember } from '../staff-scope';
import { loadStaffForChange, refuseUnless } from './staff-command.support';

/** VET-10: a reminder interview 约谈提示; the next due date moves with it. */
export async function recordInterview(context: RequestContext, input: RecordInterviewInput) {
  const now = context.clock.now();
  const interviewer = boundedText(input.interviewer, 'interviewer', 'interviewer', true);
  const notes = boundedText(input.notes, 'notes', 'interviewNotes', false);
  return runCommand(context, {
    action: 'staff.recordInterview',
    targetType: 'staff',
    targetId: input.staffId,
    validate: () =>
      firstInvalid(interviewer, notes) ??
      (input.interviewedAt.getTime() > now.getTime()
        ? ValidationError.of('interviewedAt', 'Interview date is in the future')
        : null),
    load: (manager, actor) => loadStaffForChange(context, manager, actor, input.staffId),
    authorize: (loaded) =>
      loaded.access.can.manageRegister.allowed && !loaded.access.can.recordInterview.allowed
        ? InvalidStaffStateError.of(
            'Reminder interviews are for active staff with access to students',
            loaded.staff.status,
          )
        : refuseUnless(loaded, 'recordInterview', 'Only the head records reminder interviews'),
    execute: async (manager, { staff }, actor) => {
      await manager.getRepository(ReminderInterviewEntity).insert({
        staffId: staff.id,
        interviewedAt: input.interviewedAt,
        interviewer: interviewer as string,
        notes: (notes as string | null) ?? '',
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      await refreshStaffDueDates(manager, [staff.id], { now, policy: context.policy });
      return { result: toStaffMember(staff) };
    },
  });
}
