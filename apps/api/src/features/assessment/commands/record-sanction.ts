import { toZoned } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { AssessmentSanctionEntity } from '../assessment-decision.entities';
import type { RecordSanctionInput } from '../assessment.inputs';
import { SanctionNotAllowedError } from '../assessment.results';
import { assessmentAfterChange, loadAssessmentForChange, refuseUnless } from './assessment-command.support';

/**
 * ACC-2: a leader records a sanction that `sanctionOptions` allows, with who decided and when; an
 * interview 约谈 with its date, attendees and minutes; a circular 通报 gets the next number of its year.
 */
export async function recordSanction(context: RequestContext, input: RecordSanctionInput) {
  const now = context.clock.now();
  const isInterview = input.sanction === 'INTERVIEW';
  const attendees = boundedText(
    input.interviewAttendees,
    'interviewAttendees',
    'interviewAttendees',
    isInterview,
  );
  const minutes = boundedText(input.interviewMinutes, 'interviewMinutes', 'interviewMinutes', isInterview);
  const interviewAt = input.interviewAt ?? null;
  return runCommand(context, {
    action: 'assessment.recordSanction',
    targetType: 'assessment',
    targetId: input.assessmentId,
    validate: () =>
      firstInvalid(attendees, minutes) ??
      (isInterview && !interviewAt
        ? ValidationError.of('interviewAt', 'An interview has a date')
        : interviewAt && interviewAt.getTime() > now.getTime()
          ? ValidationError.of('interviewAt', 'Interview date is in the future')
          : !isInterview && (interviewAt || attendees || minutes)
            ? ValidationError.of('sanction', 'Only an interview has a date, attendees and minutes')
            : null),
    load: (manager, actor) => loadAssessmentForChange(context, manager, actor, input.assessmentId),
    authorize: (loaded, actor) =>
      refuseUnless(loaded, actor, 'recordSanction', now, context.policy, 'Only leadership decides sanctions'),
    execute: async (manager, loaded, actor) => {
      if (!loaded.options.some((o) => o.sanction === input.sanction)) {
        return { result: SanctionNotAllowedError.of(loaded.options), details: { sanction: input.sanction } };
      }
      let circular: { circularYear: number; circularNumber: number } | null = null;
      if (input.sanction === 'CIRCULAR') {
        const year = toZoned(now, context.policy.timeZone).year;
        // One numbering per year: serialised by a transaction-scoped advisory lock on the year.
        await manager.query("SELECT pg_advisory_xact_lock(hashtext('assessment_circular'), $1)", [year]);
        const [{ next }] = (await manager.query(
          'SELECT COALESCE(max(circular_number), 0) + 1 AS next FROM assessment_sanction WHERE circular_year = $1',
          [year],
        )) as { next: number }[];
        circular = { circularYear: year, circularNumber: Number(next) };
      }
      const { identifiers } = await manager.getRepository(AssessmentSanctionEntity).insert({
        assessmentId: loaded.id,
        sanction: input.sanction,
        grounds: loaded.sanctionGrounds,
        decidedByAccountId: actor.accountId,
        decidedAt: now,
        interviewAt: isInterview ? interviewAt : null,
        interviewAttendees: isInterview ? (attendees as string) : null,
        interviewMinutes: isInterview ? (minutes as string) : null,
        circularYear: circular?.circularYear ?? null,
        circularNumber: circular?.circularNumber ?? null,
      });
      return {
        result: await assessmentAfterChange(context, manager, actor, loaded.id),
        details: { sanctionId: identifiers[0]?.id as string, sanction: input.sanction, ...(circular ?? {}) },
      };
    },
  });
}
