import { riskSubjectAccess, riskSubjectsAccess, type RiskSubjectScope } from '@xiaohu/domain';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { toAccessActor, type SignedInActor } from '../../shared/auth/actor';
import { signedIn } from '../../shared/auth/signed-in';
import { encodeCursor, isValidCursorPart, pageSize } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import { kindsOfSection, STREET_MAX_LENGTH } from '../incidents/case-filter-conditions';
import { RiskSubjectEntity } from './risk-subject.entity';
import type { RiskSubjectFilter } from './surroundings.inputs';
import type { RiskSubject, RiskSubjectConnection } from './surroundings.type';
import { institutionsOfSubjects, riskFactsOf, toRiskSubjects } from './surroundings-view';

export const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

// Lists never load a person's encrypted identity: only these columns.
const LIST_COLUMNS = [
  'id',
  'institutionId',
  'subjectType',
  'siteType',
  'personType',
  'siteName',
  'siteAddress',
  'siteDescription',
  'location',
  'status',
  'townshipOffice',
  'townshipReferredAt',
  'policeStation',
  'policeReferredAt',
  'recordedByAccountId',
  'recordedAt',
  'closingReason',
  'closingNote',
  'closedAt',
].map((c) => `rs.${c}`);

/** PRV-3, ORG-1: the policy's scope as one SQL condition on the alias `rs`. */
function whereInScope(query: SelectQueryBuilder<RiskSubjectEntity>, scope: RiskSubjectScope) {
  if (scope === null) return query.andWhere('false');
  switch (scope.type) {
    case 'ALL':
      return query;
    case 'KINDS':
      return query.andWhere(
        'rs.institution_id IN (SELECT id FROM institution WHERE kind IN (:...scopeKinds))',
        {
          scopeKinds: scope.kinds,
        },
      );
    case 'INSTITUTION':
      return query.andWhere('rs.institution_id = :scopeInstitution', {
        scopeInstitution: scope.institutionId,
      });
  }
}

function decodeCursor(after: string): { at: string; id: string } {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw badUserInputError('Invalid cursor');
  }
  if (
    !Array.isArray(parts) ||
    parts.length !== 2 ||
    !isValidCursorPart(parts[0], 'instant') ||
    !isValidCursorPart(parts[1], 'uuid')
  ) {
    throw badUserInputError('Invalid cursor');
  }
  return { at: parts[0], id: parts[1] };
}

