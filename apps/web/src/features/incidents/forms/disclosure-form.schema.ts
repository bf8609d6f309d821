import { INCIDENT_CATEGORIES, SUSPECT_TYPES, TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type {
  DisclosureChannel,
  IncidentCategory,
  RecordDisclosureInput,
  StaffRole,
  SuspectType,
} from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { fromBeijingInputValue, isAfterNow } from './form-time';

// Messages are i18n keys, translated where they are shown; `max` is filled in there too.
const key = (k: MessageKey) => k;

// The domain's limits (the API refuses longer text, never cuts it short).
export const CHILD_NAME_MAX = TEXT_LIMITS.childName;
export const CHILD_CLASS_MAX = TEXT_LIMITS.childClass;
export const CHILD_STATEMENT_MAX = TEXT_LIMITS.childStatement;
export const SUSPECT_DESCRIPTION_MAX = TEXT_LIMITS.suspectDescription;

// The schema's DisclosureChannel enum; the domain has no list of channels.
const CHANNELS = ['ORAL', 'WRITTEN'] as const satisfies readonly DisclosureChannel[];
// The domain's lists; `satisfies` holds them to the schema's enums.
const CATEGORIES = INCIDENT_CATEGORIES satisfies readonly IncidentCategory[];
const SUSPECTS = SUSPECT_TYPES satisfies readonly SuspectType[];

const requiredText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, key('incidents.validation.required'))
    .max(max, key('incidents.validation.tooLong'));

// Radio groups start empty ('') so the teacher answers each one consciously.
const choice = <T extends string>(values: readonly [T, ...T[]], message: MessageKey) =>
  z.union([z.enum(values), z.literal('')]).refine((value) => value !== '', message);

/** A staff member offered by reportableStaff: name and role only. */
export interface ReportableStaffOption {
  id: string;
  name: string;
  role: StaffRole;
}

/** The report form (issue 4); `now` is read at each validation so "the future" is always the real one. */
export function buildDisclosureFormSchema(now: () => Date = () => new Date()) {
  return z.object({
    receivedAt: z.string().superRefine((value, ctx) => {
      const instant = fromBeijingInputValue(value);
      if (!instant) ctx.addIssue({ code: 'custom', message: key('incidents.validation.invalidTime') });
      else if (isAfterNow(instant, now()))
        ctx.addIssue({ code: 'custom', message: key('incidents.validation.receivedInFuture') });
    }),
    channel: choice(CHANNELS, 'incidents.validation.chooseOne'),
    category: choice(CATEGORIES, 'incidents.validation.chooseOne'),
    suspectType: choice(SUSPECTS, 'incidents.validation.chooseOne'),
    suspectDescription: z.string().trim().max(SUSPECT_DESCRIPTION_MAX, key('incidents.validation.tooLong')),
    // Picked from reportableStaff; the free-text description stays as the fallback.
    suspectStaff: z.custom<ReportableStaffOption>().nullable(),
    isSuspectHead: z.boolean(),
    isHeadOtherwiseInConflict: z.boolean(),
    childName: requiredText(CHILD_NAME_MAX),
    childClass: requiredText(CHILD_CLASS_MAX),
    childStatement: requiredText(CHILD_STATEMENT_MAX),
    isChildInDanger: z
      .enum(['yes', 'no', ''])
      .refine((value) => value !== '', key('incidents.validation.dangerRequired')),
  });
}

export type DisclosureFormValues = z.input<ReturnType<typeof buildDisclosureFormSchema>>;

/** Where each field's `max` comes from, for the "too long" message. */
export const DISCLOSURE_FIELD_MAX = {
  suspectDescription: SUSPECT_DESCRIPTION_MAX,
  childName: CHILD_NAME_MAX,
  childClass: CHILD_CLASS_MAX,
  childStatement: CHILD_STATEMENT_MAX,
} as const satisfies Partial<Record<keyof DisclosureFormValues, number>>;

export function emptyDisclosureForm(receivedAt: string): DisclosureFormValues {
  return {
    receivedAt,
    channel: 'ORAL',
    category: '',
    suspectType: '',
    suspectDescription: '',
    suspectStaff: null,
    isSuspectHead: false,
    isHeadOtherwiseInConflict: false,
    childName: '',
    childClass: '',
    childStatement: '',
    isChildInDanger: '',
  };
}

/**
 * The API input from validated values; the head flag and the picked staff record only mean something
 * for a staff suspect (the server treats a picked SCHOOL_HEAD like the head flag, REP-11).
 */
export function toRecordDisclosureInput(values: DisclosureFormValues): RecordDisclosureInput {
  const receivedAt = fromBeijingInputValue(values.receivedAt);
  if (
    !receivedAt ||
    values.channel === '' ||
    values.category === '' ||
    values.suspectType === '' ||
    values.isChildInDanger === ''
  ) {
    throw new Error('toRecordDisclosureInput needs validated values');
  }
  const description = values.suspectDescription.trim();
  const isStaff = values.suspectType === 'STAFF';
  return {
    receivedAt: receivedAt.toISOString(),
    channel: values.channel,
    category: values.category,
    suspectType: values.suspectType,
    suspectDescription: description === '' ? null : description,
    suspectStaffId: isStaff ? (values.suspectStaff?.id ?? null) : null,
    isSuspectHead: isStaff && values.isSuspectHead,
    isHeadOtherwiseInConflict: values.isHeadOtherwiseInConflict,
    childName: values.childName.trim(),
    childClass: values.childClass.trim(),
    childStatement: values.childStatement.trim(),
    isChildInDanger: values.isChildInDanger === 'yes',
  };
}
