import { INCIDENT_CATEGORIES, SUSPECT_TYPES, TEXT_LIMITS } from '@xiaohu/domain';
import { z } from 'zod';
import type {
  ExternalSource,
  IncidentCategory,
  RecordExternalSourceInput,
  SuspectType,
} from '../../../gql/graphql';
import type { MessageKey } from '../../../i18n/i18n';
import { fromBeijingInputValue } from './form-time';
import { pastTime } from './police-report-form.schema';

const key = (k: MessageKey) => k;

export const EXTERNAL_NOTE_MAX = TEXT_LIMITS.externalSourceNote;

export const EXTERNAL_SOURCE_OPTIONS = [
  'POLICE',
  'TIP',
  'PARENT',
  'MEDIA',
  'OTHER',
] as const satisfies readonly ExternalSource[];

export function buildExternalSourceFormSchema(now: () => Date = () => new Date()) {
  return z.object({
    source: z
      .union([z.enum(EXTERNAL_SOURCE_OPTIONS), z.literal('')])
      .refine((value) => value !== '', key('incidents.validation.chooseOne')),
    learnedAt: pastTime(now),
    note: z.string().trim().max(EXTERNAL_NOTE_MAX, key('incidents.validation.tooLong')),
  });
}

export type ExternalSourceFormValues = z.input<ReturnType<typeof buildExternalSourceFormSchema>>;

export function toRecordExternalSourceInput(
  caseId: string,
  values: ExternalSourceFormValues,
): RecordExternalSourceInput {
  const learnedAt = fromBeijingInputValue(values.learnedAt);
  if (!learnedAt || values.source === '')
    throw new Error('toRecordExternalSourceInput needs validated values');
  const note = values.note.trim();
  return {
    caseId,
    source: values.source,
    learnedAt: learnedAt.toISOString(),
    note: note === '' ? null : note,
  };
}

// The domain's lists; `satisfies` holds them to the schema's enums.
const CATEGORY_OPTIONS = INCIDENT_CATEGORIES satisfies readonly IncidentCategory[];
const SUSPECT_OPTIONS = SUSPECT_TYPES satisfies readonly SuspectType[];

/** A case the school never reported: which institution and what kind, besides where it came from. */
export function buildUnreportedCaseFormSchema(now: () => Date = () => new Date()) {
  return buildExternalSourceFormSchema(now).extend({
    institutionId: z.string().min(1, key('incidents.validation.chooseOne')),
    category: z
      .union([z.enum(CATEGORY_OPTIONS), z.literal('')])
      .refine((value) => value !== '', key('incidents.validation.chooseOne')),
    suspectType: z
      .union([z.enum(SUSPECT_OPTIONS), z.literal('')])
      .refine((value) => value !== '', key('incidents.validation.chooseOne')),
  });
}

export type UnreportedCaseFormValues = z.input<ReturnType<typeof buildUnreportedCaseFormSchema>>;

export function toUnreportedCaseInput(values: UnreportedCaseFormValues): RecordExternalSourceInput {
  const learnedAt = fromBeijingInputValue(values.learnedAt);
  if (!learnedAt || values.source === '' || values.category === '' || values.suspectType === '') {
    throw new Error('toUnreportedCaseInput needs validated values');
  }
  const note = values.note.trim();
  return {
    institutionId: values.institutionId,
    category: values.category,
    suspectType: values.suspectType,
    source: values.source,
    learnedAt: learnedAt.toISOString(),
    note: note === '' ? null : note,
  };
}
