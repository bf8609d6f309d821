import { CRIMINAL_FINDINGS, TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type {
  CheckOutcome,
  CriminalFinding,
  RecordVettingCheckInput,
  VettingCheckKind,
} from '../../../gql/graphql';
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
    checkedBy: requiredText(TEXT_LIMITS.checkedBy),
    system: requiredText(TEXT_LIMITS.checkSystem),
    referenceNumber: requiredText(TEXT_LIMITS.referenceNumber),
    findings: z.array(z.enum(CRIMINAL_FINDINGS)),
  });

export type RecordCheckFormValues = z.infer<ReturnType<typeof buildRecordCheckSchema>>;

/**
 * The input to send. Findings go only with a check the server lists in `checksWithFindings`
 * (VET-6, VET-7): ticks left over from another check chosen earlier are dropped.
 */
export function toRecordCheckInput(
  staffId: string,
  values: RecordCheckFormValues,
  checksWithFindings: readonly VettingCheckKind[],
): RecordVettingCheckInput {
  const check = values.check as VettingCheckKind;
  const findings: CriminalFinding[] = checksWithFindings.includes(check) ? values.findings : [];
  return {
    staffId,
    check,
    outcome: values.outcome as CheckOutcome,
    checkedAt: dayToInstant(values.checkedAt),
    checkedBy: values.checkedBy.trim(),
    system: values.system.trim(),
    referenceNumber: values.referenceNumber.trim(),
    findings,
  };
}
