import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
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
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('staff.importPage.errorTable')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('staff.importPage.column.row')}</TableCell>
              <TableCell>{t('staff.importPage.column.column')}</TableCell>
              <TableCell>{t('staff.importPage.column.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {sorted.map((error, index) => (
              <TableRow key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error-row">
                <TableCell>{error.row}</TableCell>
                <TableCell>{error.column ?? '—'}</TableCell>
                <TableCell>{error.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
}
