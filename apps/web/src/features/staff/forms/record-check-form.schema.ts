import { z } from 'zod';
import type { CheckOutcome, RecordVettingCheckInput, VettingCheckKind } from '../../../gql/graphql';
import { dayToInstant, key, pastDate, requiredText } from './form-fields';

export const CHECK_OUTCOMES: readonly CheckOutcome[] = ['CLEAR', 'RECORD_FOUND', 'NOT_MET'];

export const buildRecordCheckSchema = (today: string, checks: readonly VettingCheckKind[]) =>
  z.object({
    check: z
      .string()
      .refine((value) => (checks as readonly string[]).includes(value), key('staff.validation.required')),
    outcome: z
      .string()
      .refine(
        (value) => (CHECK_OUTCOMES as readonly string[]).includes(value),
        key('staff.validation.required'),
      ),
    checkedAt: pastDate(today),
    checkedBy: requiredText(50),
    system: requiredText(100),
    referenceNumber: requiredText(100),
  });

export type RecordCheckFormValues = z.infer<ReturnType<typeof buildRecordCheckSchema>>;

export function toRecordCheckInput(staffId: string, values: RecordCheckFormValues): RecordVettingCheckInput {
  return {
    staffId,
    check: values.check as VettingCheckKind,
    outcome: values.outcome as CheckOutcome,
    checkedAt: dayToInstant(values.checkedAt),
    checkedBy: values.checkedBy.trim(),
    system: values.system.trim(),
    referenceNumber: values.referenceNumber.trim(),
  };
}
