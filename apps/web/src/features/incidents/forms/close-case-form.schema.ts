import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { CloseCaseInput, ClosingReason } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';

const key = (k: MessageKey) => k;

export const CLOSE_NOTE_MAX = TEXT_LIMITS.closingNote;

/** `reasons` are those the case's viewerCan.closingReasons allows now; nothing else can be chosen. */
export function buildCloseCaseFormSchema(reasons: readonly ClosingReason[]) {
  return z.object({
    reason: z
      .string()
      .refine(
        (value) => (reasons as readonly string[]).includes(value),
        key('incidents.validation.chooseOne'),
      ),
    note: z.string().trim().max(CLOSE_NOTE_MAX, key('incidents.validation.tooLong')),
  });
}

export type CloseCaseFormValues = z.input<ReturnType<typeof buildCloseCaseFormSchema>>;

export function toCloseCaseInput(caseId: string, values: CloseCaseFormValues): CloseCaseInput {
  if (values.reason === '') throw new Error('toCloseCaseInput needs validated values');
  const note = values.note.trim();
  return { caseId, reason: values.reason as ClosingReason, note: note === '' ? null : note };
}
