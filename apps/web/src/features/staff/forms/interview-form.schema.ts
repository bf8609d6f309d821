import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type { RecordInterviewInput } from '../../../gql/graphql';
import { dayToInstant, key, pastDate, requiredText } from './form-fields';

export const buildInterviewSchema = (today: string) =>
  z.object({
    interviewedAt: pastDate(today),
    interviewer: requiredText(TEXT_LIMITS.interviewer),
    notes: z.string().trim().max(TEXT_LIMITS.interviewNotes, key('staff.validation.tooLong')),
  });

export type InterviewFormValues = z.infer<ReturnType<typeof buildInterviewSchema>>;

export const toInterviewInput = (staffId: string, values: InterviewFormValues): RecordInterviewInput => ({
  staffId,
  interviewedAt: dayToInstant(values.interviewedAt),
  interviewer: values.interviewer.trim(),
  notes: values.notes.trim(),
});
