import type { RequestContext } from '../../../context';
import { boundedText, firstInvalid } from '../../../shared/commands/bounded-text';
import { runCommand } from '../../../shared/commands/run-command';
import { ValidationError } from '../../../shared/graphql/error-result';
import { attachPhotos, savedWithPhotos } from '../../photos/photo-attachments';
import { MonitoredPlaceEntity } from '../monitored-place.entity';
import { isUuid, loadPlaceInstitution, readRegister } from '../place-register';
import type { RecordMonitoredPlaceInput } from '../places.inputs';
import { PlaceForbiddenError, PlaceNotFoundError } from '../places.results';

const MAX_CAMERAS = 99;
const PLACE_CREATE_ACTION = 'place.create';
const PLACE_UPDATE_ACTION = 'place.update';

function checkShape(input: RecordMonitoredPlaceInput): ValidationError | null {
  const isRoom = input.kind === 'ONE_TO_ONE_ROOM';
  if (isRoom && !input.roomType) return ValidationError.of('roomType', 'A one-to-one room needs its type');
  if (!isRoom && input.roomType) return ValidationError.of('roomType', 'Only one-to-one rooms have a type');
  if (!Number.isInteger(input.cameraCount) || input.cameraCount < 0 || input.cameraCount > MAX_CAMERAS) {
    return ValidationError.of('cameraCount', `cameraCount must be between 0 and ${MAX_CAMERAS}`);
  }
  if (input.isMonitored && input.cameraCount === 0) {
    return ValidationError.of('cameraCount', 'A monitored place has at least one camera');
  }
  return null;
}

/** PRV-2: the head adds a place needing cameras to the register, or changes one. */
export async function recordMonitoredPlace(context: RequestContext, input: RecordMonitoredPlaceInput) {
  const now = context.clock.now();
  const name = boundedText(input.name, 'name', 'placeName', true);
  const note = boundedText(input.note, 'note', 'placeNote', false);
  return runCommand(context, {
    action: input.placeId ? PLACE_UPDATE_ACTION : PLACE_CREATE_ACTION,
    targetType: 'monitored_place',
    targetId: input.placeId ?? null,
    validate: () => firstInvalid(name, note) ?? checkShape(input),
    load: async (manager, actor) => {
      const institution = await loadPlaceInstitution(manager, actor, input.institutionId, context.policy);
      if (!institution) return PlaceNotFoundError.of();
      if (input.placeId === undefined || input.placeId === null) return { institution, place: null };
      const place = isUuid(input.placeId)
        ? await manager.getRepository(MonitoredPlaceEntity).findOne({
            where: { id: input.placeId, institutionId: institution.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      return place ? { institution, place } : PlaceNotFoundError.of();
    },
    authorize: ({ institution }) => {
      const permit = institution.access.can.recordPlace;
      return permit.allowed ? null : PlaceForbiddenError.of(permit.ruleId);
    },
    execute: async (manager, { institution, place }, actor) => {
      const values = {
        name: name as string,
        kind: input.kind,
        roomType: input.roomType ?? null,
        isMonitored: input.isMonitored,
        cameraCount: input.cameraCount,
        note: note as string | null,
        updatedByAccountId: actor.accountId,
        updatedAt: now,
      };
      const repository = manager.getRepository(MonitoredPlaceEntity);
      // The place's photos (its cameras, the room); a refused photo undoes the change.
      const id = await savedWithPhotos(
        manager,
        async () =>
          place
            ? (await repository.update({ id: place.id }, values), place.id)
            : ((await repository.insert({ ...values, institutionId: institution.id })).identifiers[0]
                .id as string),
        (saved) =>
          attachPhotos(
            manager,
            actor,
            { type: 'MONITORED_PLACE', id: saved, institutionId: institution.id },
            input.photoIds ?? [],
            now,
          ),
      );
      if (id instanceof ValidationError) return { result: id, details: { field: 'photoIds' } };
      return {
        result: await readRegister(manager, institution, now, context.policy),
        targetId: id,
        details: {
          institutionId: institution.id,
          kind: input.kind,
          isMonitored: input.isMonitored,
          cameraCount: input.cameraCount,
          photos: input.photoIds?.length ?? 0,
        },
      };
    },
  });
}
