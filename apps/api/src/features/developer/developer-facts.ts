import type { DeveloperFacts } from '@xiaohu/domain';
import type { EntityManager } from 'typeorm';
import type { SignedInActor } from '../../shared/auth/actor';

/**
 * The facts developerAccess reads besides the role. Issue 13 contract: API clients (and their owners) are
 * part A's `api_client` table, not on this branch; the lead answers `ownsApiClient` from it at merge.
 */
export async function developerFactsOf(
  _manager: EntityManager,
  _actor: Pick<SignedInActor, 'accountId'>,
): Promise<DeveloperFacts> {
  return { ownsApiClient: false };
}
