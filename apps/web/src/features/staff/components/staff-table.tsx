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
import type { StaffRowFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useStaffLabels } from '../lib/staff-labels';
import { StaffStatusChip } from './staff-status-chip';

export function StaffTable({
  staff,
  showInstitution,
}: {
  staff: StaffRowFieldsFragment[];
  showInstitution: boolean;
}) {
  const t = useT();
  const labels = useStaffLabels();
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('staff.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('staff.column.name')}</TableCell>
            <TableCell>{t('staff.column.idNumber')}</TableCell>
            <TableCell>{t('staff.column.role')}</TableCell>
            <TableCell>{t('staff.column.employmentType')}</TableCell>
            <TableCell>{t('staff.column.post')}</TableCell>
            {showInstitution ? <TableCell>{t('staff.column.institution')}</TableCell> : null}
            <TableCell>{t('staff.column.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {staff.map((member) => (
            <TableRow key={member.id} hover data-testid="staff-row" data-staff-id={member.id}>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={paths.staffMember(member.id)}>
                  {member.name}
                </Link>
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{member.idNumberMasked}</TableCell>
              <TableCell>{labels.role(member.role)}</TableCell>
              <TableCell>{labels.employment(member.employmentType)}</TableCell>
              <TableCell>{member.post}</TableCell>
              {showInstitution ? <TableCell>{member.institution.name}</TableCell> : null}
              <TableCell>
                <StaffStatusChip status={member.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
