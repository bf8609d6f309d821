import {
  misconductCountFilter,
  staffAccess,
  type InstitutionKind,
  type MisconductCaseStatus,
  type MisconductOutcome,
  type StaffStatus,
  type SupervisingSection,
} from '@xiaohu/domain';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../context';
import { Allow } from '../../shared/auth/access';
import { toAccessActor } from '../../shared/auth/actor';
import { badUserInputError, forbiddenError } from '../../shared/graphql/errors';
import { Viewer } from '../auth/viewer.type';
import { InstitutionKindEnum, SupervisingSectionEnum } from '../organisation/organisation.enums';
import { bind, misconductConditions, type Parameters } from '../oversight/oversight-scope';
import { signedIn, UUID } from './staff-scope';
import { MisconductCaseStatusEnum, MisconductOutcomeEnum } from './staff.enums';

@InputType({ description: 'The misconduct list’s conditions (the dashboard’s filters); all must hold.' })
export class MisconductCaseFilter {
  @Field(() => SupervisingSectionEnum, {
    nullable: true,
    description: 'Institutions this section supervises.',
  })
  section?: SupervisingSection | null;

  @Field(() => InstitutionKindEnum, { nullable: true, description: 'Institutions of this kind.' })
  institutionKind?: InstitutionKind | null;

  @Field(() => String, { nullable: true, description: 'Institutions in this street or town 镇街.' })
  street?: string | null;

  @Field(() => ID, { nullable: true, description: 'One institution.' })
  institutionId?: string | null;

  @Field(() => MisconductCaseStatusEnum, { defaultValue: 'OPEN', description: 'OPEN (default) or DECIDED.' })
  status?: MisconductCaseStatus;
}

@ObjectType({
  description: 'One misconduct case in the list (VET-11); no facts, those are on the staff page.',
})
export class MisconductCaseRow {
  @Field(() => ID, { description: 'The case.' })
  id: string;

  @Field(() => ID, { description: 'The staff member the case is about.' })
  staffId: string;

  @Field(() => String, {
    nullable: true,
    description: 'Their name; null when the viewer may not read the record.',
  })
  staffName: string | null;

  @Field(() => ID, { description: 'The institution.' })
  institutionId: string;

  @Field({ description: 'The institution’s name.' })
  institutionName: string;

  @Field(() => Date, { description: 'When the case was opened.' })
  openedAt: Date;

  @Field(() => MisconductCaseStatusEnum, { description: 'OPEN or DECIDED.' })
  status: MisconductCaseStatus;

  @Field(() => [MisconductOutcomeEnum], { description: 'The outcomes decided (empty while open).' })
  outcomes: MisconductOutcome[];

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  decidedAt: Date | null;
}

@ObjectType({ description: 'A page of misconduct cases, newest first, with the total of all pages.' })
export class MisconductCaseList {
  @Field(() => Int, { description: 'All matching cases: the dashboard’s OPEN_MISCONDUCT for status OPEN.' })
  totalCount: number;

  @Field(() => [MisconductCaseRow], { description: 'This page.' })
  items: MisconductCaseRow[];
}

interface Row {
  id: string;
  staff_id: string;
  staff_name: string;
  staff_role: string;
  staff_status: StaffStatus;
  staff_student_access: boolean;
  institution_id: string;
  institution_name: string;
  institution_kind: InstitutionKind;
  opened_at: Date;
  status: MisconductCaseStatus;
  outcomes: MisconductOutcome[];
  decided_at: Date | null;
}

/** VET-11: who may open the list at all (anyone who could open some misconduct case). */
export function mayListMisconduct(context: RequestContext): boolean {
  const actor = context.auth.actor;
  if (!actor) return false;
  const filter = misconductCountFilter(toAccessActor(actor), context.policy);
  return filter.scope !== null && (filter.headSubjectKinds.length > 0 || filter.otherSubjectKinds.length > 0);
}

/**
 * VET-11, REP-11: the misconduct cases the viewer could open, with exactly the conditions of the
 * dashboard's OPEN_MISCONDUCT (misconductConditions), never one about the viewer. Not audited, like the
 * other lists: no child is named.
 */
