import { z } from 'zod';
import type { RecordInterviewInput } from '../../../gql/graphql';
import { dayToInstant, key, pastDate, requiredText } from './form-fields';

export const buildInterviewSchema = (today: string) =>
  z.object({
    interviewedAt: pastDate(today),
    interviewer: requiredText(50),
    notes: z.string().max(2000, key('staff.validation.tooLong')),
  });

export type InterviewFormValues = z.infer<ReturnType<typeof buildInterviewSchema>>;

export const toInterviewInput = (staffId: string, values: InterviewFormValues): RecordInterviewInput => ({
  staffId,
  interviewedAt: dayToInstant(values.interviewedAt),
  interviewer: values.interviewer.trim(),
  notes: values.notes.trim(),
});
