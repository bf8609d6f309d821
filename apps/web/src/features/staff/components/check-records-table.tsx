import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
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
    <Box sx={{ mb: 2 }}>
      <ResponsiveTable
        rows={checks}
        rowKey={(check) => check.id}
        rowProps={(check) => ({
          'data-testid': 'check-record',
          'data-check': check.check,
          'data-outcome': check.outcome,
          'data-findings': check.findings.join(' '),
        })}
        label={t('staff.checks.title')}
        columns={[
          {
            key: 'check',
            header: t('staff.checks.column.check'),
            card: 'title',
            render: (check) => labels.check(check.check),
          },
          {
            key: 'outcome',
            header: t('staff.checks.column.outcome'),
            render: (c) => labels.outcome(c.outcome),
          },
          {
            key: 'checkedAt',
            header: t('staff.checks.column.checkedAt'),
            render: (c) => formatDate(c.checkedAt),
          },
          { key: 'checkedBy', header: t('staff.checks.column.checkedBy'), render: (c) => c.checkedBy },
          { key: 'system', header: t('staff.checks.column.system'), render: (c) => c.system },
          { key: 'reference', header: t('staff.checks.column.reference'), render: (c) => c.referenceNumber },
          {
            key: 'recordedBy',
            header: t('staff.checks.column.recordedBy'),
            render: (c) => labels.recorder(c.recordedBy),
          },
          {
            key: 'findings',
            header: t('staff.checks.column.findings'),
            cellProps: () => ({ 'data-testid': 'check-record-findings' }),
            render: (check) =>
              check.findings.length === 0
                ? t('staff.checks.noFindings')
                : check.findings.map((finding) => <div key={finding}>{labels.finding(finding)}</div>),
          },
        ]}
      />
    </Box>
  );
}
