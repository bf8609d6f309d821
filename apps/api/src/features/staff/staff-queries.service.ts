import {
  INSTITUTION_KINDS,
  inServiceDueDates,
  supervisingSection,
  type InstitutionKind,
  type StaffRole,
  isValidResidentId,
} from '@xiaohu/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { RequestContext } from '../../context';
import { recordAudit } from '../../shared/audit/audit-log';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/graphql/connection';
import { badUserInputError } from '../../shared/graphql/errors';
import type { DueCheck, DueCheckFilter, DueCheckList } from './due-check.type';
import { idNumberCipher } from './id-number';
import type { StaffMemberEntity } from './staff-member.entity';
import type { StaffFilter } from './staff.inputs';
import { staffLoaders } from './staff.loaders';
import { findStaffInScope, signedIn, staffInScope, toStaffMember, UUID } from './staff-scope';
import type { StaffConnection, StaffMember, VettingDecision } from './staff.type';
import { decide, toVettingDecision } from './vetting-facts';

const MASKED = /^\d{4}\*{10}\d{3}[\dX]$/i;

function kindsOf(section: string, policy: RequestContext['policy']): InstitutionKind[] {
  return INSTITUTION_KINDS.filter((kind) => supervisingSection(kind, policy).unit === section);
}

function applyFilter(
  query: SelectQueryBuilder<StaffMemberEntity>,
  filter: StaffFilter | null | undefined,
  context: RequestContext,
): SelectQueryBuilder<StaffMemberEntity> {
  if (filter?.institutionId) {
    if (!UUID.test(filter.institutionId)) query.andWhere('FALSE');
    else query.andWhere('staff.institution_id = :institutionId', { institutionId: filter.institutionId });
  }
  if (filter?.status) query.andWhere('staff.status = :status', { status: filter.status });
  if (filter?.role) query.andWhere('staff.role = :role', { role: filter.role });
  const search = filter?.search?.replace(/\s+/g, '') ?? '';
  if (search) {
    if (isValidResidentId(search)) {
      // A full number is matched by its keyed hash: never stored or compared in clear.
      query.andWhere('staff.id_number_hash = :hash', { hash: idNumberCipher(context.config).hash(search) });
    } else if (MASKED.test(search)) {
      query.andWhere('staff.id_number_masked = :masked', { masked: search.toUpperCase() });
    } else {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query.andWhere('(staff.name ILIKE :pattern OR staff.id_number_masked ILIKE :pattern)', { pattern });
    }
  }
  return query;
}

