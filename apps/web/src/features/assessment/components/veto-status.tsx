import type { VetoStatus } from '../../../gql/graphql';

/** A colour per veto status (a lookup, never a decision). */
export const VETO_COLOR: Record<VetoStatus, 'default' | 'warning' | 'error' | 'success'> = {
  NONE: 'default',
  AWAITING_REVIEW: 'warning',
  CONFIRMED: 'error',
  REJECTED: 'success',
};
