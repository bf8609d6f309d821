import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { MessageKey } from '../../../i18n/i18n';
import { fromBeijingInputValue } from './form-time';

const key = (k: MessageKey) => k;

/** PRV-10: the domain's limit for a bullying step's note (the API refuses longer, as for a welfare note). */
export const BULLYING_NOTE_MAX = TEXT_LIMITS.welfareNote;

/** PRV-10: what was done is required and at most the limit; the time must be a time (the server checks the rest). */
export const bullyingStepFormSchema = z.object({
  completedAt: z
    .string()
    .refine((value) => fromBeijingInputValue(value) !== null, key('incidents.validation.required')),
  note: z
    .string()
    .trim()
    .min(1, key('incidents.validation.required'))
    .max(BULLYING_NOTE_MAX, key('incidents.validation.tooLong')),
});

export type BullyingStepFormValues = z.infer<typeof bullyingStepFormSchema>;
