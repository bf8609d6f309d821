import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { prefetchRoute } from '../../../app/route-prefetch';
import type { StaffRowFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ResponsiveTable, type ResponsiveColumn } from '../../../shared/ui/responsive-table';
import { useStaffLabels } from '../lib/staff-labels';
import { StaffStatusChip } from './staff-status-chip';

/** The staff register: a table, cards on a phone (name first, then the status). */
export function StaffTable({
  staff,
  showInstitution,
}: {
  staff: StaffRowFieldsFragment[];
  showInstitution: boolean;
}) {
  const t = useT();
  const labels = useStaffLabels();
  const columns: ResponsiveColumn<StaffRowFieldsFragment>[] = [
    {
      key: 'name',
      header: t('staff.column.name'),
      rowHeader: true,
      card: 'title',
      render: (member) => (
        <Link
          component={RouterLink}
          to={paths.staffMember(member.id)}
          onMouseEnter={() => prefetchRoute(paths.staffMember(member.id))}
          onFocus={() => prefetchRoute(paths.staffMember(member.id))}
        >
          {member.name}
        </Link>
      ),
    },
    {
      key: 'idNumber',
      header: t('staff.column.idNumber'),
      cellProps: () => ({ sx: { fontFamily: 'monospace' } }),
      render: (member) => member.idNumberMasked,
    },
    { key: 'role', header: t('staff.column.role'), render: (member) => labels.role(member.role) },
    {
      key: 'employment',
      header: t('staff.column.employmentType'),
      render: (member) => labels.employment(member.employmentType),
    },
    { key: 'post', header: t('staff.column.post'), render: (member) => member.post },
    ...(showInstitution
      ? [
          {
            key: 'institution',
            header: t('staff.column.institution'),
            render: (member: StaffRowFieldsFragment) => member.institution.name,
          },
        ]
      : []),
    {
      key: 'status',
      header: t('staff.column.status'),
      cardOrder: -1,
      card: 'plain',
      render: (member) => <StaffStatusChip status={member.status} />,
    },
  ];
  return (
    <ResponsiveTable
      rows={staff}
      columns={columns}
      rowKey={(member) => member.id}
      rowProps={(member) => ({ 'data-testid': 'staff-row', 'data-staff-id': member.id })}
      label={t('staff.tableLabel')}
      testId="staff-table"
      hover
    />
  );
}
