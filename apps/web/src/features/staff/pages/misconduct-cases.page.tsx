import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { MisconductCaseFilter } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { InstitutionFilterFields } from '../components/institution-filter-fields';
import { MISCONDUCT_STATUSES, parseMisconductFilter } from '../hooks/misconduct-filter';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';
import { MisconductCasesQuery } from '../staff.graphql';

const PAGE_SIZE = 50;

/** VET-11: the misconduct cases the viewer could open, the list behind the dashboard's OPEN_MISCONDUCT. */
export function MisconductCasesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseMisconductFilter(params), [params]);
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  return (
    <>
      <PageHeader title={t('staff.misconductList.title')} subtitle={t('staff.misconductList.subtitle')} />
      <MisconductFilters key={filter.street ?? ''} filter={filter} onChange={update} />
      {/* A new filter starts again at the first page. */}
      <MisconductCases key={JSON.stringify(filter)} filter={filter} />
    </>
  );
}

function MisconductFilters({
  filter,
  onChange,
}: {
  filter: MisconductCaseFilter;
  onChange: (param: string, value: string | null) => void;
}) {
  const t = useT();
  const staffLabels = useStaffLabels();
  const viewer = useViewer();
  return (
    <Box
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
      role="group"
      aria-label={t('common.filters')}
    >
      <TextField
        select
        size="small"
        label={t('staff.misconductList.status')}
        value={filter.status ?? 'OPEN'}
        onChange={(e) => onChange('status', e.target.value === 'OPEN' ? null : e.target.value)}
        sx={{ minWidth: 140 }}
      >
        {MISCONDUCT_STATUSES.map((status) => (
          <MenuItem key={status} value={status}>
            {staffLabels.misconductStatus(status)}
          </MenuItem>
        ))}
      </TextField>
      {/* A head sees her own institution only: no institution filters. */}
      {viewer.institution ? null : (
        <InstitutionFilterFields
          filter={filter}
          onChange={onChange}
          chipTestId="misconduct-institution-filter"
        />
      )}
    </Box>
  );
}

function MisconductCases({ filter }: { filter: MisconductCaseFilter }) {
  const t = useT();
  const staffLabels = useStaffLabels();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(MisconductCasesQuery, {
    variables: { filter, first: PAGE_SIZE, offset },
  });
  const list = (data ?? previousData)?.misconductCases;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading && !list) return <LoadingState />;
  if (!list || list.items.length === 0)
    return (
      <EmptyState title={t('staff.misconductList.empty.title')} body={t('staff.misconductList.empty.body')} />
    );
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="misconduct-summary">
        {t('staff.misconductList.summary', { total: list.totalCount })}
      </Typography>
      <ResponsiveTable
        rows={list.items}
        rowKey={(item) => item.id}
        rowProps={() => ({ 'data-testid': 'misconduct-row' })}
        label={t('staff.misconductList.tableLabel')}
        columns={[
          {
            key: 'staff',
            header: t('staff.dueList.column.staff'),
            card: 'title',
            render: (item) => (
              <Link component={RouterLink} to={paths.staffMember(item.staffId)}>
                {item.staffName ?? t('staff.misconductList.nameHidden')}
              </Link>
            ),
          },
          {
            key: 'institution',
            header: t('staff.dueList.column.institution'),
            render: (item) => item.institutionName,
          },
          {
            key: 'opened',
            header: t('staff.misconductList.column.opened'),
            render: (item) => formatDate(item.openedAt),
          },
          {
            key: 'status',
            header: t('staff.misconductList.column.status'),
            render: (item) => staffLabels.misconductStatus(item.status),
          },
          {
            key: 'outcomes',
            header: t('staff.misconductList.column.outcomes'),
            render: (item) =>
              item.outcomes.length
                ? item.outcomes.map((o) => staffLabels.misconductOutcome(o)).join('、')
                : '—',
          },
        ]}
      />
      <Pager
        pageNumber={offset / PAGE_SIZE + 1}
        hasPrevious={offset > 0}
        hasNext={offset + PAGE_SIZE < list.totalCount}
        onPrevious={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
        onNext={() => setOffset(offset + PAGE_SIZE)}
      />
    </>
  );
}