/** PRV-3: the risk subjects the viewer reads, newest first, keyset-paged; never a person's identity. */
export async function listRiskSubjects(
  context: RequestContext,
  filter: RiskSubjectFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<RiskSubjectConnection> {
  const actor = toAccessActor(signedIn(context));
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after) : null;
  if (filter?.institutionId && !isUuid(filter.institutionId))
    throw badUserInputError('Invalid institution id');
  if (filter?.street !== null && filter?.street !== undefined) {
    if (filter.street.trim() === '' || filter.street.length > STREET_MAX_LENGTH)
      throw badUserInputError(`street must be 1 to ${STREET_MAX_LENGTH} characters`);
  }
  const access = riskSubjectsAccess(actor, context.policy);
  const manager = context.dataSource.manager;
  const base = () => {
    const query = whereInScope(
      manager.getRepository(RiskSubjectEntity).createQueryBuilder('rs'),
      access.scope,
    );
    if (filter?.institutionId)
      query.andWhere('rs.institution_id = :institutionId', { institutionId: filter.institutionId });
    if (filter?.subjectType)
      query.andWhere('rs.subject_type = :subjectType', { subjectType: filter.subjectType });
    if (filter?.isOpen === true) query.andWhere("rs.status <> 'CLOSED'");
    if (filter?.isOpen === false) query.andWhere("rs.status = 'CLOSED'");
    // The dashboard's filters, with the case list's meanings (ORG-1: a section supervises kinds).
    const institution: string[] = [];
    const parameters: Record<string, unknown> = {};
    if (filter?.section) {
      const kinds = kindsOfSection(filter.section, context.policy);
      institution.push(kinds.length ? 'f_inst.kind IN (:...filterSectionKinds)' : 'FALSE');
      parameters.filterSectionKinds = kinds;
    }
    if (filter?.institutionKind) {
      institution.push('f_inst.kind = :filterKind');
      parameters.filterKind = filter.institutionKind;
    }
    if (filter?.street) {
      institution.push('f_inst.street = :filterStreet');
      parameters.filterStreet = filter.street;
    }
    if (institution.length)
      query.andWhere(
        `rs.institution_id IN (SELECT f_inst.id FROM institution f_inst WHERE ${institution.join(' AND ')})`,
        parameters,
      );
    return query;
  };
  const page = base().select(LIST_COLUMNS);
  if (cursor) page.andWhere('(rs.recorded_at, rs.id) < (:at, :id)', { at: cursor.at, id: cursor.id });
  const [total, entities] = await Promise.all([
    base().select('1').getCount(),
    page
      .orderBy('rs.recorded_at', 'DESC')
      .addOrderBy('rs.id', 'DESC')
      .limit(size + 1)
      .getMany(),
  ]);
  const rows = entities.slice(0, size);
  const institutions = await institutionsOfSubjects(manager, rows);
  const nodes = await toRiskSubjects(manager, rows, institutions, actor, context.policy, false);
  const edges = nodes.map((node, index) => ({
    cursor: encodeCursor([rows[index].recordedAt.toISOString(), rows[index].id]),
    node,
  }));
  return {
    edges,
    pageInfo: { hasNextPage: entities.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: total,
    viewerCanRecord: access.canRecord.allowed,
  };
}

/** Loads one subject the actor reads (its row locked when `forUpdate`), or null (missing or invisible). */
export async function loadReadableSubject(
  context: Pick<RequestContext, 'policy'>,
  manager: EntityManager,
  actor: SignedInActor,
  id: string,
  forUpdate = false,
) {
  if (!isUuid(id)) return null;
  const query = manager
    .getRepository(RiskSubjectEntity)
    .createQueryBuilder('rs')
    .where('rs.id = :id', { id });
  if (forUpdate) query.setLock('pessimistic_write');
  const entity = await query.getOne();
  if (!entity) return null;
  const institutions = await institutionsOfSubjects(manager, [entity]);
  const institution = institutions.get(entity.institutionId)!;
  const access = riskSubjectAccess(riskFactsOf(entity, institution), toAccessActor(actor), context.policy);
  return access.canView.allowed ? { entity, institutions, access } : null;
}

/** The subject as it stands, with its follow-ups and, for the need-to-know group, a person's identity. */
export async function subjectView(
  context: Pick<RequestContext, 'policy'>,
  manager: EntityManager,
  actor: SignedInActor,
  id: string,
): Promise<RiskSubject> {
  const loaded = (await loadReadableSubject(context, manager, actor, id))!;
  const [view] = await toRiskSubjects(
    manager,
    [loaded.entity],
    loaded.institutions,
    toAccessActor(actor),
    context.policy,
    true,
  );
  return view;
}

/**
 * PRV-3: one risk subject. Every read is audited in the same transaction, refusals included, saying
 * whether a person's identity was given (never the identity itself).
 */
export async function readRiskSubject(context: RequestContext, id: string): Promise<RiskSubject | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const loaded = await loadReadableSubject(context, manager, actor, id);
    const view = loaded
      ? (
          await toRiskSubjects(
            manager,
            [loaded.entity],
            loaded.institutions,
            toAccessActor(actor),
            context.policy,
            true,
          )
        )[0]
      : null;
    // Written last: the audit chain's head row stays locked only until the commit.
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'riskSubject.read',
      outcome: loaded ? 'OK' : 'NOT_FOUND',
      targetType: 'risk_subject',
      targetId: id.slice(0, 64),
      details: loaded
        ? { subjectType: loaded.entity.subjectType, personalData: loaded.access.parts.personalData.allowed }
        : null,
    });
    return view;
  });
}
