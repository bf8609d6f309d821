import { useCallback } from 'react';
import type {
  ActivateStaffMutation as Data,
  StaffMemberFieldsFragment,
  StaffStatus,
  VettingDecisionFieldsFragment,
} from '../../../gql/graphql';
import { useResultMutation } from '../../../shared/hooks/use-result-mutation';
import { assertNever } from '../../../shared/lib/assert-never';
import { toStaffForbidden, type StaffForbiddenOutcome } from '../lib/staff-forbidden';
import { ActivateStaffMutation } from '../staff.graphql';

export type ActivateStaffOutcome =
  | { type: 'ACTIVATED'; staff: StaffMemberFieldsFragment }
  | { type: 'NOT_FOUND' }
  | { type: 'NOT_CLEAR'; decision: VettingDecisionFieldsFragment }
  | { type: 'INVALID_STATE'; status: StaffStatus | null }
  | StaffForbiddenOutcome;

/** Maps every member of ActivateStaffResult; a new member fails the type check. */
export function toActivateStaffOutcome(result: Data['activateStaff']): ActivateStaffOutcome {
  switch (result.__typename) {
    case 'StaffMember':
      return { type: 'ACTIVATED', staff: result };
    case 'StaffNotFoundError':
      return { type: 'NOT_FOUND' };
    case 'VettingNotClearError':
      return { type: 'NOT_CLEAR', decision: result.decision };
    case 'InvalidStaffStateError':
      return { type: 'INVALID_STATE', status: result.staffStatus ?? null };
    case 'StaffForbiddenError':
      return toStaffForbidden(result);
    default:
      return assertNever(result);
  }
}

export function useActivateStaff() {
  const { run, loading } = useResultMutation(ActivateStaffMutation, 'activateStaff', toActivateStaffOutcome, {
    // An active member enters the due lists.
    update(cache, { data }) {
      if (data?.activateStaff.__typename === 'StaffMember') cache.evict({ fieldName: 'dueChecks' });
    },
  });
  const activate = useCallback((staffId: string) => run({ staffId }), [run]);
  return { activate, isActivating: loading };
}
