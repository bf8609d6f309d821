import {
  DEFAULT_POLICY,
  maskResidentId,
  misconductOutcomes,
  requiredChecks,
  residentIdCheckCharacter,
  responsibleUnits,
  type EmploymentType,
  type InstitutionKind,
  type RequiredCheck,
  type StaffRole,
} from '@xiaohu/domain';
import type { StaffStatus } from '../../features/staff/staff-member.entity';
import type { IdNumberCipher } from '../../features/staff/id-number';
import type { DistrictRandom } from './district-random';
import type { GeneratedInstitution } from './district-institutions';
import { personName } from './district-names';

const DAY = 86_400_000;
const YEAR = 365 * DAY;

const ROLE_MIX: Record<InstitutionKind, Partial<Record<StaffRole, number>>> = {
  KINDERGARTEN: {
    KINDERGARTEN_TEACHER: 50,
    CHILDCARE_WORKER: 25,
    SECURITY_GUARD: 8,
    CLEANER: 7,
    CANTEEN_WORKER: 10,
  },
  PRIMARY: { TEACHER: 65, HEAD_TEACHER: 18, SECURITY_GUARD: 6, CLEANER: 5, CANTEEN_WORKER: 6 },
  SECONDARY: {
    TEACHER: 58,
    HEAD_TEACHER: 15,
    SECURITY_GUARD: 5,
    CLEANER: 5,
    CANTEEN_WORKER: 6,
    DORM_MANAGER: 5,
    LIFE_TEACHER: 6,
  },
  VOCATIONAL_SCHOOL: {
    TEACHER: 60,
    HEAD_TEACHER: 12,
    DORM_MANAGER: 8,
    LIFE_TEACHER: 6,
    SECURITY_GUARD: 6,
    CLEANER: 4,
    CANTEEN_WORKER: 4,
  },
  TRAINING_INSTITUTION: { TEACHER: 80, SECURITY_GUARD: 8, CLEANER: 12 },
  SPECIAL_EDUCATION: {
    TEACHER: 45,
    LIFE_TEACHER: 20,
    HEAD_TEACHER: 10,
    SECURITY_GUARD: 8,
    CLEANER: 7,
    CANTEEN_WORKER: 10,
  },
};

const POSTS: Record<StaffRole, readonly string[]> = {
  TEACHER: [
    '语文教师',
    '数学教师',
    '英语教师',
    '科学教师',
    '体育教师',
    '音乐教师',
    '美术教师',
    '信息技术教师',
  ],
  HEAD_TEACHER: ['班主任'],
  KINDERGARTEN_TEACHER: ['小班教师', '中班教师', '大班教师'],
  CHILDCARE_WORKER: ['保育员'],
  SECURITY_GUARD: ['校门保安', '巡逻保安'],
  DORM_MANAGER: ['宿舍管理员'],
  CLEANER: ['保洁'],
  CANTEEN_WORKER: ['食堂厨师', '食堂帮厨'],
  LIFE_TEACHER: ['生活老师'],
  LEGAL_VICE_PRINCIPAL: ['法治副校长'],
  SCHOOL_HEAD: ['校长'],
};

const CHECK_SYSTEM: Record<string, string> = {
  CRIMINAL_DATABASE: '严重违法犯罪案件教职员工信息库',
  TEACHER_ENTRY_SYSTEM: '教师入职查询系统',
  NEW_INSTITUTION_REVIEW: '新办园所拟聘人员审查',
  KINDERGARTEN_TEACHER_QUALIFICATION: '幼儿园教师资格证',
  CHILDCARE_TRAINING: '保育员培训合格证',
  IN_SERVICE_RECHECK: '严重违法犯罪案件教职员工信息库',
};

export interface GeneratedStaff {
  id: string;
  institution: GeneratedInstitution;
  name: string;
  role: StaffRole;
  employmentType: EmploymentType;
  hasStudentAccess: boolean;
  status: StaffStatus;
  idNumberHash: string;
  startedAt: number | null;
  createdAt: number;
  row: unknown[];
}

