import { INSTITUTION_KINDS, supervisingSection, type DistrictPolicy } from '@xiaohu/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { whereInScope } from '../../shared/auth/institution-scope';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { InstitutionEntity } from './institution.entity';
import type { InstitutionConnection, InstitutionFilter } from './institution-connection.type';
import { toInstitution, type Institution } from './institution.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function signedIn(context: RequestContext): SignedInActor {
  // The access guard runs first; reaching here without an actor is a bug.
  if (!context.auth.actor) throw new Error('Service called without a signed-in actor');
  return context.auth.actor;
}

function applyFilter(
  query: SelectQueryBuilder<InstitutionEntity>,
  filter: InstitutionFilter | null | undefined,
  policy: DistrictPolicy,
): SelectQueryBuilder<InstitutionEntity> {
  const search = filter?.search?.trim();
  if (search) {
    const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere('(institution.name ILIKE :pattern OR institution.address ILIKE :pattern)', { pattern });
  }
  if (filter?.kind) query.andWhere('institution.kind = :kind', { kind: filter.kind });
  if (filter?.section) {
    const section = filter.section;
    const kinds = INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === section);
    if (kinds.length === 0) query.andWhere('FALSE');
    else query.andWhere('institution.kind IN (:...sectionKinds)', { sectionKinds: kinds });
  }
  return query;
}

/** A page of the institutions the actor may see, in name order (keyset on name, id). */
export async function listInstitutions(
  context: RequestContext,
  filter: InstitutionFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<InstitutionConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, ['text', 'uuid']) : null;
  const scope = scopeOfActor(actor, context.policy);
  const repository = context.dataSource.getRepository(InstitutionEntity);

  const base = () =>
    applyFilter(
      whereInScope(repository.createQueryBuilder('institution'), 'institution', scope),
      filter,
      context.policy,
    );
  const pageQuery = base()
    .orderBy('institution.name', 'ASC')
    .addOrderBy('institution.id', 'ASC')
    .limit(size + 1);
  if (cursor) {
    pageQuery.andWhere('(institution.name, institution.id) > (:afterName, :afterId)', {
      afterName: String(cursor[0]),
      afterId: String(cursor[1]),
    });
  }
  // One after the other: both run on the request's transaction, i.e. one connection.
  const rows = await pageQuery.getMany();
  const totalCount = await base().getCount();
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.name, row.id]),
    node: toInstitution(row, context.policy),
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * One institution's detail, audited as a sensitive read. Out of scope answers exactly like
 * "does not exist" (null), and both are audited as NOT_FOUND.
 */
export async function readInstitution(context: RequestContext, id: string): Promise<Institution | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    let found: InstitutionEntity | null = null;
    if (UUID.test(id)) {
      const query = manager
        .getRepository(InstitutionEntity)
        .createQueryBuilder('institution')
        .where('institution.id = :id', { id });
      found = await whereInScope(query, 'institution', scopeOfActor(actor, context.policy)).getOne();
    }
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'institution.read',
      targetType: 'institution',
      targetId: id.slice(0, 64),
      outcome: found ? 'OK' : 'NOT_FOUND',
    });
    return found ? toInstitution(found, context.policy) : null;
  });
}
