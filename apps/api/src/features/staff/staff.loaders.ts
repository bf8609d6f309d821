import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../context';
import { MisconductCaseEntity } from './misconduct-case.entity';
import { createApplyingLoader } from './opening-application.service';
import { StaffMemberEntity } from './staff-member.entity';
import { loadVettingFacts, type VettingFacts } from './vetting-facts';

export interface StaffLoaders {
  /** Facts by staff id. Callers have already checked scope: the staff member reached them through it. */
  factsByStaffId: DataLoader<string, VettingFacts | null>;
  /** Staff rows this request already holds (a list page, a record): the facts loader does not read them again. */
  knownStaff: Map<string, StaffMemberEntity>;
  casesByStaffId: DataLoader<string, MisconductCaseEntity[]>;
  /** VET-4: whether an institution (already reached through scope) is applying to open. */
  applyingByInstitutionId: DataLoader<string, boolean>;
}

// One set per request, keyed by the request's loaders object (shared by Apollo's per-operation context copies).
const perRequest = new WeakMap<object, StaffLoaders>();

export function staffLoaders(context: RequestContext): StaffLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) {
    const { dataSource, clock } = context;
    const knownStaff = new Map<string, StaffMemberEntity>();
    loaders = {
      knownStaff,
      factsByStaffId: new DataLoader(async (ids) => {
        const missing = ids.filter((id) => !knownStaff.has(id));
        const loaded = missing.length
          ? await dataSource.getRepository(StaffMemberEntity).findBy({ id: In(missing) })
          : [];
        const staff = [...ids.flatMap((id) => knownStaff.get(id) ?? []), ...loaded];
        const facts = await loadVettingFacts(dataSource.manager, staff, clock.now());
        return ids.map((id) => facts.get(id) ?? null);
      }),
      casesByStaffId: new DataLoader(async (ids) => {
        const cases = await dataSource
          .getRepository(MisconductCaseEntity)
          .find({ where: { staffId: In([...ids]) }, order: { openedAt: 'DESC' } });
        return ids.map((id) => cases.filter((c) => c.staffId === id));
      }),
      applyingByInstitutionId: createApplyingLoader(context),
    };
    perRequest.set(context.loaders, loaders);
  }
  return loaders;
}
