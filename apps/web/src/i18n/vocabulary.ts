import type { Vocabulary, VocabularyName } from '@xiaohu/domain';

/**
 * Where each list of the domain's vocabulary sits among the web's message keys: the screen reads the
 * same words as the Excel files, notifications and mail (packages/domain/src/vocabulary).
 */
export const VOCABULARY_KEYS = {
  accountRole: 'role',
  staffRole: 'staff.role',
  employmentType: 'staff.employment',
  staffStatus: 'staff.status',
  vettingStatus: 'staff.vetting',
  institutionKind: 'kind',
  unit: 'unit',
  incidentCategory: 'incidents.category',
  incidentState: 'incidents.state',
  reportingStatus: 'incidents.status',
  breach: 'incidents.breach',
  deadlineKind: 'vocabulary.deadlineKind',
  notificationKind: 'outbox.kind',
  hazardStatus: 'hazards.status',
  trainingTopic: 'training.topic',
  riskSiteType: 'surroundings.siteType',
  riskPersonType: 'surroundings.personType',
  riskSubjectStatus: 'surroundings.status',
  riskClosingReason: 'surroundings.closingReason',
  vetoStatus: 'assessment.vetoStatus',
  dueCheckKind: 'staff.due',
  webhookEventType: 'webhooks.event',
  webhookDeliveryStatus: 'webhooks.status',
  tipStatus: 'tips.status',
} as const satisfies Record<VocabularyName, string>;

type Keys = typeof VOCABULARY_KEYS;
type Flat<N extends VocabularyName> = {
  [C in keyof Vocabulary[N] & string as `${Keys[N]}.${C}`]: string;
};
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type VocabularyMessages = Intersect<{ [N in VocabularyName]: Flat<N> }[VocabularyName]>;

/** The vocabulary of one language as flat message keys ('staff.role.TEACHER': '教师'). */
export function vocabularyMessages(vocabulary: Vocabulary): VocabularyMessages {
  const messages: Record<string, string> = {};
  for (const name of Object.keys(VOCABULARY_KEYS) as VocabularyName[]) {
    for (const [code, label] of Object.entries(vocabulary[name] as Record<string, string>)) {
      messages[`${VOCABULARY_KEYS[name]}.${code}`] = label;
    }
  }
  return messages as VocabularyMessages;
}
