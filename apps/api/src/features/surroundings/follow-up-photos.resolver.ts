import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { registerPhotoSubject } from '../photos/photo-attachments';
import { Photo } from '../photos/photo.type';
import { isUuid, loadReadableSubject } from './surroundings-queries.service';
import { RiskFollowUp } from './surroundings.type';

// PRV-3: a follow-up's photos are read like its subject (riskSubjectAccess); a risk person's only by the
// need-to-know group (the personalData part): a photo may show the person.
registerPhotoSubject('RISK_FOLLOW_UP', async (manager, actor, followUpId, policy) => {
  if (!isUuid(followUpId)) return false;
  const [followUp] = (await manager.query('SELECT risk_subject_id FROM risk_follow_up WHERE id = $1', [
    followUpId,
  ])) as { risk_subject_id: string }[];
  const loaded = followUp
    ? await loadReadableSubject({ policy }, manager, actor, followUp.risk_subject_id)
    : null;
  if (!loaded) return false;
  return loaded.entity.subjectType !== 'RISK_PERSON' || loaded.access.parts.personalData.allowed;
});

@Resolver(() => RiskFollowUp)
export class RiskFollowUpPhotosResolver {
  @FieldResolver(() => [Photo], {
    description:
      'Photos of the follow-up, in the order attached; of a risk person only for the need-to-know group (empty otherwise).',
  })
  async photos(@Root() followUp: RiskFollowUp, @Ctx() context: RequestContext): Promise<Photo[]> {
    if (!followUp.photosVisible) return [];
    return context.loaders.photosOf.load({ type: 'RISK_FOLLOW_UP', id: followUp.id });
  }
}
