import type {
  RiskClosingReason,
  RiskFollowUpOutcome,
  RiskPersonType,
  RiskRecipient,
  RiskSiteType,
  RiskSubjectStatus,
  RiskSubjectType,
  RiskTransitionRefusal,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import type { RiskSubjectOutcome } from './risk-subject-outcome';

/** Names of the surroundings' enum values in the viewer's language; the keys are typed. */
export function useRiskLabels() {
  const t = useT();
  return {
    subjectType: (value: RiskSubjectType) => t(`surroundings.subjectType.${value}`),
    siteType: (value: RiskSiteType) => t(`surroundings.siteType.${value}`),
    personType: (value: RiskPersonType) => t(`surroundings.personType.${value}`),
    status: (value: RiskSubjectStatus) => t(`surroundings.status.${value}`),
    closingReason: (value: RiskClosingReason) => t(`surroundings.closingReason.${value}`),
    outcome: (value: RiskFollowUpOutcome) => t(`surroundings.outcome.${value}`),
    recipient: (value: RiskRecipient) => t(`surroundings.recipient.${value}`),
    refusal: (value: RiskTransitionRefusal) => t(`surroundings.error.${value}`),
    /** The type of a subject: its site or person type, whichever it has. */
    kindOf: (subject: { siteType?: RiskSiteType | null; personType?: RiskPersonType | null }) =>
      subject.siteType
        ? t(`surroundings.siteType.${subject.siteType}`)
        : subject.personType
          ? t(`surroundings.personType.${subject.personType}`)
          : '',
    /** The text of a refused outcome, or null when saved. */
    failure: (outcome: RiskSubjectOutcome): string | null => {
      switch (outcome.type) {
        case 'SAVED':
          return null;
        case 'INVALID_INPUT':
          return t('surroundings.error.INVALID_INPUT', { field: outcome.field ?? '' });
        case 'NOT_FOUND':
          return t('surroundings.error.NOT_FOUND');
        case 'FORBIDDEN':
          return t('surroundings.error.FORBIDDEN');
        case 'REFUSED':
          return t(`surroundings.error.${outcome.reason}`);
      }
    },
  };
}