/** A page of the staff the actor may see, in name order (keyset on name, id). */
export async function listStaff(
  context: RequestContext,
  filter: StaffFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<StaffConnection> {
  const actor = signedIn(context);
  const size = pageSize(first, 20);
  const cursor = after ? decodeCursor(after, 2) : null;
  const base = () =>
    applyFilter(staffInScope(context.dataSource.manager, actor, context.policy), filter, context);
  const pageQuery = base()
    .orderBy('staff.name', 'ASC')
    .addOrderBy('staff.id', 'ASC')
    .limit(size + 1);
  if (cursor) {
    pageQuery.andWhere('(staff.name, staff.id) > (:afterName, :afterId)', {
      afterName: String(cursor[0]),
      afterId: String(cursor[1]),
    });
  }
  const [rows, totalCount] = await Promise.all([pageQuery.getMany(), base().getCount()]);
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({ cursor: encodeCursor([row.name, row.id]), node: toStaffMember(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/** One staff member, audited as a sensitive read; out of scope answers like missing. */
export async function readStaffMember(context: RequestContext, id: string): Promise<StaffMember | null> {
  const actor = signedIn(context);
  return context.dataSource.transaction(async (manager) => {
    const found = await findStaffInScope(manager, actor, context.policy, id);
    await recordAudit(manager, actor, context.clock.now(), {
      action: 'staff.read',
      targetType: 'staff',
      targetId: id.slice(0, 64),
      outcome: found ? 'OK' : 'NOT_FOUND',
    });
    return found ? toStaffMember(found) : null;
  });
}

/** The vetting decision of one staff member in scope, or null. */
export async function readVettingDecision(
  context: RequestContext,
  staffId: string,
): Promise<VettingDecision | null> {
  const actor = signedIn(context);
  const staff = await findStaffInScope(context.dataSource.manager, actor, context.policy, staffId);
  if (!staff) return null;
  const facts = await staffLoaders(context).factsByStaffId.load(staff.id);
  if (!facts) return null;
  return toVettingDecision(
    decide(staff, facts, context.clock.now(), context.policy),
    actor,
    staff.institutionId,
  );
}

interface DueRow {
  id: string;
  name: string;
  masked: string;
  role: StaffRole;
  started_at: Date | null;
  activated_at: Date | null;
  has_student_access: boolean;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  rechecks: Date[] | null;
  interviews: Date[] | null;
}

/** VET-9, VET-10: re-checks and reminder interviews due for active staff in scope, soonest first. */
export async function listDueChecks(
  context: RequestContext,
  filter: DueCheckFilter | null | undefined,
  first: number | null | undefined,
): Promise<DueCheckList> {
  const actor = signedIn(context);
  const limit = first ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw badUserInputError('first must be between 1 and 200');
  const query = staffInScope(context.dataSource.manager, actor, context.policy);
  // staffInScope joins the institution except for an institution's own scope.
  if (!query.expressionMap.joinAttributes.length) query.innerJoin('staff.institution', 'institution');
  query
    .select('staff.id', 'id')
    .addSelect('staff.name', 'name')
    .addSelect('staff.id_number_masked', 'masked')
    .addSelect('staff.role', 'role')
    .addSelect('staff.started_at', 'started_at')
    .addSelect('staff.activated_at', 'activated_at')
    .addSelect('staff.has_student_access', 'has_student_access')
    .addSelect('institution.id', 'institution_id')
    .addSelect('institution.name', 'institution_name')
    .addSelect('institution.kind', 'institution_kind')
    .addSelect(
      "(SELECT array_agg(vc.checked_at) FROM vetting_check vc WHERE vc.staff_id = staff.id AND vc.check = 'IN_SERVICE_RECHECK')",
      'rechecks',
    )
    .addSelect(
      '(SELECT array_agg(ri.interviewed_at) FROM reminder_interview ri WHERE ri.staff_id = staff.id)',
      'interviews',
    )
    .andWhere("staff.status = 'ACTIVE'");
  if (filter?.institutionId) {
    if (!UUID.test(filter.institutionId)) query.andWhere('FALSE');
    else query.andWhere('staff.institution_id = :institutionId', { institutionId: filter.institutionId });
  }
  if (filter?.section) {
    const kinds = kindsOf(filter.section, context.policy);
    if (kinds.length === 0) query.andWhere('FALSE');
    else query.andWhere('institution.kind IN (:...sectionKinds)', { sectionKinds: kinds });
  }
  const rows = await query.getRawMany<DueRow>();
  const now = context.clock.now();
  const items: DueCheck[] = [];
  for (const row of rows) {
    const startedAt = row.started_at ?? row.activated_at;
    if (!startedAt) continue;
    const due = inServiceDueDates(
      {
        role: row.role,
        institutionKind: row.institution_kind,
        startedAt,
        hasStudentAccess: row.has_student_access,
      },
      { rechecks: row.rechecks ?? [], reminderInterviews: row.interviews ?? [] },
      now,
      context.policy,
    );
    for (const [kind, date] of [
      ['RECHECK', due.recheck],
      ['REMINDER_INTERVIEW', due.reminderInterview],
    ] as const) {
      if (!date) continue;
      if (filter?.kind && filter.kind !== kind) continue;
      if (filter?.isOverdue != null && filter.isOverdue !== date.isOverdue) continue;
      if (filter?.dueBefore && date.dueAt.getTime() >= filter.dueBefore.getTime()) continue;
      items.push({
        kind,
        staffId: row.id,
        staffName: row.name,
        idNumberMasked: row.masked,
        role: row.role,
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        lastAt: date.lastAt,
        dueAt: date.dueAt,
        isOverdue: date.isOverdue,
        ruleId: date.ruleId,
        supervisedBy: date.supervisedBy,
      });
    }
  }
  items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.staffName.localeCompare(b.staffName));
  return {
    items: items.slice(0, limit),
    totalCount: items.length,
    overdueCount: items.filter((i) => i.isOverdue).length,
  };
}
