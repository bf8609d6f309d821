import { TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type {
  DecideMisconductInput,
  MisconductOutcome,
  MisconductSeverity,
  OpenMisconductCaseInput,
} from '../../../gql/graphql';
import { dayToInstant, key, pastDate, requiredText } from './form-fields';

/** A case number pasted from the case page (a UUID); not free text, so not one of TEXT_LIMITS. */
export const INCIDENT_ID_MAX = 100;

export const MISCONDUCT_SEVERITIES: readonly MisconductSeverity[] = ['MISCONDUCT', 'SERIOUS', 'GRAVE'];

export const openMisconductSchema = z.object({
  facts: requiredText(TEXT_LIMITS.misconductFacts),
  incidentId: z.string().trim().max(INCIDENT_ID_MAX, key('staff.validation.tooLong')),
});
export type OpenMisconductFormValues = z.infer<typeof openMisconductSchema>;

export const toOpenMisconductInput = (
  staffId: string,
  values: OpenMisconductFormValues,
): OpenMisconductCaseInput => ({
  staffId,
  facts: values.facts.trim(),
  ...(values.incidentId.trim() ? { incidentId: values.incidentId.trim() } : {}),
});

/** `openedDay` is the day the case was opened (Shanghai): discipline cannot be proposed before it. */
export const buildDecideMisconductSchema = (today: string, openedDay: string) =>
  z
    .object({
      investigation: requiredText(TEXT_LIMITS.misconductInvestigation),
      factsVerified: z.boolean(),
      severity: z
        .string()
        .refine(
          (v) => (MISCONDUCT_SEVERITIES as readonly string[]).includes(v),
          key('staff.validation.required'),
        ),
      involvesCrime: z.boolean(),
      outcomes: z.array(z.string()),
      proposedAt: pastDate(today),
      decidedAt: pastDate(today),
    })
    .refine((values) => values.proposedAt >= openedDay, {
      message: key('staff.validation.proposedBeforeOpened'),
      path: ['proposedAt'],
    })
    .refine((values) => values.decidedAt >= values.proposedAt, {
      message: key('staff.validation.decidedBeforeProposed'),
      path: ['decidedAt'],
    });

export type DecideMisconductFormValues = z.infer<ReturnType<typeof buildDecideMisconductSchema>>;

const later = (a: string, b: string) => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * The form records days; the server compares instants (proposed ≥ opened, decided ≥ proposed, decided ≤ now).
 * A day is sent as its start in Shanghai, moved up to the opening instant when the case was opened that same day.
 */
export function toDecideMisconductInput(
  caseId: string,
  openedAt: string,
  values: DecideMisconductFormValues,
): DecideMisconductInput {
  const proposedAt = later(dayToInstant(values.proposedAt), openedAt);
  return {
    caseId,
    investigation: values.investigation.trim(),
    factsVerified: values.factsVerified,
    severity: values.severity as MisconductSeverity,
    involvesCrime: values.involvesCrime,
    outcomes: values.outcomes as MisconductOutcome[],
    proposedAt,
    decidedAt: later(dayToInstant(values.decidedAt), proposedAt),
  };
}