const required = new Map<string, RequiredCheck[]>();
function requiredChecksOf(role: StaffRole, employmentType: EmploymentType, kind: InstitutionKind) {
  const key = `${role}|${employmentType}|${kind}`;
  let checks = required.get(key);
  if (!checks) {
    checks = requiredChecks(
      {
        role,
        employmentType,
        institution: { kind, isApplyingToOpen: false },
        hasCriminalPunishment: false,
        isDeprivedOfPoliticalRights: false,
        hasIntentionalCrimeImprisonment: false,
        isOnDistrictBanList: false,
        hasLostTeacherQualification: false,
      },
      DEFAULT_POLICY,
    );
    required.set(key, checks);
  }
  return checks;
}

const hasRecheckDuty = new Map<InstitutionKind, boolean>();
/** VET-9: the kinds whose in-service staff are re-checked (the matrix names a supervisor). */
export function isRechecked(kind: InstitutionKind): boolean {
  let answer = hasRecheckDuty.get(kind);
  if (answer === undefined) {
    answer = responsibleUnits('IN_SERVICE_STAFF_CHECKS', kind, DEFAULT_POLICY).length > 0;
    hasRecheckDuty.set(kind, answer);
  }
  return answer;
}

function employmentOf(random: DistrictRandom, role: StaffRole, kind: InstitutionKind): EmploymentType {
  if (kind === 'TRAINING_INSTITUTION') return random.chance(0.75) ? 'TEMPORARY' : 'AGENCY';
  const isSupport = ['SECURITY_GUARD', 'CLEANER', 'CANTEEN_WORKER', 'DORM_MANAGER'].includes(role);
  if (isSupport) return random.weighted({ AGENCY: 60, TEMPORARY: 30, ESTABLISHED: 10 });
  return random.weighted({ ESTABLISHED: 80, TEMPORARY: 15, AGENCY: 5 });
}

