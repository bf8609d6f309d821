import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import type { ImportRowError } from '../lib/staff-rest';

/** The all-or-nothing refusal and every row's error, in the order of the spreadsheet. */
export function ImportErrorReport({ rowCount, errors }: { rowCount: number; errors: ImportRowError[] }) {
  const t = useT();
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return (
    <>
      <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="import-rejected">
        {t('staff.importPage.rejected', { count: errors.length })}{' '}
        {t('staff.importPage.rowCount', { rows: rowCount })}
      </Alert>
      <Typography variant="h6" component="h2" gutterBottom>
        {t('staff.importPage.errorTable')}
      </Typography>
      <ResponsiveTable
        rows={sorted.map((error, index) => ({
          ...error,
          key: `${error.row}-${error.column ?? ''}-${index}`,
        }))}
        rowKey={(error) => error.key}
        rowProps={() => ({ 'data-testid': 'import-error-row' })}
        label={t('staff.importPage.errorTable')}
        columns={[
          { key: 'row', header: t('staff.importPage.column.row'), render: (error) => error.row },
          {
            key: 'column',
            header: t('staff.importPage.column.column'),
            render: (error) => error.column ?? '—',
          },
          {
            key: 'message',
            header: t('staff.importPage.column.message'),
            card: 'plain',
            render: (error) => error.message,
          },
        ]}
      />
    </>
  );
}
