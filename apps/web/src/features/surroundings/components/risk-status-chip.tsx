import Chip from '@mui/material/Chip';
import type { RiskSubjectStatus } from '../../../gql/graphql';
import { useRiskLabels } from '../hooks/use-risk-labels';

const COLOR: Record<RiskSubjectStatus, 'error' | 'warning' | 'info' | 'default'> = {
  OPEN: 'error',
  REFERRED: 'warning',
  FOLLOWED_UP: 'info',
  CLOSED: 'default',
};

export function RiskStatusChip({ status }: { status: RiskSubjectStatus }) {
  const labels = useRiskLabels();
  return <Chip size="small" color={COLOR[status]} label={labels.status(status)} data-testid="risk-status" />;
}
