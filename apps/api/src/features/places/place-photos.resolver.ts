import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { registerPhotoSubject } from '../photos/photo-attachments';
import { Photo } from '../photos/photo.type';
import { isUuid, loadPlaceInstitution } from './place-register';
import { MonitoredPlace } from './places.type';

// PRV-2: a place's photo (the camera, the room) is read by whoever reads the register (monitoredPlacesAccess).
registerPhotoSubject('MONITORED_PLACE', async (manager, actor, placeId, policy) => {
  if (!isUuid(placeId)) return false;
  const [place] = (await manager.query('SELECT institution_id FROM monitored_place WHERE id = $1', [
    placeId,
  ])) as { institution_id: string }[];
  return !!place && !!(await loadPlaceInstitution(manager, actor, place.institution_id, policy));
});

@Resolver(() => MonitoredPlace)
export class MonitoredPlacePhotosResolver {
  @FieldResolver(() => [Photo], {
    description: 'Photos of the place (its cameras, the room), in the order attached.',
  })
  photos(@Root() place: MonitoredPlace, @Ctx() context: RequestContext): Promise<Photo[]> {
    return context.loaders.photosOf.load({ type: 'MONITORED_PLACE', id: place.id });
  }
}
