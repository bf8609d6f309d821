import Chip from '@mui/material/Chip';
import type { HazardStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';

const COLOR: Record<HazardStatus, 'default' | 'warning' | 'error' | 'success' | 'info'> = {
  INCOMPLETE: 'warning',
  OPEN: 'info',
  OVERDUE: 'error',
  RECTIFIED: 'success',
  RECTIFIED_LATE: 'warning',
};

/** PRV-1: a hazard's status from the domain, coloured. */
export function HazardStatusChip({ status }: { status: HazardStatus }) {
  const t = useT();
  return (
    <Chip
      size="small"
      color={COLOR[status]}
      label={t(`hazards.status.${status}`)}
      data-testid={`hazard-status-${status}`}
    />
  );
}
