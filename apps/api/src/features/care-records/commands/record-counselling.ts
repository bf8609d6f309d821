import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { loadCareInstitution } from '../care-institution';
import type { RecordCounsellingInput } from '../care-records.inputs';
import { CareForbiddenError, CareNotFoundError } from '../care-records.results';
import { toCounselling } from '../care-records-view';
import { CounsellingFacilityEntity } from '../counselling-facility.entity';

const HOTLINE = /^[0-9+\-() ]{3,40}$/;

/** PRV-7: the head records the counselling room 心理辅导室 and the hotline (one record, replaced). */
export async function recordCounselling(context: RequestContext, input: RecordCounsellingInput) {
  const now = context.clock.now();
  const location = boundedText(input.roomLocation, 'roomLocation', 'counsellingRoomLocation', false);
  const hotline = boundedText(input.hotline, 'hotline', 'counsellingHotline', false);
  const validate = () =>
    firstInvalid(location, hotline) ??
    (input.hasCounsellingRoom && location === null
      ? ValidationError.of('roomLocation', 'Say where the counselling room is')
      : null) ??
    (!input.hasCounsellingRoom && location !== null
      ? ValidationError.of('roomLocation', 'Without a counselling room there is no location')
      : null) ??
    (typeof hotline === 'string' && !HOTLINE.test(hotline)
      ? ValidationError.of('hotline', 'hotline must be digits (and + - ( ) or spaces)')
      : null);
  return runCommand(context, {
    action: 'careRecords.recordCounselling',
    targetType: 'institution',
    targetId: input.institutionId,
    validate,
    load: async (manager, actor) =>
      (await loadCareInstitution(manager, actor, input.institutionId, context.policy)) ??
      CareNotFoundError.of(),
    authorize: (institution) => {
      const permit = institution.access.can.recordCounselling;
      return permit.allowed ? null : CareForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, institution, actor) => {
      const repository = manager.getRepository(CounsellingFacilityEntity);
      await repository.upsert(
        {
          institutionId: institution.id,
          hasCounsellingRoom: input.hasCounsellingRoom,
          roomLocation: location as string | null,
          hotline: hotline as string | null,
          recordedByAccountId: actor.accountId,
          recordedAt: now,
        },
        ['institutionId'],
      );
      const saved = await repository.findOneByOrFail({ institutionId: institution.id });
      return {
        result: toCounselling(saved),
        targetId: institution.id,
        details: { hasCounsellingRoom: input.hasCounsellingRoom, hasHotline: hotline !== null },
      };
    },
  });
}
