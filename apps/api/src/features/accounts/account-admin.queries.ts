import { Brackets, IsNull, MoreThan } from 'typeorm';
import type { RequestContext } from '../../context';
import { signedIn } from '../../shared/auth/signed-in';
import { SessionEntity } from '../auth/session.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { StaffMemberEntity } from '../staff/staff-member.entity';
import { AccountEntity } from './account.entity';
import { AccountSession, StaffMemberChoice } from './account-admin.types';
import { UUID } from './account-rules';
import { headAccountsTemplate } from './head-accounts-sheet';

const MAX_CHOICES = 50;

/** The account's sessions that are still open (not ended, idle or past their lifetime), newest first. */
export async function listAccountSessions(
  context: RequestContext,
  accountId: string,
): Promise<AccountSession[]> {
  const actor = signedIn(context);
  if (!UUID.test(accountId)) return [];
  const now = context.clock.now().getTime();
  const { sessionIdleMinutes, sessionAbsoluteHours } = context.config;
  const sessions = await context.dataSource.getRepository(SessionEntity).find({
    where: {
      accountId,
      endedAt: IsNull(),
      lastSeenAt: MoreThan(new Date(now - sessionIdleMinutes * 60_000)),
      createdAt: MoreThan(new Date(now - sessionAbsoluteHours * 3_600_000)),
    },
    order: { createdAt: 'DESC' },
    take: 100,
  });
  return sessions.map((session) =>
    Object.assign(new AccountSession(), {
      id: session.id,
      createdAt: session.createdAt,
      lastSeenAt: session.lastSeenAt,
      isCurrent: session.id === actor.sessionId,
    }),
  );
}

/**
 * Staff records of one institution that an account may be linked to (not dismissed), by name, with
 * the account already linked to each. Names, roles and posts only: never an ID number.
 */
export async function listStaffChoices(
  context: RequestContext,
  institutionId: string,
  search: string | null | undefined,
): Promise<StaffMemberChoice[]> {
  if (!UUID.test(institutionId)) return [];
  const query = context.dataSource
    .getRepository(StaffMemberEntity)
    .createQueryBuilder('s')
    .leftJoin(AccountEntity, 'a', 'a.staff_member_id = s.id')
    .select(['s.id AS id', 's.name AS name', 's.role AS role', 's.post AS post', 's.status AS status'])
    .addSelect('a.username', 'linkedUsername')
    .where('s.institution_id = :institutionId', { institutionId })
    .andWhere("s.status <> 'DISMISSED'");
  const text = search?.trim();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query.andWhere(
      new Brackets((where) =>
        where.where('s.name ILIKE :pattern', { pattern }).orWhere('s.post ILIKE :pattern'),
      ),
    );
  }
  const rows = await query
    .orderBy('s.name', 'ASC')
    .addOrderBy('s.id', 'ASC')
    .limit(MAX_CHOICES)
    .getRawMany<StaffMemberChoice>();
  return rows.map((row) => Object.assign(new StaffMemberChoice(), row));
}

/** The head-accounts template (.xlsx), base64. */
export async function headAccountsTemplateBase64(context: RequestContext): Promise<string> {
  const institutions = await context.dataSource
    .getRepository(InstitutionEntity)
    .find({ select: { name: true }, order: { name: 'ASC' } });
  return (await headAccountsTemplate(institutions.map((i) => i.name))).toString('base64');
}
