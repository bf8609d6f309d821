import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { registerPhotoSubject } from '../photos/photo-attachments';
import { Photo } from '../photos/photo.type';
import { isUuid } from './inspection-queries';
import { hazardAccessOf, loadHazardRow } from './hazard-queries';
import { Hazard, Rectification } from './inspections.types';

// PRV-1: a hazard's photos, and its rectifications', are read by whoever reads the hazard (hazardAccess).
registerPhotoSubject('HAZARD', async (manager, actor, hazardId, policy) => {
  const row = await loadHazardRow(manager, hazardId);
  return !!row && hazardAccessOf(row, actor, policy).canView.allowed;
});
registerPhotoSubject('RECTIFICATION', async (manager, actor, rectificationId, policy) => {
  if (!isUuid(rectificationId)) return false;
  const [rectification] = (await manager.query('SELECT hazard_id FROM hazard_rectification WHERE id = $1', [
    rectificationId,
  ])) as { hazard_id: string }[];
  const row = rectification ? await loadHazardRow(manager, rectification.hazard_id) : null;
  return !!row && hazardAccessOf(row, actor, policy).canView.allowed;
});

@Resolver(() => Hazard)
export class HazardPhotosResolver {
  @FieldResolver(() => [Photo], { description: 'Photos of the hazard as found, in the order attached.' })
  photos(@Root() hazard: Hazard, @Ctx() context: RequestContext): Promise<Photo[]> {
    return context.loaders.photosOf.load({ type: 'HAZARD', id: hazard.id });
  }
}

@Resolver(() => Rectification)
export class RectificationPhotosResolver {
  @FieldResolver(() => [Photo], { description: 'Photos of what was done, in the order attached.' })
  photos(@Root() rectification: Rectification, @Ctx() context: RequestContext): Promise<Photo[]> {
    return context.loaders.photosOf.load({ type: 'RECTIFICATION', id: rectification.id });
  }
}
