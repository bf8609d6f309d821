import Chip from '@mui/material/Chip';
import type { StaffStatus } from '../../../gql/graphql';
import { useStaffLabels } from '../lib/staff-labels';

const COLORS = {
  CANDIDATE: 'warning',
  ACTIVE: 'success',
  BLOCKED: 'error',
  DISMISSED: 'default',
} as const satisfies Record<StaffStatus, string>;

export function StaffStatusChip({ status }: { status: StaffStatus }) {
  const labels = useStaffLabels();
  return (
    // A span, so the chip may sit in a line of text (the page header's subtitle is a <p>).
    <Chip
      component="span"
      size="small"
      color={COLORS[status]}
      label={labels.status(status)}
      data-testid="staff-status"
      data-status={status}
    />
  );
}
