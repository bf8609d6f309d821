import type { StaffForbiddenError } from '../../../gql/graphql';

/** The staff or misconduct policy refused the action; the rule says why (VET-11, REP-11, ORG-3, ...). */
export interface StaffForbiddenOutcome {
  type: 'FORBIDDEN';
  ruleId: string;
}

export const toStaffForbidden = (error: Pick<StaffForbiddenError, 'ruleId'>): StaffForbiddenOutcome => ({
  type: 'FORBIDDEN',
  ruleId: error.ruleId,
});
