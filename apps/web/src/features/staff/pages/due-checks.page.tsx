import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
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
import { useMemo } from 'react';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { ExportButton } from '../../../shared/ui/export-button';
import { Pager } from '../../../shared/ui/pager';
import { dueChecksExportUrl } from '../lib/staff-rest';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import type { DueCheckFilter, DueCheckKind, UnitCode } from '../../../gql/graphql';
import { RequirePermission } from '../../auth/components/require-permission';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';
import { DueChecksQuery } from '../staff.graphql';

const DUE_KINDS: readonly DueCheckKind[] = ['RECHECK', 'REMINDER_INTERVIEW'];
// The sections that supervise in-service checks (ORG-1 / VET-9).
const SUPERVISING: readonly UnitCode[] = ['PRESCHOOL', 'BASIC', 'VOCATIONAL'];
const PAGE_SIZE = 50;

/** ?kind=&section=&overdue=1 → the dueChecks filter; unknown values are ignored. */
export function parseDueFilter(params: URLSearchParams): DueCheckFilter {
  const kind = params.get('kind') as DueCheckKind | null;
  const section = params.get('section') as UnitCode | null;
  return {
    ...(kind && DUE_KINDS.includes(kind) ? { kind } : {}),
    ...(section && SUPERVISING.includes(section) ? { section } : {}),
    ...(params.get('overdue') === '1' ? { isOverdue: true } : {}),
  };
}

export function DueChecksPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('staff.dueList.title')}
        subtitle={t('staff.dueList.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.staff()} variant="outlined">
            {t('staff.backToList')}
          </Button>
        }
      />
      <RequirePermission permission="VIEW_STAFF">
        <DueChecks />
      </RequirePermission>
    </>
  );
}

function DueChecks() {
  const t = useT();
  const labels = useLabels();
  const staffLabels = useStaffLabels();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseDueFilter(params), [params]);
  const pages = useCursorPages(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(DueChecksQuery, {
    variables: { filter, first: PAGE_SIZE, after: pages.after },
  });
  const list = (data ?? previousData)?.dueChecks;

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  return (
    <>
      <Box
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}
        role="group"
        aria-label={t('common.filters')}
      >
        <TextField
          select
          size="small"
          label={t('staff.dueList.kind')}
          value={filter.kind ?? ''}
          onChange={(e) => update('kind', e.target.value || null)}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="">{t('common.all')}</MenuItem>
          {DUE_KINDS.map((kind) => (
            <MenuItem key={kind} value={kind}>
              {staffLabels.dueKind(kind)}
            </MenuItem>
          ))}
        </TextField>
        {viewer.institution ? null : (
          <TextField
            select
            size="small"
            label={t('staff.dueList.section')}
            value={filter.section ?? ''}
            onChange={(e) => update('section', e.target.value || null)}
            sx={{ minWidth: 160 }}
          >
            <MenuItem value="">{t('common.all')}</MenuItem>
            {SUPERVISING.map((unit) => (
              <MenuItem key={unit} value={unit}>
                {labels.unit(unit)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <FormControlLabel
          label={t('staff.dueList.overdueOnly')}
          control={
            <Checkbox
              checked={filter.isOverdue === true}
              onChange={(e) => update('overdue', e.target.checked ? '1' : null)}
            />
          }
        />
        <Box sx={{ flex: 1 }} />
        <ExportButton
          url={dueChecksExportUrl(filter)}
          fallbackName="due-checks.xlsx"
          label={t('dueList.export')}
          testId="due-export"
        />
      </Box>
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : loading && !list ? (
        <LoadingState />
      ) : !list || list.items.length === 0 ? (
        <EmptyState title={t('staff.dueList.empty.title')} body={t('staff.dueList.empty.body')} />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="due-summary">
            {t('staff.dueList.summary', { total: list.totalCount, overdue: list.overdueCount })}
          </Typography>
          <TableContainer component={Paper} variant="outlined">
            <Table size="small" aria-label={t('staff.dueList.tableLabel')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('staff.dueList.column.kind')}</TableCell>
                  <TableCell>{t('staff.dueList.column.staff')}</TableCell>
                  <TableCell>{t('staff.column.idNumber')}</TableCell>
                  <TableCell>{t('staff.column.role')}</TableCell>
                  <TableCell>{t('staff.dueList.column.institution')}</TableCell>
                  <TableCell>{t('staff.dueList.column.last')}</TableCell>
                  <TableCell>{t('staff.dueList.column.due')}</TableCell>
                  <TableCell>{t('staff.dueList.column.state')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {list.items.map((item) => (
                  <TableRow
                    key={`${item.kind}-${item.staffId}`}
                    data-testid="due-row"
                    data-overdue={item.isOverdue}
                  >
                    <TableCell>{staffLabels.dueKind(item.kind)}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={paths.staffMember(item.staffId)}>
                        {item.staffName}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{item.idNumberMasked}</TableCell>
                    <TableCell>{staffLabels.role(item.role)}</TableCell>
                    <TableCell>{item.institutionName}</TableCell>
                    <TableCell>{item.lastAt ? formatDate(item.lastAt) : t('staff.due.never')}</TableCell>
                    <TableCell>{formatDate(item.dueAt)}</TableCell>
                    <TableCell>
                      {item.isOverdue ? (
                        <Chip size="small" color="error" label={t('staff.due.overdue')} />
                      ) : (
                        <Chip size="small" variant="outlined" label={t('staff.dueList.onTime')} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Pager
            pageNumber={pages.pageNumber}
            hasPrevious={pages.hasPrevious}
            hasNext={list.pageInfo.hasNextPage}
            onPrevious={pages.goPrevious}
            onNext={() => pages.goNext(list.pageInfo.endCursor)}
          />
        </>
      )}
    </>
  );
}
