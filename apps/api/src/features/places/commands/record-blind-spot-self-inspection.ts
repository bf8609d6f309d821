import { toZoned } from '@xiaohu/domain';
import type { RequestContext } from '../../../context';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { BlindSpotSelfInspectionEntity } from '../monitored-place.entity';
import { loadPlaceInstitution, readRegister } from '../place-register';
import type { RecordBlindSpotSelfInspectionInput } from '../places.inputs';
import { PlaceForbiddenError, PlaceNotFoundError } from '../places.results';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day, not after today in the district's zone. */
function checkDay(day: string, now: Date, timeZone: string): ValidationError | null {
  const match = DAY.exec(day);
  const parsed = match ? new Date(`${day}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    return ValidationError.of('inspectedOn', 'inspectedOn must be a day YYYY-MM-DD');
  }
  const today = toZoned(now, timeZone);
  if (day > `${today.year}-${pad(today.month)}-${pad(today.day)}`) {
    return ValidationError.of('inspectedOn', 'inspectedOn may not be in the future');
  }
  return null;
}

/** PRV-2: the head records the day of a blind-spot self-inspection 监控死角自查. */
export async function recordBlindSpotSelfInspection(
  context: RequestContext,
  input: RecordBlindSpotSelfInspectionInput,
) {
  const now = context.clock.now();
  return runCommand(context, {
    action: 'place.recordBlindSpotSelfInspection',
    targetType: 'institution',
    targetId: input.institutionId,
    validate: () => checkDay(input.inspectedOn, now, context.policy.timeZone),
    load: async (manager, actor) =>
      (await loadPlaceInstitution(manager, actor, input.institutionId, context.policy)) ??
      PlaceNotFoundError.of(),
    authorize: (institution) => {
      const permit = institution.access.can.recordBlindSpotSelfInspection;
      return permit.allowed ? null : PlaceForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, institution, actor) => {
      await manager.getRepository(BlindSpotSelfInspectionEntity).insert({
        institutionId: institution.id,
        inspectedOn: input.inspectedOn,
        recordedByAccountId: actor.accountId,
        recordedAt: now,
      });
      return {
        result: await readRegister(manager, institution, now, context.policy),
        details: { inspectedOn: input.inspectedOn },
      };
    },
  });
}
