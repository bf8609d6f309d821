import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { RecordWelfareNoteInput } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { fromBeijingInputValue, isAfterNow, toBeijingInputValue } from './form-time';

const key = (k: MessageKey) => k;

/** The domain's limit for a REP-10 concern note (the API refuses longer). */
export const WELFARE_NOTE_MAX = TEXT_LIMITS.welfareNote;

/** REP-10: the concern is required; the guardian-told time only when the guardian was told, and never in the future. */
export function buildWelfareNoteFormSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      concernNote: z
        .string()
        .trim()
        .min(1, key('incidents.validation.required'))
        .max(WELFARE_NOTE_MAX, key('incidents.validation.tooLong')),
      isGuardianTold: z.boolean(),
      guardianToldAt: z.string(),
      isStudySuspended: z.boolean(),
    })
    .superRefine((values, ctx) => {
      if (!values.isGuardianTold) return;
      const instant = fromBeijingInputValue(values.guardianToldAt);
      if (!instant) {
        ctx.addIssue({
          code: 'custom',
          path: ['guardianToldAt'],
          message: key('incidents.validation.invalidTime'),
        });
      } else if (isAfterNow(instant, now())) {
        ctx.addIssue({
          code: 'custom',
          path: ['guardianToldAt'],
          message: key('incidents.validation.guardianToldInFuture'),
        });
      }
    });
}

export type WelfareNoteFormValues = z.input<ReturnType<typeof buildWelfareNoteFormSchema>>;

/** Empty note, guardian not told yet, the time field ready at `now` in case they were. */
export function emptyWelfareNoteValues(now: Date): WelfareNoteFormValues {
  return {
    concernNote: '',
    isGuardianTold: false,
    guardianToldAt: toBeijingInputValue(now),
    isStudySuspended: false,
  };
}

export function toRecordWelfareNoteInput(
  caseId: string,
  values: WelfareNoteFormValues,
): RecordWelfareNoteInput {
  const guardianToldAt = values.isGuardianTold ? fromBeijingInputValue(values.guardianToldAt) : null;
  if (values.isGuardianTold && !guardianToldAt)
    throw new Error('toRecordWelfareNoteInput needs validated values');
  return {
    caseId,
    concernNote: values.concernNote.trim(),
    guardianToldAt: guardianToldAt ? guardianToldAt.toISOString() : null,
    isStudySuspended: values.isStudySuspended,
  };
}
