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
  ReportingHop,
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
    // A late report may concern either hop of one case, so it names its hop: 迟报（教师→校长）.
    recordedBreach: ({ code, hop }: { code: BreachCode; hop: ReportingHop }) =>
      code === 'LATE_REPORT'
        ? t('incidents.breachOnHop', {
            breach: t(`incidents.breach.${code}`),
            hop: t(`incidents.hop.${hop}`),
          })
        : t(`incidents.breach.${code}`),
    step: (value: EmergencyStep) => t(`incidents.step.${value}`),
    closingReason: (value: ClosingReason) => t(`incidents.closingReason.${value}`),
    source: (value: ExternalSource) => t(`incidents.source.${value}`),
    eventKind: (value: CaseEventKind) => t(`incidents.eventKind.${value}`),
    deadline: (value: DeadlineKind) => t(`incidents.deadline.${value}`),
    refusal: (value: TransitionRefusal) => t(`incidents.refusal.${value}`),
    // The short form, beside a closing reason the close form cannot offer.
    closeRefusal: (value: TransitionRefusal) => t(`incidents.close.refusal.${value}`),
    timeProblem: (value: ReportingTimeProblem) => t(`incidents.timeProblem.${value}`),
  };
}

export type IncidentLabels = ReturnType<typeof useIncidentLabels>;
