import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { QualificationKind, RecordQualificationInput } from '../../../gql/graphql';
import { dayToInstant, key, pastDate, requiredText } from './form-fields';

export const QUALIFICATION_KINDS: readonly QualificationKind[] = [
  'TEACHER_QUALIFICATION',
  'KINDERGARTEN_TEACHER_QUALIFICATION',
  'CHILDCARE_TRAINING_CERTIFICATE',
];

export const buildQualificationSchema = (today: string) =>
  z.object({
    kind: z
      .string()
      .refine(
        (v) => (QUALIFICATION_KINDS as readonly string[]).includes(v),
        key('staff.validation.required'),
      ),
    number: requiredText(TEXT_LIMITS.qualificationNumber),
    issuedAt: pastDate(today),
  });

export type QualificationFormValues = z.infer<ReturnType<typeof buildQualificationSchema>>;

export const toQualificationInput = (
  staffId: string,
  values: QualificationFormValues,
): RecordQualificationInput => ({
  staffId,
  kind: values.kind as QualificationKind,
  number: values.number.trim(),
  issuedAt: dayToInstant(values.issuedAt),
});
