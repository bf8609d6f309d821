import { maskResidentId, residentIdCheckCharacter } from '@xiaohu/domain';
import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../../config';
import { idNumberCipher } from './id-number';
import { refreshStaffDueDates } from './staff-due-dates';
import { StaffMemberEntity } from './staff-member.entity';
import { ROSTER_COLUMNS } from './staff-roster.format';

let sequence = 0;

/**
 * A fresh valid resident ID number: a different person for each call in a test file (each file has
 * its own database). Births in 2000–2005 keep it apart from every seeded person (born in the 1900s),
 * so a factory member can never share an ID with a seeded one on the district ban register.
 */
export function buildIdNumber(seed?: number): string {
  sequence += 1;
  const n = (seed ?? sequence) % 2_016_000;
  const two = (value: number) => String(value).padStart(2, '0');
  const k = Math.floor(n / 1000);
  const birth = `${2000 + (k % 6)}${two(1 + (Math.floor(k / 6) % 12))}${two(1 + Math.floor(k / 72))}`;
  // The last digits vary fastest, so two factory members rarely share a masked ID (5001…1234).
  const first17 = `500107${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** Input for addStaffCandidate with sensible defaults. */
export function buildCandidateInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  sequence += 1;
  return {
    name: `测试教职工${sequence}`,
    idNumber: buildIdNumber(),
    phone: '13800138000',
    role: 'CHILDCARE_WORKER',
    employmentType: 'TEMPORARY',
    post: '小一班保育员',
    hasStudentAccess: true,
    ...overrides,
  };
}

export type RosterRow = Partial<Record<(typeof ROSTER_COLUMNS)[number]['key'], string>>;

export function buildRosterRow(overrides: RosterRow = {}): RosterRow {
  sequence += 1;
  return {
    name: `导入人员${sequence}`,
    idNumber: buildIdNumber(),
    phone: '13900139000',
    role: '保育员',
    employmentType: '临时聘用',
    post: '保育员',
    hasStudentAccess: '是',
    startedAt: '2024-09-01',
    ...overrides,
  };
}

/** A roster .xlsx in the template's layout. */
export async function buildRosterWorkbook(rows: RosterRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.columns = ROSTER_COLUMNS.map((c) => ({ header: c.header, key: c.key }));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Saves a staff member directly (as the schema owner), encrypted with the test key. */
export async function buildStaffMember(
  owner: DataSource,
  institutionId: string,
  overrides: Partial<StaffMemberEntity> = {},
): Promise<StaffMemberEntity> {
  const cipher = idNumberCipher(loadConfig({ NODE_ENV: 'test' }));
  const idNumber = buildIdNumber();
  sequence += 1;
  const repository = owner.getRepository(StaffMemberEntity);
  const staff = await repository.save(
    repository.create({
      institutionId,
      name: `工厂教职工${sequence}`,
      idNumberCiphertext: cipher.encrypt(idNumber),
      idNumberHash: cipher.hash(idNumber),
      idNumberMasked: maskResidentId(idNumber),
      phone: '13800138000',
      role: 'SECURITY_GUARD',
      employmentType: 'ESTABLISHED',
      post: '保安',
      hasStudentAccess: true,
      startedAt: null,
      status: 'CANDIDATE',
      activatedAt: null,
      ...overrides,
    }),
  );
  // Written around the API: its stored due dates (VET-9, VET-10) are computed here, as seeds do.
  await refreshStaffDueDates(owner.manager, [staff.id]);
  return staff;
}
