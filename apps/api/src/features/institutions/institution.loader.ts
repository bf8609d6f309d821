import type { DistrictPolicy } from '@xiaohu/domain';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { scopeCondition, SqlParameters } from '../../shared/auth/institution-scope';
import { INSTITUTION_COLUMNS, institutionFacts, type InstitutionRow } from './institution.sql';
import type { InstitutionFacts } from './institution.type';

/** Institutions by id for one request, filtered by the actor's scope: out of scope loads as null. */
export function createInstitutionLoader(
  dataSource: DataSource,
  currentActor: () => SignedInActor | null,
  policy: DistrictPolicy,
): DataLoader<string, InstitutionFacts | null> {
  // The actor is read at load time: signIn sets it part-way through the request.
  return new DataLoader(async (ids) => {
    const actor = currentActor();
    if (!actor) return ids.map(() => null);
    const parameters = new SqlParameters();
    const conditions = [`i.id = ANY(${parameters.add([...ids])}::uuid[])`];
    const inScope = scopeCondition(scopeOfActor(actor, policy), 'i', parameters);
    if (inScope) conditions.push(inScope);
    const rows: InstitutionRow[] = await dataSource.query(
      `SELECT ${INSTITUTION_COLUMNS} FROM institution i WHERE ${conditions.join(' AND ')}`,
      parameters.values,
    );
    const byId = new Map(rows.map((row) => [row.id, institutionFacts(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
