import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { InstitutionsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';

type InstitutionRow = InstitutionsQuery['institutions']['edges'][number]['node'];

export function InstitutionsTable({ institutions }: { institutions: InstitutionRow[] }) {
  const t = useT();
  const labels = useLabels();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('institutions.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('institutions.column.name')}</TableCell>
            <TableCell>{t('institutions.column.kind')}</TableCell>
            <TableCell>{t('institutions.column.section')}</TableCell>
            <TableCell>{t('institutions.column.head')}</TableCell>
            <TableCell>{t('institutions.column.address')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {institutions.map((institution) => (
            <TableRow
              key={institution.id}
              hover
              data-testid="institution-row"
              data-institution-id={institution.id}
            >
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={paths.institution(institution.id)}>
                  {institution.name}
                </Link>
              </TableCell>
              <TableCell>{labels.kind(institution.kind)}</TableCell>
              <TableCell>{labels.unit(institution.supervisingSection)}</TableCell>
              <TableCell>{institution.headName ?? t('common.notSet')}</TableCell>
              <TableCell>{institution.address}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
