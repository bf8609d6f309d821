import Button from '@mui/material/Button';
import { paths } from '../../../app/paths';
import type { MyWorkQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PrefetchLink } from '../../../shared/ui/prefetch-link';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';

type ReportedCaseRow = MyWorkQuery['myWork']['reportedCases'][number];

/** The cases the viewer reported, newest first, with their state; nothing about the child. */
export function ReportedCases({ cases }: { cases: ReportedCaseRow[] }) {
  const t = useT();
  if (cases.length === 0)
    return <EmptyState title={t('home.reported.empty.title')} body={t('home.reported.empty.body')} />;
  return (
    <ResponsiveTable
      rows={cases}
      rowKey={(row) => row.id}
      rowProps={() => ({ 'data-testid': 'reported-case' })}
      label={t('home.reported.tableLabel')}
      columns={[
        {
          key: 'recordedAt',
          header: t('home.reported.column.recordedAt'),
          cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
          render: (row) => <time dateTime={row.recordedAt}>{formatDateTimeShort(row.recordedAt)}</time>,
        },
        {
          key: 'category',
          header: t('home.reported.column.category'),
          card: 'title',
          cardOrder: -1,
          render: (row) => t(`incidents.category.${row.category}`),
        },
        {
          key: 'state',
          header: t('home.reported.column.state'),
          render: (row) => t(`incidents.state.${row.state}`),
        },
        {
          key: 'status',
          header: t('home.reported.column.status'),
          render: (row) => t(`incidents.status.${row.reportingStatus}`),
        },
        {
          key: 'open',
          header: '',
          card: 'plain',
          cellProps: () => ({ align: 'right' }),
          render: (row) => (
            <Button component={PrefetchLink} to={paths.case(row.id)} size="small">
              {t('home.reported.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
