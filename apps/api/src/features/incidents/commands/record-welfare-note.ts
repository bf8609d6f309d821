import type { RequestContext } from '../../../context';
import { boundedText } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import type { RecordWelfareNoteInput } from '../case.inputs';
import { IncidentWelfareNoteEntity } from '../incident-welfare-note.entity';
import { loadCaseForChange, refuseUnless, viewCase } from './case-command.support';
import { storeReportingOf } from '../stored-reporting';

/** REP-10: a welfare note on the case (concern, guardian told, 休学). Audited, never the note's text. */
export async function recordWelfareNote(context: RequestContext, input: RecordWelfareNoteInput) {
  const now = context.clock.now();
  const note = boundedText(input.concernNote, 'concernNote', 'welfareNote', true);
  const flags = { isStudySuspended: input.isStudySuspended, isGuardianTold: Boolean(input.guardianToldAt) };
  return runCommand(context, {
    action: 'incident.recordWelfareNote',
    targetType: 'incident',
    targetId: input.caseId,
    validate: () => {
      if (note instanceof ValidationError) return note;
      return input.guardianToldAt && input.guardianToldAt.getTime() > now.getTime()
        ? ValidationError.of('guardianToldAt', 'guardianToldAt is in the future')
        : null;
    },
    load: (manager, actor) => loadCaseForChange(context, manager, actor, input.caseId),
    authorize: (loaded) =>
      refuseUnless(
        loaded,
        'recordWelfareNote',
        'Only the reporter, the head or a designated SAFETY member records welfare notes',
      ),
    execute: async (manager, { incident }, actor) => {
      await manager.getRepository(IncidentWelfareNoteEntity).insert({
        incidentId: incident.id,
        concernNote: note as string,
        guardianToldAt: input.guardianToldAt ?? null,
        isStudySuspended: input.isStudySuspended,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      // Not a reporting fact; recomputed anyway so that every change of a case leaves the columns true.
      await storeReportingOf(manager, incident.id, now, context.policy);
      // The recorder is in the need-to-know group: the answer shows the notes.
      return { result: await viewCase(context, manager, incident.id, actor, true), details: flags };
    },
  });
}
