import type { EntityManager } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { CaseOfficerEntity } from '../features/incidents/case-officer.entity';

/** Demo data of issue 4: `safety` is a designated case officer (REP-7); `safety2` is not. Idempotent. */
export async function seedDemoIncidents(manager: EntityManager, now: Date): Promise<void> {
  const safety = await manager.getRepository(AccountEntity).findOneBy({ username: 'safety' });
  if (!safety) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(CaseOfficerEntity)
    .values({ accountId: safety.id, designatedAt: now })
    .orIgnore()
    .execute();
}
