import { institutionAccess, responsibleUnits } from '@xiaohu/domain';
import { In, IsNull } from 'typeorm';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../context';
import { scopeOfActor, toAccessActor } from '../../shared/auth/actor';
import { boundedText } from '../../shared/commands/bounded-text';
import { runCommand } from '../../shared/commands/run-command';
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
import { UUID } from './staff-scope';

/** VET-4: marks a kindergarten or training institution as applying to open (or ends it), audited. */
export async function setOpeningApplication(context: RequestContext, input: SetOpeningApplicationInput) {
  const now = context.clock.now();
  const note = boundedText(input.note, 'note', 'openingNote', false);
  return runCommand(context, {
    action: 'institution.setOpeningApplication',
    targetType: 'institution',
    targetId: input.institutionId,
    validate: () => (note instanceof ValidationError ? note : null),
    load: async (manager, actor) => {
      if (!UUID.test(input.institutionId)) return OpeningInstitutionNotFoundError.of();
      const query = manager
        .getRepository(InstitutionEntity)
        .createQueryBuilder('institution')
        .where('institution.id = :id', { id: input.institutionId });
      const institution = await whereInScope(
        query,
        'institution',
        scopeOfActor(actor, context.policy),
      ).getOne();
      return institution ?? OpeningInstitutionNotFoundError.of();
    },
    authorize: (institution, actor) =>
      institutionAccess(institution, toAccessActor(actor), context.policy).can.setOpeningApplication.allowed
        ? null
        : OpeningApplicationForbiddenError.of(),
    execute: async (manager, institution) => {
      const details = { isApplying: input.isApplying, note };
      if (responsibleUnits('NEW_INSTITUTION_STAFF_VETTING', institution.kind, context.policy).length === 0) {
        return { result: OpeningNotApplicableError.of(institution.kind), details };
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
          {
            institutionId: institution.id,
            appliedAt: isOpen ? current.appliedAt : now,
            closedAt: null,
            note: note as string | null,
          },
          ['institutionId'],
        );
      } else if (current && current.closedAt === null) {
        await repository.update(
          { institutionId: institution.id },
          { closedAt: now, note: note as string | null },
        );
      }
      // An instance, so the result union can tell its type.
      return {
        result: Object.assign(new Institution(), toInstitution(institution, context.policy)),
        details,
      };
    },
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
