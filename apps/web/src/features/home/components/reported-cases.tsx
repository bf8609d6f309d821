import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { paths } from '../../../app/paths';
import type { MyWorkQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PrefetchLink } from '../../../shared/ui/prefetch-link';

type ReportedCaseRow = MyWorkQuery['myWork']['reportedCases'][number];

/** The cases the viewer reported, newest first, with their state; nothing about the child. */
export function ReportedCases({ cases }: { cases: ReportedCaseRow[] }) {
  const t = useT();
  if (cases.length === 0)
    return <EmptyState title={t('home.reported.empty.title')} body={t('home.reported.empty.body')} />;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('home.reported.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('home.reported.column.recordedAt')}</TableCell>
            <TableCell>{t('home.reported.column.category')}</TableCell>
            <TableCell>{t('home.reported.column.state')}</TableCell>
            <TableCell>{t('home.reported.column.status')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {cases.map((row) => (
            <TableRow key={row.id} data-testid="reported-case">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={row.recordedAt}>{formatDateTimeShort(row.recordedAt)}</time>
              </TableCell>
              <TableCell>{t(`incidents.category.${row.category}`)}</TableCell>
              <TableCell>{t(`incidents.state.${row.state}`)}</TableCell>
              <TableCell>{t(`incidents.status.${row.reportingStatus}`)}</TableCell>
              <TableCell align="right">
                <Button component={PrefetchLink} to={paths.case(row.id)} size="small">
                  {t('home.reported.open')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
