import { EMPLOYMENT_TYPES, STAFF_ROLES, TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { AddStaffCandidateInput, EmploymentType, StaffRole } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { normaliseResidentId, residentIdProblem, type ResidentIdProblem } from '@xiaohu/domain';
import { dayToInstant, isCalendarDate, key, requiredText } from './form-fields';

const ID_PROBLEM_MESSAGES: Record<ResidentIdProblem, MessageKey> = {
  LENGTH: 'staff.validation.idLength',
  FORMAT: 'staff.validation.idFormat',
  BIRTH_DATE: 'staff.validation.idBirthDate',
  CHECK_DIGIT: 'staff.validation.idCheckDigit',
};

// Mobile 1[3-9]xxxxxxxxx, or a landline with its area code (023-68001234).
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

export const addCandidateFormSchema = z.object({
  name: requiredText(TEXT_LIMITS.staffName),
  idNumber: z.string().superRefine((value, ctx) => {
    if (value.trim() === '') {
      ctx.addIssue({ code: 'custom', message: key('staff.validation.required') });
      return;
    }
    const problem = residentIdProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: ID_PROBLEM_MESSAGES[problem] });
  }),
  phone: z
    .string()
    .trim()
    .min(1, key('staff.validation.required'))
    .refine((value) => PHONE.test(value.replace(/\s+/g, '')), key('staff.validation.phone')),
  role: z
    .string()
    .refine((value) => (STAFF_ROLES as readonly string[]).includes(value), key('staff.validation.required')),
  employmentType: z
    .string()
    .refine(
      (value) => (EMPLOYMENT_TYPES as readonly string[]).includes(value),
      key('staff.validation.required'),
    ),
  post: requiredText(TEXT_LIMITS.post),
  hasStudentAccess: z.boolean(),
  startedAt: z
    .string()
    .refine((value) => value === '' || isCalendarDate(value), key('staff.validation.date')),
});

export type AddCandidateFormValues = z.infer<typeof addCandidateFormSchema>;

export const EMPTY_CANDIDATE: AddCandidateFormValues = {
  name: '',
  idNumber: '',
  phone: '',
  role: '',
  employmentType: '',
  post: '',
  hasStudentAccess: true,
  startedAt: '',
};

/** The mutation input from valid form values: the ID normalised, the date as a Shanghai instant. */
export function toAddCandidateInput(values: AddCandidateFormValues): AddStaffCandidateInput {
  return {
    name: values.name.trim(),
    idNumber: normaliseResidentId(values.idNumber),
    phone: values.phone.replace(/\s+/g, ''),
    role: values.role as StaffRole,
    employmentType: values.employmentType as EmploymentType,
    post: values.post.trim(),
    hasStudentAccess: values.hasStudentAccess,
    ...(values.startedAt ? { startedAt: dayToInstant(values.startedAt) } : {}),
  };
}
