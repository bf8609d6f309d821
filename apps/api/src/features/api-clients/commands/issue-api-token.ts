import type { EntityManager } from 'typeorm';
import { ApiClientTokenEntity } from '../api-client.entities';
import { newApiToken } from '../api-tokens';

/** A new token of a client, valid for `days`; its hash is stored, the token is answered once. */
export async function issueApiToken(
  manager: EntityManager,
  clientId: string,
  now: Date,
  days: number,
): Promise<{ token: string; expiresAt: Date }> {
  const { token, tokenHash, tokenPrefix } = newApiToken();
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await manager.getRepository(ApiClientTokenEntity).insert({
    clientId,
    tokenHash,
    tokenPrefix,
    createdAt: now,
    expiresAt,
    supersededUntil: null,
  });
  return { token, expiresAt };
}
