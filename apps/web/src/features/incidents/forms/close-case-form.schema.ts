import { z } from 'zod';
import type { CloseCaseInput, ClosingReason } from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';

const key = (k: MessageKey) => k;

export const CLOSE_NOTE_MAX = 500;

export const CLOSING_REASON_OPTIONS = [
  'RESOLVED',
  'UNFOUNDED',
  'DUPLICATE',
  'PRIVATE_SETTLEMENT',
] as const satisfies readonly ClosingReason[];

export const closeCaseFormSchema = z.object({
  reason: z
    .union([z.enum(CLOSING_REASON_OPTIONS), z.literal('')])
    .refine((value) => value !== '', key('incidents.validation.chooseOne')),
  note: z.string().trim().max(CLOSE_NOTE_MAX, key('incidents.validation.tooLong')),
});

export type CloseCaseFormValues = z.input<typeof closeCaseFormSchema>;

export function toCloseCaseInput(caseId: string, values: CloseCaseFormValues): CloseCaseInput {
  if (values.reason === '') throw new Error('toCloseCaseInput needs validated values');
  const note = values.note.trim();
  return { caseId, reason: values.reason, note: note === '' ? null : note };
}
