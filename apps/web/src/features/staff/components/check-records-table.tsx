import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';

export function CheckRecordsTable({ checks }: { checks: StaffMemberFieldsFragment['checks'] }) {
  const t = useT();
  const labels = useStaffLabels();
  if (checks.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('staff.checks.empty')}
      </Typography>
    );
  }
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mb: 2 }}>
      <Table size="small" aria-label={t('staff.checks.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('staff.checks.column.check')}</TableCell>
            <TableCell>{t('staff.checks.column.outcome')}</TableCell>
            <TableCell>{t('staff.checks.column.checkedAt')}</TableCell>
            <TableCell>{t('staff.checks.column.checkedBy')}</TableCell>
            <TableCell>{t('staff.checks.column.system')}</TableCell>
            <TableCell>{t('staff.checks.column.reference')}</TableCell>
            <TableCell>{t('staff.checks.column.recordedBy')}</TableCell>
            <TableCell>{t('staff.checks.column.findings')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {checks.map((check) => (
            <TableRow
              key={check.id}
              data-testid="check-record"
              data-check={check.check}
              data-outcome={check.outcome}
              data-findings={check.findings.join(' ')}
            >
              <TableCell>{labels.check(check.check)}</TableCell>
              <TableCell>{labels.outcome(check.outcome)}</TableCell>
              <TableCell>{formatDate(check.checkedAt)}</TableCell>
              <TableCell>{check.checkedBy}</TableCell>
              <TableCell>{check.system}</TableCell>
              <TableCell>{check.referenceNumber}</TableCell>
              <TableCell>{labels.recorder(check.recordedBy)}</TableCell>
              <TableCell data-testid="check-record-findings">
                {check.findings.length === 0
                  ? t('staff.checks.noFindings')
                  : check.findings.map((finding) => <div key={finding}>{labels.finding(finding)}</div>)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
