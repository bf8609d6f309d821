import type { DeveloperFacts } from '@xiaohu/domain';
import { IsNull, type EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';
import { ApiClientEntity } from '../api-clients/api-client.entities';

/**
 * The facts developerAccess reads besides the role. A person owns an API client they registered; a
 * client owns itself (its token's account). Revoked clients own nothing.
 */
export async function developerFactsOf(
  manager: EntityManager,
  actor: Pick<SignedInActor, 'accountId'>,
): Promise<DeveloperFacts> {
  const owned = await manager.getRepository(ApiClientEntity).exists({
    where: [
      { accountId: actor.accountId, revokedAt: IsNull() },
      { createdByAccountId: actor.accountId, revokedAt: IsNull() },
    ],
  });
  return { ownsApiClient: owned };
}