export async function listMisconductCases(
  context: RequestContext,
  filter: MisconductCaseFilter | null | undefined,
  first: number,
  offset: number,
): Promise<MisconductCaseList> {
  const actor = toAccessActor(signedIn(context));
  const scope = misconductCountFilter(actor, context.policy).scope;
  if (!scope || !mayListMisconduct(context)) throw forbiddenError();
  if (!Number.isInteger(first) || first < 1 || first > 100) throw badUserInputError('first must be 1 to 100');
  if (!Number.isInteger(offset) || offset < 0) throw badUserInputError('offset must not be negative');
  if (filter?.street && filter.street.length > 40) throw badUserInputError('street is at most 40 characters');
  if (filter?.institutionId && !UUID.test(filter.institutionId)) throw badUserInputError('institutionId');
  const parameters: Parameters = {};
  const conditions = misconductConditions(
    {
      actor,
      scope,
      policy: context.policy,
      section: filter?.section ?? null,
      institutionKind: filter?.institutionKind ?? null,
      street: filter?.street ?? null,
      institutionId: filter?.institutionId ?? null,
    },
    parameters,
    filter?.status ?? 'OPEN',
  );
  const from = `FROM misconduct_case mc JOIN staff_member ms ON ms.id = mc.staff_id
     JOIN institution mi ON mi.id = mc.institution_id WHERE ${conditions.join(' AND ')}`;
  parameters.ovFirst = first;
  parameters.ovOffset = offset;
  const manager = context.dataSource.manager;
  const [countSql, countValues] = bind(manager, `SELECT count(*)::int AS count ${from}`, parameters);
  const [pageSql, pageValues] = bind(
    manager,
    `SELECT mc.id, mc.staff_id, ms.name AS staff_name, ms.role AS staff_role, ms.status AS staff_status,
       ms.has_student_access AS staff_student_access, mc.institution_id, mi.name AS institution_name,
       mi.kind AS institution_kind, mc.opened_at, mc.status, mc.outcomes, mc.decided_at
     ${from} ORDER BY mc.opened_at DESC, mc.id LIMIT :ovFirst OFFSET :ovOffset`,
    parameters,
  );
  // One snapshot: the total and the page count the same rows.
  const [counted, rows] = await context.dataSource.transaction('REPEATABLE READ', async (snapshot) => [
    (await snapshot.query(countSql, countValues)) as { count: number }[],
    (await snapshot.query(pageSql, pageValues)) as Row[],
  ]);
  return {
    totalCount: counted[0]?.count ?? 0,
    items: rows.map((row) => {
      // ORG-1: the name only when the staff policy lets the viewer open the record (canView reads the
      // viewer's role and scope; the vetting facts do not change it).
      const record = staffAccess(
        {
          staffId: row.staff_id,
          institution: { id: row.institution_id, kind: row.institution_kind },
          status: row.staff_status,
          hasStudentAccess: row.staff_student_access,
          isVettingClear: false,
          isHead: row.staff_role === 'SCHOOL_HEAD',
          isInterviewDue: false,
        },
        actor,
        [],
        context.policy,
      );
      return {
        id: row.id,
        staffId: row.staff_id,
        staffName: record.canView.allowed && !record.isActorSubject ? row.staff_name : null,
        institutionId: row.institution_id,
        institutionName: row.institution_name,
        openedAt: row.opened_at,
        status: row.status,
        outcomes: row.outcomes,
        decidedAt: row.decided_at,
      };
    }),
  };
}

@Resolver()
export class MisconductListResolver {
  // Who may list is misconductCountFilter's answer (VET-11): FORBIDDEN for anyone who handles no case.
  @Allow('SIGNED_IN')
  @Query(() => MisconductCaseList, {
    description:
      'Misconduct cases the viewer could open (VET-11), newest first, never one about the viewer; the list behind the dashboard’s OPEN_MISCONDUCT.',
  })
  misconductCases(
    @Ctx() context: RequestContext,
    @Arg('filter', () => MisconductCaseFilter, { nullable: true, description: 'Conditions.' })
    filter: MisconductCaseFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Rows, 1 to 100.' }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0, description: 'Rows to skip.' }) offset: number,
  ): Promise<MisconductCaseList> {
    return listMisconductCases(context, filter, first, offset);
  }
}

@Resolver(() => Viewer)
export class ViewerMisconductResolver {
  @FieldResolver(() => Boolean, {
    description:
      'The viewer may open the misconduct list (VET-11: handles or oversees some case); the UI shows its entry.',
  })
  canListMisconduct(@Root() _viewer: Viewer, @Ctx() context: RequestContext): boolean {
    return mayListMisconduct(context);
  }
}
