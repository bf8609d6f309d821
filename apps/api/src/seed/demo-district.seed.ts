import { seedInspectionTemplates } from '../features/inspections/inspection-template.seed';
import { isMfaRequired } from '@xiaohu/domain';
import { IsNull, type DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { UnitEntity } from '../features/organisation/unit.entity';
import { recordAudit } from '../shared/audit/audit-log';
import { hashPassword } from '../shared/auth/password';
import { seedDemoChildFiles } from './demo-child-files.seed';
import { seedDemoCareRecords } from './demo-care-records.seed';
import { seedDemoClasses } from './demo-classes.seed';
import { seedDemoIncidents } from './demo-incidents.seed';
import { seedDemoPeople } from './demo-people.seed';
import { seedDemoPlacesAndDorms } from './demo-places-and-dorms.seed';
import { seedDemoStaff } from './demo-staff.seed';
import { seedDemoSurroundings } from './demo-surroundings.seed';
import { seedDemoTraining } from './demo-training.seed';
import { seedDemoTips } from './demo-tips.seed';
import { seedDemoInspections } from './demo-inspections.seed';
import {
  streetOfAddress,
  DEMO_ACCOUNTS,
  DEMO_TOTP_SECRET,
  DEMO_INSTITUTIONS,
  DEMO_PASSWORD,
  UNITS,
  type DemoAccount,
} from './demo-district.data';

/** Committee units: needed in every environment (accounts reference them). Idempotent. */
export async function seedReferenceData(dataSource: DataSource): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(UnitEntity)
    .values([...UNITS])
    .orUpdate(['name_zh', 'name_en'], ['code'])
    .execute();
  await seedInspectionTemplates(dataSource.manager);
}

/**
 * The demo district: institutions and one account per role. Idempotent: existing rows (and any
 * changed password) are left alone, except that a demo account without an e-mail gets its demo
 * address (accounts seeded before the column existed). Refuses to run in production.
 */
export async function seedDemoDistrict(
  dataSource: DataSource,
  options: { isProduction: boolean; now: Date },
): Promise<readonly DemoAccount[]> {
  if (options.isProduction) throw new Error('The demo district is never seeded in production');
  await seedReferenceData(dataSource);
  await dataSource.transaction(async (manager) => {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(InstitutionEntity)
      .values(
        DEMO_INSTITUTIONS.map(([name, kind, address, headName]) => ({
          name,
          kind,
          address,
          headName,
          street: streetOfAddress(address),
        })),
      )
      .orIgnore()
      .execute();

    const institutions = await manager
      .getRepository(InstitutionEntity)
      .find({ select: { id: true, name: true } });
    const idByName = new Map(institutions.map((i) => [i.name, i.id]));
    const existing = new Set(
      (await manager.getRepository(AccountEntity).find({ select: { username: true } })).map(
        (a) => a.username,
      ),
    );
    const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.username));

    for (const account of missing) {
      const institutionId = account.institutionName ? idByName.get(account.institutionName) : undefined;
      if (account.institutionName && !institutionId) throw new Error(`Missing ${account.institutionName}`);
      await manager.getRepository(AccountEntity).insert({
        username: account.username,
        displayName: account.displayName,
        email: account.email,
        passwordHash: await hashPassword(DEMO_PASSWORD),
        role: account.role,
        unitCode: account.unitCode ?? null,
        institutionId: institutionId ?? null,
      });
    }
    const emailsSet: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      const updated = await manager
        .getRepository(AccountEntity)
        .update({ username: account.username, email: IsNull() }, { email: account.email });
      if (updated.affected) emailsSet.push(account.username);
    }
    // Accounts that must use MFA get the documented demo secret, so the demo stays usable.
    const mfaEnrolled: string[] = [];
    for (const account of DEMO_ACCOUNTS.filter((a) =>
      isMfaRequired({ role: a.role, unit: a.unitCode ?? null }),
    )) {
      const updated = await manager
        .getRepository(AccountEntity)
        .update(
          { username: account.username, mfaEnabledAt: IsNull() },
          { mfaSecret: DEMO_TOTP_SECRET, mfaEnabledAt: options.now, mfaLastStep: null },
        );
      if (updated.affected) mfaEnrolled.push(account.username);
    }
    await seedDemoIncidents(manager, options.now);
    const insertedInstitutions = inserted.identifiers.filter(Boolean).length;
    if (insertedInstitutions > 0 || missing.length > 0 || emailsSet.length > 0 || mfaEnrolled.length > 0) {
      await recordAudit(manager, null, options.now, {
        action: 'seed.demoDistrict',
        outcome: 'OK',
        details: {
          institutions: insertedInstitutions,
          accounts: missing.map((a) => a.username),
          emailsSet,
          mfaEnrolled,
        },
      });
    }
  });
  await seedDemoStaff(dataSource, { now: options.now });
  await seedDemoPeople(dataSource, { now: options.now });
  await seedDemoSurroundings(dataSource, { now: options.now });
  await seedDemoPlacesAndDorms(dataSource, { now: options.now });
  await seedDemoInspections(dataSource, { now: options.now });
  await seedDemoClasses(dataSource, { now: options.now });
  await seedDemoChildFiles(dataSource, { now: options.now });
  await seedDemoCareRecords(dataSource, { now: options.now });
  await seedDemoTraining(dataSource, { now: options.now });
  await seedDemoTips(dataSource, { now: options.now });
  return DEMO_ACCOUNTS;
}
