import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type {
  OversightIndicatorFieldsFragment,
  OversightInstitutionOrder,
  OversightQuery,
} from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { ResponsiveTable, useIsPhone } from '../../../shared/ui/responsive-table';
import { formatFigure } from '../lib/format';
import { drillPath, type DashboardFilter } from '../lib/oversight-url';
import { RAG_BACKGROUND, RagDot } from './rag';

type Table = OversightQuery['oversight']['table'];

export const TABLE_PAGE_SIZE = 20;

type Row = Table['rows'][number];

function InstitutionName({ row }: { row: Row }) {
  const t = useT();
  return (
    <>
      <Link
        component={RouterLink}
        to={paths.institutionRecord(row.institution.id)}
        aria-label={t('oversight.table.openRecord', { name: row.institution.name })}
      >
        {row.institution.name}
      </Link>
      {row.institution.street ? (
        <Typography variant="caption" color="text.secondary" component="span" sx={{ ml: 1 }}>
          {row.institution.street}
        </Typography>
      ) : null}
    </>
  );
}

/** One figure with its RAG dot, a link to the list behind it where there is one. */
function Figure({
  cell,
  institutionId,
  indicators,
  filter,
  period,
}: {
  cell: Row['cells'][number];
  institutionId: string;
  indicators: readonly OversightIndicatorFieldsFragment[];
  filter: DashboardFilter;
  period: { start: string; end: string };
}) {
  const t = useT();
  const indicator = indicators.find((i) => i.id === cell.id)!;
  const text = formatFigure(t, indicator.unit, cell.value);
  const to = drillPath(indicator.drill, { filter, period, isPeriodic: indicator.isPeriodic, institutionId });
  return (
    <>
      <RagDot rag={cell.rag} />
      {to && cell.value !== null ? (
        <Link component={RouterLink} to={to}>
          {text}
        </Link>
      ) : (
        text
      )}
    </>
  );
}

/** The institution × indicators table: coloured cells, each a link to the institution's list; sorted on the server. */
export function InstitutionTable({
  table,
  indicators,
  filter,
  period,
  orderBy,
  page,
  onSort,
  onPage,
}: {
  table: Table;
  indicators: readonly OversightIndicatorFieldsFragment[];
  filter: DashboardFilter;
  period: { start: string; end: string };
  orderBy: OversightInstitutionOrder;
  page: number;
  onSort: (order: OversightInstitutionOrder) => void;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const phone = useIsPhone();
  if (table.totalCount === 0)
    return <EmptyState title={t('oversight.table.empty.title')} body={t('oversight.table.empty.body')} />;
  const columns = table.rows[0]?.cells.map((c) => c.id) ?? [];
  const sortable = (id: string) => id as OversightInstitutionOrder;
  const drill = { indicators, filter, period };
  if (phone) {
    return (
      <Paper variant="outlined" sx={{ p: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          {t('oversight.table.title')} · {t('oversight.table.total', { count: table.totalCount })}
        </Typography>
        <TextField
          select
          size="small"
          fullWidth
          label={t('oversight.table.sortLabel')}
          value={orderBy}
          onChange={(event) => onSort(sortable(event.target.value))}
          sx={{ mb: 1.5 }}
          data-testid="institution-sort"
        >
          <MenuItem value="NAME">{t('oversight.table.institution')}</MenuItem>
          {columns.map((id) => (
            <MenuItem key={id} value={id}>
              {t(`oversight.indicator.${id}` as MessageKey)}
            </MenuItem>
          ))}
        </TextField>
        <ResponsiveTable
          rows={table.rows}
          rowKey={(row) => row.institution.id}
          rowProps={() => ({ 'data-testid': 'institution-row' })}
          label={t('oversight.table.title')}
          testId="institution-table"
          columns={[
            {
              key: 'institution',
              header: t('oversight.table.institution'),
              card: 'title',
              render: (row) => <InstitutionName row={row} />,
            },
            ...columns.map((id, index) => ({
              key: id,
              header: t(`oversight.indicator.${id}` as MessageKey),
              cellProps: (row: Row) => {
                const cell = row.cells[index]!;
                return {
                  'data-rag': cell.rag,
                  'data-indicator': cell.id,
                  sx: { bgcolor: RAG_BACKGROUND[cell.rag] },
                };
              },
              render: (row: Row) => (
                <Figure cell={row.cells[index]!} institutionId={row.institution.id} {...drill} />
              ),
            })),
          ]}
        />
        <TablePagination
          component="div"
          count={table.totalCount}
          page={page}
          rowsPerPage={TABLE_PAGE_SIZE}
          rowsPerPageOptions={[TABLE_PAGE_SIZE]}
          onPageChange={(_, next) => onPage(next)}
        />
      </Paper>
    );
  }
  return (
    <Paper variant="outlined">
      <Typography variant="subtitle1" component="h2" sx={{ p: 2, pb: 0 }}>
        {t('oversight.table.title')} · {t('oversight.table.total', { count: table.totalCount })}
      </Typography>
      <TableContainer>
        <Table size="small" aria-label={t('oversight.table.title')} data-testid="institution-table">
          <TableHead>
            <TableRow>
              <TableCell sortDirection={orderBy === 'NAME' ? 'asc' : false}>
                <TableSortLabel active={orderBy === 'NAME'} direction="asc" onClick={() => onSort('NAME')}>
                  {t('oversight.table.institution')}
                </TableSortLabel>
              </TableCell>
              {columns.map((id) => {
                const name = t(`oversight.indicator.${id}` as MessageKey);
                return (
                  <TableCell key={id} align="right" sortDirection={orderBy === id ? 'desc' : false}>
                    <TableSortLabel
                      active={orderBy === id}
                      direction={id === 'VETTING_COVERAGE' ? 'asc' : 'desc'}
                      onClick={() => onSort(sortable(id))}
                      aria-label={t('oversight.table.sortBy', { name })}
                    >
                      {name}
                    </TableSortLabel>
                  </TableCell>
                );
              })}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((row) => (
              <TableRow key={row.institution.id} data-testid="institution-row">
                <TableCell component="th" scope="row">
                  <InstitutionName row={row} />
                </TableCell>
                {row.cells.map((cell) => (
                  <TableCell
                    key={cell.id}
                    align="right"
                    sx={{ bgcolor: RAG_BACKGROUND[cell.rag], whiteSpace: 'nowrap' }}
                    data-rag={cell.rag}
                    data-indicator={cell.id}
                  >
                    <Figure cell={cell} institutionId={row.institution.id} {...drill} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={table.totalCount}
        page={page}
        rowsPerPage={TABLE_PAGE_SIZE}
        rowsPerPageOptions={[TABLE_PAGE_SIZE]}
        onPageChange={(_, next) => onPage(next)}
      />
    </Paper>
  );
}
