import type { DataSource } from 'typeorm';
import { AccountEntity } from '../features/accounts/account.entity';
import { InstitutionEntity } from '../features/institutions/institution.entity';
import { DEMO_PASSWORD } from '../seed/demo-district.data';
import { hashPassword } from '../shared/auth/password';

let sequence = 0;

/** Saves an account (default: a TEACHER of the first institution) with the demo password. */
export async function buildAccount(
  owner: DataSource,
  overrides: Partial<AccountEntity> & { institutionName?: string } = {},
): Promise<AccountEntity> {
  sequence += 1;
  const { institutionName, ...fields } = overrides;
  const institution = institutionName
    ? await owner.getRepository(InstitutionEntity).findOneByOrFail({ name: institutionName })
    : null;
  return owner.getRepository(AccountEntity).save({
    username: `test.account.${sequence}`,
    displayName: `测试账号 ${sequence}`,
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'TEACHER',
    unitCode: null,
    institutionId: institution?.id ?? null,
    isDisabled: false,
    ...fields,
  });
}

export async function institutionIdByName(owner: DataSource, name: string): Promise<string> {
  return (await owner.getRepository(InstitutionEntity).findOneByOrFail({ name })).id;
}
