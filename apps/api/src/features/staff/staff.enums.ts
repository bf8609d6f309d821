import {
  CRIMINAL_FINDINGS,
  EMPLOYMENT_TYPES,
  QUALIFICATION_KINDS,
  STAFF_ROLES,
  UNIT_CODES,
  VETTING_BLOCK_CODES,
  VETTING_CHECKS,
  type UnitCode,
} from '@xiaohu/domain';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../shared/graphql/enum-object';
import { STAFF_STATUSES } from './staff-member.entity';

// Values come from the domain package wherever it defines them, so the API cannot drift from the rules.
export const StaffRoleEnum = enumObject(STAFF_ROLES);
registerEnumType(StaffRoleEnum, {
  name: 'StaffRole',
  description: 'A staff role the plan names (教师, 保育员, 保安 ...).',
});

export const EmploymentTypeEnum = enumObject(EMPLOYMENT_TYPES);
registerEnumType(EmploymentTypeEnum, {
  name: 'EmploymentType',
  description: '正式编制 ESTABLISHED, 临时聘用 TEMPORARY, 劳务派遣 AGENCY.',
});

export const StaffStatusEnum = enumObject(STAFF_STATUSES);
registerEnumType(StaffStatusEnum, {
  name: 'StaffStatus',
  description:
    'CANDIDATE: not active, not assignable. ACTIVE: vetted CLEAR and activated. BLOCKED: for good. DISMISSED: expelled (VET-11).',
});

/** The in-service re-check of VET-9 is recorded like a check; the domain sees it as a CRIMINAL_DATABASE result. */
export const VETTING_CHECK_KINDS = [...VETTING_CHECKS, 'IN_SERVICE_RECHECK'] as const;
export type VettingCheckKind = (typeof VETTING_CHECK_KINDS)[number];
export const VettingCheckKindEnum = enumObject(VETTING_CHECK_KINDS);
registerEnumType(VettingCheckKindEnum, {
  name: 'VettingCheckKind',
  description:
    'A pre-hire check (VET-1 to VET-5) or an in-service re-check (VET-9). TEMPORARY_HIRE_CHECK is kept for checks recorded before VET-3 was read as oversight: it is never required and can no longer be recorded.',
  valuesConfig: {
    TEMPORARY_HIRE_CHECK: {
      deprecationReason:
        'VET-3 is read as oversight: the check is the institution’s CRIMINAL_DATABASE check. Kept for checks recorded before; it can no longer be recorded.',
    },
  },
});

export const CheckOutcomeEnum = enumObject(['CLEAR', 'RECORD_FOUND', 'NOT_MET'] as const);
registerEnumType(CheckOutcomeEnum, {
  name: 'CheckOutcome',
  description:
    'CLEAR: nothing found or held. RECORD_FOUND: on record in the system consulted. NOT_MET: not held or not passed.',
});

export const CriminalFindingEnum = enumObject(CRIMINAL_FINDINGS);
registerEnumType(CriminalFindingEnum, {
  name: 'CriminalFinding',
  description:
    'What a check found about a person’s criminal past. CRIMINAL_PUNISHMENT: has received a criminal punishment (VET-7). DEPRIVED_OF_POLITICAL_RIGHTS: deprived of political rights (VET-6). INTENTIONAL_CRIME_IMPRISONMENT: sentenced for an intentional crime to fixed-term imprisonment or more (VET-6). Each is a criminal punishment too: the person is blocked and banned district-wide for life (VET-7).',
});

export const CHECK_RECORDERS = ['INSTITUTION', ...UNIT_CODES] as const;
export type CheckRecorderCode = 'INSTITUTION' | UnitCode;
export const CheckRecorderEnum = enumObject(CHECK_RECORDERS);
registerEnumType(CheckRecorderEnum, {
  name: 'CheckRecorder',
  description:
    'Who records a check: the institution itself, or a committee unit from the responsibility matrix (ORG-2).',
});

export const VettingStatusEnum = enumObject(['CLEAR', 'BLOCKED', 'INCOMPLETE'] as const);
registerEnumType(VettingStatusEnum, {
  name: 'VettingStatus',
  description: 'The vetting decision (VET-1 to VET-8).',
});

export const VettingBlockCodeEnum = enumObject(VETTING_BLOCK_CODES);
registerEnumType(VettingBlockCodeEnum, { name: 'VettingBlockCode', description: 'Why a hire is blocked.' });

export { QUALIFICATION_KINDS, type QualificationKind } from '@xiaohu/domain';
export const QualificationKindEnum = enumObject(QUALIFICATION_KINDS);
registerEnumType(QualificationKindEnum, {
  name: 'QualificationKind',
  description: '教师资格证, 幼儿园教师资格证, 保育员培训合格证 (VET-5, VET-6).',
});

export const DUE_CHECK_KINDS = ['RECHECK', 'REMINDER_INTERVIEW'] as const;
export type DueCheckKind = (typeof DUE_CHECK_KINDS)[number];
export const DueCheckKindEnum = enumObject(DUE_CHECK_KINDS);
registerEnumType(DueCheckKindEnum, {
  name: 'DueCheckKind',
  description: 'RECHECK: in-service re-check (VET-9). REMINDER_INTERVIEW: 约谈提示 (VET-10).',
});

export const MisconductSeverityEnum = enumObject(['MISCONDUCT', 'SERIOUS', 'GRAVE'] as const);
registerEnumType(MisconductSeverityEnum, {
  name: 'MisconductSeverity',
  description: '失德违规 MISCONDUCT, 品行不良/侮辱学生 SERIOUS, 危害严重/影响恶劣 GRAVE (VET-11).',
});

export const MisconductOutcomeEnum = enumObject([
  'ADJUST_POST',
  'REVOKE_TEACHER_QUALIFICATION',
  'EXPEL_FROM_EDUCATION_SECTOR',
  'TRANSFER_TO_JUDICIAL_ORGANS',
] as const);
registerEnumType(MisconductOutcomeEnum, { name: 'MisconductOutcome', description: 'An outcome of VET-11.' });

export const MisconductCaseStatusEnum = enumObject(['OPEN', 'DECIDED'] as const);
registerEnumType(MisconductCaseStatusEnum, {
  name: 'MisconductCaseStatus',
  description: 'Whether a case is decided.',
});
