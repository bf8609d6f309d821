import type {
  CheckOutcome,
  CheckRecorder,
  CriminalFinding,
  DueCheckKind,
  EmploymentType,
  MisconductCaseStatus,
  MisconductOutcome,
  MisconductSeverity,
  QualificationKind,
  StaffRole,
  StaffStatus,
  VettingBlockCode,
  VettingCheckKind,
  VettingStatus,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

/** Chinese (or English) names of the staff enums; typed keys make a new enum value fail the type check. */
export function useStaffLabels() {
  const t = useT();
  return {
    role: (role: StaffRole) => t(`staff.role.${role}`),
    employment: (type: EmploymentType) => t(`staff.employment.${type}`),
    status: (status: StaffStatus) => t(`staff.status.${status}`),
    check: (check: VettingCheckKind) => t(`staff.check.${check}`),
    checkSystem: (check: VettingCheckKind) => t(`staff.checkSystem.${check}`),
    outcome: (outcome: CheckOutcome) => t(`staff.outcome.${outcome}`),
    recorder: (recorder: CheckRecorder) =>
      recorder === 'INSTITUTION' ? t('staff.recorder.INSTITUTION') : t(`unit.${recorder}`),
    vetting: (status: VettingStatus) => t(`staff.vetting.${status}`),
    block: (code: VettingBlockCode) => t(`staff.block.${code}`),
    finding: (finding: CriminalFinding) => t(`staff.finding.${finding}`),
    qualification: (kind: QualificationKind) => t(`staff.qualification.${kind}`),
    dueKind: (kind: DueCheckKind) => t(`staff.due.${kind}`),
    severity: (severity: MisconductSeverity) => t(`staff.severity.${severity}`),
    misconductOutcome: (outcome: MisconductOutcome) => t(`staff.misconductOutcome.${outcome}`),
    misconductStatus: (status: MisconductCaseStatus) => t(`staff.misconductStatus.${status}`),
  };
}

export type StaffLabels = ReturnType<typeof useStaffLabels>;
