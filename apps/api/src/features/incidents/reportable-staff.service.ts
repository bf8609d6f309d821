import type { RequestContext } from '../../context';
import { pageSize } from '../../shared/graphql/connection';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import type { ReportableStaffMember } from './reportable-staff.type';
import { signedIn } from '../../shared/auth/signed-in';

/**
 * Issue 4: the active staff of the reporter's own institution, for picking the suspect.
 * Names and roles only; like other staff lists it is not audited (single staff records are).
 */
export async function listReportableStaff(
  context: RequestContext,
  search: string | null | undefined,
  first: number | null | undefined,
): Promise<ReportableStaffMember[]> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  if (!actor.institutionId) return [];
  const query = context.dataSource.manager
    .getRepository(StaffMemberEntity)
    .createQueryBuilder('staff')
    .select(['staff.id', 'staff.name', 'staff.role'])
    .where('staff.institution_id = :institutionId', { institutionId: actor.institutionId })
    .andWhere("staff.status = 'ACTIVE'")
    .orderBy('staff.name', 'ASC')
    .addOrderBy('staff.id', 'ASC')
    .limit(size);
  const term = search?.replace(/\s+/g, '') ?? '';
  if (term) {
    query.andWhere('staff.name ILIKE :pattern', {
      pattern: `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    });
  }
  const rows = await query.getMany();
  return rows.map(({ id, name, role }) => ({ id, name, role }));
}