/** A valid resident ID number of the district (500107), unique in this run, never one of the demo's. */
export function idNumberOf(random: DistrictRandom, used: Set<string>, birthYear: number): string {
  for (;;) {
    const month = random.int(1, 12);
    const day = random.int(1, 28);
    // Sequences 200-899: the demo seed uses lower ones and 901-903.
    const first17 = `500107${birthYear}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${random.int(200, 899)}`;
    const id = first17 + residentIdCheckCharacter(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/** Everything about the staff that goes into the database, table by table. */
export interface StaffTables {
  staff(row: unknown[]): Promise<void>;
  check(row: unknown[]): Promise<void>;
  interview(row: unknown[]): Promise<void>;
  ban(row: unknown[]): Promise<void>;
  misconduct(row: unknown[]): Promise<void>;
}

export interface StaffContext {
  random: DistrictRandom;
  cipher: IdNumberCipher;
  usedIdNumbers: Set<string>;
  now: number;
  windowStart: number;
}

/** The staff register row of one person (staff_member). */
function staffRow(context: StaffContext, institution: GeneratedInstitution, slot: number): GeneratedStaff {
  const { random, now } = context;
  let role: StaffRole;
  if (slot === 0) role = 'SCHOOL_HEAD';
  else if (slot === 1) role = institution.kind === 'KINDERGARTEN' ? 'KINDERGARTEN_TEACHER' : 'TEACHER';
  else if (slot === 2 && institution.staffCount >= 8) role = 'LEGAL_VICE_PRINCIPAL';
  else role = random.weighted(ROLE_MIX[institution.kind] as Record<StaffRole, number>);
  const status: StaffStatus =
    slot < 2 ? 'ACTIVE' : random.weighted({ ACTIVE: 94.4, CANDIDATE: 4.5, BLOCKED: 0.8, DISMISSED: 0.3 });
  const employmentType: EmploymentType =
    slot === 0
      ? institution.kind === 'TRAINING_INSTITUTION'
        ? 'TEMPORARY'
        : 'ESTABLISHED'
      : employmentOf(random, role, institution.kind);
  const hasStudentAccess = role === 'CLEANER' || role === 'CANTEEN_WORKER' ? random.chance(0.3) : true;
  const age = slot === 0 ? random.int(38, 58) : random.int(22, 58);
  const idNumber = idNumberOf(random, context.usedIdNumbers, new Date(now).getUTCFullYear() - age);
  const name = slot === 0 ? institution.headName : personName(random);
  // Most staff joined before the three years of data; candidates are recent.
  const startedAt =
    status === 'CANDIDATE' || status === 'BLOCKED'
      ? null
      : now - random.int(14, Math.max(15, Math.min(age - 21, 15) * 365)) * DAY;
  const createdAt =
    startedAt === null
      ? now - random.int(1, 60) * DAY
      : Math.max(startedAt - 20 * DAY, institution.createdAt);
  const id = random.uuid();
  const idNumberHash = context.cipher.hash(idNumber);
  // The name's bigrams are made in SQL from the name (its last column); the stored due dates are
  // computed after the bulk insert (refreshStaffDueDates).
  const row = [
    id,
    institution.id,
    name,
    context.cipher.encrypt(idNumber),
    idNumberHash,
    maskResidentId(idNumber),
    `1${random.pick(['39', '38', '37', '36', '35', '58', '59', '88', '89', '77'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
    role,
    employmentType,
    random.pick(POSTS[role]),
    hasStudentAccess,
    startedAt === null ? null : new Date(startedAt),
    status,
    status === 'ACTIVE' || status === 'DISMISSED' ? new Date(startedAt!) : null,
    new Date(createdAt),
    new Date(createdAt),
    name,
  ];
  return {
    id,
    institution,
    name,
    role,
    employmentType,
    hasStudentAccess,
    status,
    idNumberHash,
    startedAt,
    createdAt,
    row,
  };
}

const referenceNumber = (random: DistrictRandom, at: number) =>
  `JLP-${new Date(at).getUTCFullYear()}-${String(random.int(0, 999_999)).padStart(6, '0')}`;

/** The vetting checks of one person (vetting_check): pre-hire checks, then in-service re-checks (VET-9). */
async function checkRows(context: StaffContext, member: GeneratedStaff, write: StaffTables['check']) {
  const { random, now } = context;
  const checks = requiredChecksOf(member.role, member.employmentType, member.institution.kind);
  const hiredAt = member.startedAt ?? member.createdAt;
  const checker = personName(random);
  for (const [i, check] of checks.entries()) {
    const isBlockedHere = member.status === 'BLOCKED' && check.check === 'CRIMINAL_DATABASE';
    // A candidate has its database check and, for roles needing more, not all of them yet (INCOMPLETE).
    if (member.status === 'CANDIDATE' && i > 0 && random.chance(0.7)) continue;
    if (member.status === 'BLOCKED' && !isBlockedHere) continue;
    const checkedAt = Math.min(
      hiredAt - random.int(3, 30) * DAY + random.int(0, 8) * 3_600_000,
      now - 3_600_000,
    );
    await write([
      random.uuid(),
      member.id,
      check.check,
      isBlockedHere ? 'RECORD_FOUND' : 'CLEAR',
      new Date(checkedAt),
      checker,
      CHECK_SYSTEM[check.check],
      referenceNumber(random, checkedAt),
      check.recordedBy,
      false,
      false,
      false,
      null,
      new Date(Math.min(checkedAt + random.int(5, 600) * 60_000, now)),
    ]);
  }
  if (member.status !== 'ACTIVE' || !isRechecked(member.institution.kind)) return;
  for (const at of inServiceDates(context, member.startedAt!, 12, 0.93)) {
    await write([
      random.uuid(),
      member.id,
      'IN_SERVICE_RECHECK',
      'CLEAR',
      new Date(at),
      checker,
      CHECK_SYSTEM.IN_SERVICE_RECHECK,
      referenceNumber(random, at),
      'INSTITUTION',
      false,
      false,
      false,
      null,
      new Date(Math.min(at + random.int(5, 600) * 60_000, now)),
    ]);
  }
}

/**
 * Instants of a periodic duty (VET-9, VET-10) within the three years: each done a little before or
 * after it falls due, until one is missed (`keepUp` is the chance to do the next): the staff member
 * is then overdue.
 */
function inServiceDates(context: StaffContext, startedAt: number, months: number, keepUp: number): number[] {
  const { random, now, windowStart } = context;
  const period = (months / 12) * YEAR;
  const dates: number[] = [];
  let last = Math.max(startedAt, windowStart - random.next() * period);
  for (;;) {
    const at = last + period + random.int(-30, 20) * DAY;
    if (at > now - DAY || !random.chance(keepUp)) break;
    if (at >= startedAt) dates.push(at);
    last = at;
  }
  return dates;
}

/** The reminder interviews of one person with access to students (reminder_interview, VET-10). */
async function interviewRows(context: StaffContext, member: GeneratedStaff, write: StaffTables['interview']) {
  if (member.status !== 'ACTIVE' || !member.hasStudentAccess || member.role === 'SCHOOL_HEAD') return;
  const { random, now } = context;
  for (const at of inServiceDates(context, member.startedAt!, 6, 0.9)) {
    await write([
      random.uuid(),
      member.id,
      new Date(at),
      member.institution.headName,
      random.pick([
        '学期初约谈提示：师德规范与学生保护',
        '约谈提示：严禁体罚和变相体罚',
        '约谈提示：与学生交往的界限',
      ]),
      member.institution.headAccountId,
      new Date(Math.min(at + random.int(0, 72) * 3_600_000, now)),
    ]);
  }
}

/** A misconduct case (misconduct_case, VET-11) and the district ban it leads to (district_ban, VET-7). */
async function misconductRows(context: StaffContext, member: GeneratedStaff, tables: StaffTables) {
  const { random, now } = context;
  if (member.status === 'BLOCKED') {
    await tables.ban([
      random.uuid(),
      member.idNumberHash,
      'CRIMINAL_RECORD',
      null,
      member.id,
      new Date(member.createdAt + DAY),
    ]);
    return;
  }
  const isDismissed = member.status === 'DISMISSED';
  const isAdjusted = !isDismissed && member.status === 'ACTIVE' && random.chance(0.0012);
  const isOpen = !isDismissed && !isAdjusted && member.status === 'ACTIVE' && random.chance(0.0006);
  if (!isDismissed && !isAdjusted && !isOpen) return;
  const openedAt = isOpen
    ? now - random.int(2, 40) * DAY
    : Math.max(member.startedAt!, context.windowStart) + random.int(30, 700) * DAY;
  const opened = Math.min(openedAt, now - 60 * DAY * (isOpen ? 0 : 1));
  const severity = isDismissed ? 'GRAVE' : 'MISCONDUCT';
  const involvesCrime = isDismissed && random.chance(0.3);
  const decision = misconductOutcomes({
    factsVerified: true,
    severity,
    involvesCrime,
    holdsTeacherQualification: member.role === 'TEACHER',
  });
  const outcomes =
    decision.status === 'OPTIONS'
      ? decision.options
          .filter((o) => o.isMandatory || (!isDismissed && o.outcome === 'ADJUST_POST'))
          .map((o) => o.outcome)
      : [];
  const decidedAt = isOpen ? null : opened + random.int(10, 50) * DAY;
  await tables.misconduct([
    random.uuid(),
    member.id,
    member.institution.id,
    null,
    isOpen ? 'OPEN' : 'DECIDED',
    isDismissed
      ? '家长反映该教职工严重侮辱、体罚学生，经调查核实。'
      : '学生反映该教职工言语不当，经调查核实。',
    isOpen ? null : '已约谈当事人及相关学生，调取监控，事实清楚。',
    !isOpen,
    isOpen ? null : severity,
    involvesCrime,
    JSON.stringify(isOpen ? [] : outcomes),
    new Date(opened),
    member.institution.headAccountId,
    isOpen ? null : new Date(opened + 7 * DAY),
    decidedAt === null ? null : new Date(decidedAt),
    decidedAt === null ? null : member.institution.headAccountId,
  ]);
  if (isDismissed)
    await tables.ban([random.uuid(), member.idNumberHash, 'EXPELLED', null, member.id, new Date(decidedAt!)]);
}

/** The staff of one institution with their checks, interviews and misconduct cases. */
export async function buildStaffOf(
  context: StaffContext,
  institution: GeneratedInstitution,
  tables: StaffTables,
): Promise<GeneratedStaff[]> {
  const members: GeneratedStaff[] = [];
  for (let slot = 0; slot < institution.staffCount; slot += 1) {
    const member = staffRow(context, institution, slot);
    members.push(member);
    if (slot === 0) institution.headStaffId = member.id;
    else if (slot === 1) institution.teacherStaffId = member.id;
    else if (member.status === 'ACTIVE') institution.suspectStaffIds.push(member.id);
    await tables.staff(member.row);
    await checkRows(context, member, tables.check);
    await interviewRows(context, member, tables.interview);
    await misconductRows(context, member, tables);
  }
  return members;
}
