import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { QualificationEntity } from '../qualification.entity';
import type { RecordQualificationInput } from '../staff.inputs';
import { toStaffMember } from '../staff-scope';
import { loadStaffForChange, refuseUnless } from './staff-command.support';

/** VET-5: a qualification or training certificate held, recorded by the institution's head. */
export async function recordQualification(context: RequestContext, input: RecordQualificationInput) {
  const now = context.clock.now();
  const number = boundedText(input.number, 'number', 'qualificationNumber', true);
  return runCommand(context, {
    action: 'staff.recordQualification',
    targetType: 'staff',
    targetId: input.staffId,
    validate: () => {
      if (number instanceof ValidationError) return number;
      return input.issuedAt.getTime() > now.getTime()
        ? ValidationError.of('issuedAt', 'Issue date is in the future')
        : null;
    },
    load: (manager, actor) => loadStaffForChange(context, manager, actor, input.staffId),
    authorize: (loaded) =>
      refuseUnless(loaded, 'recordQualification', 'Only the head records qualifications of the institution'),
    execute: async (manager, { staff }) => {
      await manager.getRepository(QualificationEntity).insert({
        staffId: staff.id,
        kind: input.kind,
        number: number as string,
        issuedAt: input.issuedAt,
        revokedAt: null,
        revokedRuleId: null,
      });
      return { result: toStaffMember(staff), details: { kind: input.kind } };
    },
  });
}
