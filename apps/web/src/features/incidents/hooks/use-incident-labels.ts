import type {
  BreachCode,
  CaseEventKind,
  ClosingReason,
  DeadlineKind,
  DisclosureChannel,
  EmergencyStep,
  ExternalSource,
  IncidentCategory,
  IncidentState,
  ReportingStatus,
  ReportingTimeProblem,
  SuspectType,
  TransitionRefusal,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

/** Chinese (or English) names of the incident enums; the keys are typed, so a new value fails the type check. */
export function useIncidentLabels() {
  const t = useT();
  return {
    category: (value: IncidentCategory) => t(`incidents.category.${value}`),
    suspect: (value: SuspectType) => t(`incidents.suspect.${value}`),
    channel: (value: DisclosureChannel) => t(`incidents.channel.${value}`),
    state: (value: IncidentState) => t(`incidents.state.${value}`),
    status: (value: ReportingStatus) => t(`incidents.status.${value}`),
    breach: (value: BreachCode) => t(`incidents.breach.${value}`),
    step: (value: EmergencyStep) => t(`incidents.step.${value}`),
    closingReason: (value: ClosingReason) => t(`incidents.closingReason.${value}`),
    source: (value: ExternalSource) => t(`incidents.source.${value}`),
    eventKind: (value: CaseEventKind) => t(`incidents.eventKind.${value}`),
    deadline: (value: DeadlineKind) => t(`incidents.deadline.${value}`),
    refusal: (value: TransitionRefusal) => t(`incidents.refusal.${value}`),
    timeProblem: (value: ReportingTimeProblem) => t(`incidents.timeProblem.${value}`),
  };
}

export type IncidentLabels = ReturnType<typeof useIncidentLabels>;
