import { dormDoorDecision, isNightEntry, type StaffRole } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { isUuid } from '../../places/place-register';
import { DormEntryEntity } from '../dorm-entry.entity';
import { loadDoorInstitution, readEntry } from '../dorm-queries';
import type { RecordDormEntryInput } from '../dorms.inputs';
import { DormEntryRefusedError, DormForbiddenError, DormNotFoundError } from '../dorms.results';

const PURPOSES = ['DORM_CHECK', 'OTHER'];

/**
 * PRV-4 at the door: the person is chosen from the institution's register; the domain decides from
 * their role and purpose. An entry is recorded; so is a refused attempt, which is answered as a
 * typed refusal carrying the recorded attempt (the head and 安稳办 see it in the list).
 */
export async function recordDormEntry(context: RequestContext, input: RecordDormEntryInput) {
  const now = context.clock.now();
  const note = boundedText(input.purposeNote, 'purposeNote', 'dormPurposeNote', false);
  return runCommand(context, {
    action: 'dorm.recordEntry',
    targetType: 'dorm_entry',
    targetId: null,
    validate: () =>
      firstInvalid(note) ??
      (PURPOSES.includes(input.purpose) ? null : ValidationError.of('purpose', 'Unknown purpose')),
    load: async (manager, actor) => {
      const [person]: { id: string; institution_id: string; role: StaffRole; status: string }[] = isUuid(
        input.staffMemberId,
      )
        ? await manager.query('SELECT id, institution_id, role, status FROM staff_member WHERE id = $1', [
            input.staffMemberId,
          ])
        : [];
      // Only the register of the actor's own institution is reachable from its door.
      if (!person || person.institution_id !== actor.institutionId) return DormNotFoundError.of();
      const door = await loadDoorInstitution(manager, actor, person.institution_id);
      return door ? { person, door } : DormNotFoundError.of();
    },
    authorize: ({ door }) => {
      const permit = door.access.can.recordEntry;
      return permit.allowed ? null : DormForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, { person, door }, actor) => {
      const decision = dormDoorDecision({
        role: person.role,
        purpose: input.purpose,
        isActive: person.status === 'ACTIVE',
      });
      const isNight = isNightEntry(now, context.policy);
      const inserted = await manager.getRepository(DormEntryEntity).insert({
        institutionId: door.id,
        staffMemberId: person.id,
        purpose: input.purpose,
        purposeNote: note as string | null,
        decision: decision.allowed ? 'ALLOWED' : 'REFUSED',
        refusal: decision.refusal,
        isRegistrationRequired: decision.mustRegister,
        enteredAt: now,
        exitedAt: null,
        isNight,
        recordedByAccountId: actor.accountId,
      });
      const id = inserted.identifiers[0].id as string;
      const entry = await readEntry(manager, id, door);
      const details = {
        institutionId: door.id,
        staffMemberId: person.id,
        purpose: input.purpose,
        isNight,
        ruleId: decision.ruleId,
        ...(decision.refusal
          ? { refusal: decision.refusal }
          : { isRegistrationRequired: decision.mustRegister }),
      };
      return {
        result: decision.refusal ? DormEntryRefusedError.of(decision.refusal, entry) : entry,
        targetId: id,
        details,
      };
    },
  });
}
