import type { DutyCode, InstitutionKind, Role, UnitCode } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';

/** Chinese (or English) names for the API's enum values; the keys are typed, so a new value fails the type check. */
export function useLabels() {
  const t = useT();
  return {
    kind: (kind: InstitutionKind) => t(`kind.${kind}`),
    unit: (unit: UnitCode) => t(`unit.${unit}`),
    duty: (duty: DutyCode) => t(`duty.${duty}`),
    role: (role: Role) => t(`role.${role}`),
  };
}
