import type { DistrictPolicy } from '@xiaohu/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { whereInScope } from '../../shared/auth/institution-scope';
import { InstitutionEntity } from './institution.entity';

/** Institutions by id for one request, filtered by the actor's scope: out of scope loads as null. */
export function createInstitutionLoader(
  dataSource: DataSource,
  currentActor: () => SignedInActor | null,
  policy: DistrictPolicy,
): DataLoader<string, InstitutionEntity | null> {
  // The actor is read at load time: signIn sets it part-way through the request.
  return new DataLoader(async (ids) => {
    const actor = currentActor();
    if (!actor) return ids.map(() => null);
    const query = dataSource
      .getRepository(InstitutionEntity)
      .createQueryBuilder('institution')
      .where('institution.id IN (:...ids)', { ids: [...ids] });
    const rows = await whereInScope(query, 'institution', scopeOfActor(actor, policy)).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
