import type { DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { UnitEntity } from '../features/organisation/unit.entity';
import { verifyPassword } from '../shared/auth/password';
import { createDataSource } from '../shared/db/data-source';
import { createTestDatabase } from '../test-support/test-database';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, UNITS } from './demo-district.data';
import { seedDemoDistrict, seedReferenceData } from './demo-district.seed';

let owner: DataSource;
beforeAll(async () => {
  const database = await createTestDatabase({ seeded: false });
  owner = createDataSource(database.url, 'owner');
  await owner.initialize();
  await owner.runMigrations({ transaction: 'each' });
});
afterAll(() => owner.destroy());

const counts = async () => ({
  units: await owner.getRepository(UnitEntity).count(),
  institutions: await owner.getRepository(InstitutionEntity).count(),
  accounts: await owner.getRepository(AccountEntity).count(),
});

it('never creates demo data in production, only the committee units', async () => {
  await expect(seedDemoDistrict(owner, { isProduction: true, now: new Date() })).rejects.toThrow(
    /production/,
  );
  await seedReferenceData(owner);
  expect(await counts()).toEqual({ units: UNITS.length, institutions: 0, accounts: 0 });
});

it('seeds the demo district once: running it again changes nothing', async () => {
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const first = await counts();
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  expect(await counts()).toEqual(first);
  expect(first.accounts).toBe(DEMO_ACCOUNTS.length);
});

it('every demo account signs in with the demo password, hashed with argon2id', async () => {
  const accounts = await owner.getRepository(AccountEntity).find();
  for (const account of accounts) {
    expect(account.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(account.passwordHash, DEMO_PASSWORD)).toBe(true);
  }
});

it('gives a demo account without an e-mail its demo address, and keeps an address already set', async () => {
  const repository = owner.getRepository(AccountEntity);
  await repository.update({ username: 'safety' }, { email: null });
  await repository.update({ username: 'leader' }, { email: 'changed@jlp-edu.example' });
  await seedDemoDistrict(owner, { isProduction: false, now: new Date() });
  const byName = new Map((await repository.find()).map((a) => [a.username, a.email]));
  expect(byName.get('safety')).toBe(DEMO_ACCOUNTS.find((a) => a.username === 'safety')!.email);
  expect(byName.get('leader')).toBe('changed@jlp-edu.example');
  for (const account of DEMO_ACCOUNTS.filter((a) => a.username !== 'leader'))
    expect(byName.get(account.username)).toBe(account.email);
});
