import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { INSTITUTION_KINDS, SUPERVISING_SECTIONS } from '@xiaohu/domain';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { MisconductCaseFilter } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { Pager } from '../../../shared/ui/pager';
import { QueryError } from '../../../shared/ui/query-error';
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
  const labels = useLabels();
  const staffLabels = useStaffLabels();
  const viewer = useViewer();
  const [street, setStreet] = useState(filter.street ?? '');
  const applyStreet = () => {
    if ((street.trim() || null) !== (filter.street ?? null)) onChange('street', street.trim() || null);
  };
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
        <>
          <TextField
            select
            size="small"
            label={t('staff.dueList.section')}
            value={filter.section ?? ''}
            onChange={(e) => onChange('section', e.target.value || null)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {SUPERVISING_SECTIONS.map((unit) => (
              <MenuItem key={unit} value={unit}>
                {labels.unit(unit)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            label={t('staff.dueList.institutionKind')}
            value={filter.institutionKind ?? ''}
            onChange={(e) => onChange('institutionKind', e.target.value || null)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {INSTITUTION_KINDS.map((kind) => (
              <MenuItem key={kind} value={kind}>
                {labels.kind(kind)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            size="small"
            label={t('staff.dueList.street')}
            value={street}
            onChange={(e) => setStreet(e.target.value)}
            onBlur={applyStreet}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyStreet();
            }}
            slotProps={{ htmlInput: { maxLength: 40 } }}
          />
          {filter.institutionId ? (
            <Chip
              label={t('staff.dueList.oneInstitution')}
              onDelete={() => onChange('institution', null)}
              data-testid="misconduct-institution-filter"
            />
          ) : null}
        </>
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
      <TableContainer component={Paper} variant="outlined">
        <Table size="small" aria-label={t('staff.misconductList.tableLabel')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('staff.dueList.column.staff')}</TableCell>
              <TableCell>{t('staff.dueList.column.institution')}</TableCell>
              <TableCell>{t('staff.misconductList.column.opened')}</TableCell>
              <TableCell>{t('staff.misconductList.column.status')}</TableCell>
              <TableCell>{t('staff.misconductList.column.outcomes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.items.map((item) => (
              <TableRow key={item.id} data-testid="misconduct-row">
                <TableCell>
                  <Link component={RouterLink} to={paths.staffMember(item.staffId)}>
                    {item.staffName ?? t('staff.misconductList.nameHidden')}
                  </Link>
                </TableCell>
                <TableCell>{item.institutionName}</TableCell>
                <TableCell>{formatDate(item.openedAt)}</TableCell>
                <TableCell>{staffLabels.misconductStatus(item.status)}</TableCell>
                <TableCell>
                  {item.outcomes.length
                    ? item.outcomes.map((o) => staffLabels.misconductOutcome(o)).join('、')
                    : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
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
