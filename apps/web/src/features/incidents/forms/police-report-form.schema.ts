import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { RecordPoliceReportInput } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { fromBeijingInputValue, isAfterNow } from './form-time';

const key = (k: MessageKey) => k;

/** The domain's limits of the police report's fields. */
export const POLICE_FIELD_MAX = {
  policeStation: TEXT_LIMITS.policeStation,
  receiptNumber: TEXT_LIMITS.receiptNumber,
  officerName: TEXT_LIMITS.officerName,
} as const;

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, key('incidents.validation.required'))
    .max(max, key('incidents.validation.tooLong'));

/** A past or present time entered in Beijing time; the future is refused with a clear message. */
export function pastTime(now: () => Date) {
  return z.string().superRefine((value, ctx) => {
    const instant = fromBeijingInputValue(value);
    if (!instant) ctx.addIssue({ code: 'custom', message: key('incidents.validation.invalidTime') });
    else if (isAfterNow(instant, now()))
      ctx.addIssue({ code: 'custom', message: key('incidents.validation.timeInFuture') });
  });
}

export function buildPoliceReportFormSchema(now: () => Date = () => new Date()) {
  return z.object({
    reportedAt: pastTime(now),
    policeStation: requiredText(POLICE_FIELD_MAX.policeStation),
    receiptNumber: requiredText(POLICE_FIELD_MAX.receiptNumber),
    officerName: z.string().trim().max(POLICE_FIELD_MAX.officerName, key('incidents.validation.tooLong')),
  });
}

export type PoliceReportFormValues = z.input<ReturnType<typeof buildPoliceReportFormSchema>>;

export function toRecordPoliceReportInput(
  caseId: string,
  values: PoliceReportFormValues,
): RecordPoliceReportInput {
  const reportedAt = fromBeijingInputValue(values.reportedAt);
  if (!reportedAt) throw new Error('toRecordPoliceReportInput needs validated values');
  const officer = values.officerName.trim();
  return {
    caseId,
    reportedAt: reportedAt.toISOString(),
    policeStation: values.policeStation.trim(),
    receiptNumber: values.receiptNumber.trim(),
    officerName: officer === '' ? null : officer,
  };
}
