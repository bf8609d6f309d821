import { INSTITUTION_KINDS, responsibleUnits, type DistrictPolicy, type UnitCode } from '@xiaohu/domain';
import { In, IsNull } from 'typeorm';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { scopeOfActor, type SignedInActor } from '../../shared/auth/actor';
import { whereInScope } from '../../shared/auth/institution-scope';
import { ValidationError } from '../../shared/graphql/error-result';
import { InstitutionEntity } from '../institutions/institution.entity';
import { Institution, toInstitution } from '../institutions/institution.type';
import { InstitutionOpeningApplicationEntity } from './institution-opening-application.entity';
import {
  OpeningApplicationForbiddenError,
  OpeningInstitutionNotFoundError,
  OpeningNotApplicableError,
  type SetOpeningApplicationInput,
} from './opening-application.types';
import { signedIn, UUID } from './staff-scope';

type SetOpeningApplicationOutcome =
  | Institution
  | ValidationError
  | OpeningInstitutionNotFoundError
  | OpeningApplicationForbiddenError
  | OpeningNotApplicableError;

/** Units the matrix makes responsible for VET-4 vetting of any kind (ORG-2). */
function vettingUnits(policy: DistrictPolicy): Set<UnitCode> {
  return new Set(
    INSTITUTION_KINDS.flatMap((kind) =>
      responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', kind, policy).map((r) => r.unit),
    ),
  );
}

/** The leadership, or a section member of a unit responsible for VET-4 vetting. */
function maySetOpening(actor: SignedInActor, policy: DistrictPolicy): boolean {
  if (actor.role === 'LEADER' || actor.role === 'ADMIN') return true;
  return (
    actor.role === 'SECTION_MEMBER' && actor.unitCode !== null && vettingUnits(policy).has(actor.unitCode)
  );
}

/** VET-4: marks a kindergarten or training institution as applying to open (or ends it), audited. */
export async function setOpeningApplication(
  context: RequestContext,
  input: SetOpeningApplicationInput,
): Promise<SetOpeningApplicationOutcome> {
  const actor = signedIn(context);
  const now = context.clock.now();
  const note = input.note?.trim() || null;
  if (note && note.length > 500) return ValidationError.of('note', 'note is longer than 500 characters');
  if (!UUID.test(input.institutionId)) return OpeningInstitutionNotFoundError.of();
  return context.dataSource.transaction(async (manager) => {
    const query = manager
      .getRepository(InstitutionEntity)
      .createQueryBuilder('institution')
      .where('institution.id = :id', { id: input.institutionId });
    const institution = await whereInScope(
      query,
      'institution',
      scopeOfActor(actor, context.policy),
    ).getOne();
    if (!institution) return OpeningInstitutionNotFoundError.of();
    const audit = (outcome: string) =>
      recordAudit(manager, actor, now, {
        action: 'institution.setOpeningApplication',
        targetType: 'institution',
        targetId: institution.id,
        outcome,
        details: { isApplying: input.isApplying, note },
      });
    if (!maySetOpening(actor, context.policy)) {
      await audit('FORBIDDEN');
      return OpeningApplicationForbiddenError.of();
    }
    if (responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', institution.kind, context.policy).length === 0) {
      await audit('NOT_APPLICABLE');
      return OpeningNotApplicableError.of(institution.kind);
    }
    const repository = manager.getRepository(InstitutionOpeningApplicationEntity);
    const current = await repository.findOne({
      where: { institutionId: institution.id },
      lock: { mode: 'pessimistic_write' },
    });
    if (input.isApplying) {
      // A new application (or one after a decided one) starts now; an open one keeps its date.
      const isOpen = current !== null && current.closedAt === null;
      await repository.upsert(
        { institutionId: institution.id, appliedAt: isOpen ? current.appliedAt : now, closedAt: null, note },
        ['institutionId'],
      );
    } else if (current && current.closedAt === null) {
      await repository.update({ institutionId: institution.id }, { closedAt: now, note });
    }
    await audit('OK');
    // An instance, so the result union can tell its type.
    return Object.assign(new Institution(), toInstitution(institution, context.policy));
  });
}

/** Open applications by institution id, for the Institution.isApplyingToOpen field (one statement per request). */
export function createApplyingLoader(context: RequestContext): DataLoader<string, boolean> {
  return new DataLoader(async (ids) => {
    const rows = await context.dataSource.getRepository(InstitutionOpeningApplicationEntity).find({
      select: { institutionId: true },
      where: { institutionId: In([...ids]), closedAt: IsNull() },
    });
    const applying = new Set(rows.map((row) => row.institutionId));
    return ids.map((id) => applying.has(id));
  });
}
