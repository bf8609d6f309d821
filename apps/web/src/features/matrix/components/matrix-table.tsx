import { INSTITUTION_KINDS } from '@xiaohu/domain';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { ResponsiveTable, useIsPhone } from '../../../shared/ui/responsive-table';
import type { MatrixUnitGroup } from '../hooks/matrix-rows';

type MatrixRow = MatrixUnitGroup['rows'][number];

function Reason({ row, kind }: { row: MatrixRow; kind: (typeof INSTITUTION_KINDS)[number] }) {
  const t = useT();
  const reason = row.byKind[kind];
  return reason ? (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center' }}>
      <Typography component="span" variant="body2" sx={{ fontWeight: 600, color: 'primary.main' }}>
        {reason.ruleId}
      </Typography>
      <Typography component="span" variant="caption" color="text.secondary">
        {t('rule.clause', { clause: reason.clause })}
      </Typography>
    </Box>
  ) : (
    <Typography component="span" color="text.disabled" aria-label={t('matrix.notApplicable')}>
      —
    </Typography>
  );
}

/** On a phone: one card per duty, its unit and, per kind of institution, the rule that places it. */
function MatrixCards({ groups }: { groups: MatrixUnitGroup[] }) {
  const t = useT();
  const labels = useLabels();
  return (
    <ResponsiveTable
      rows={groups.flatMap((group) => group.rows)}
      rowKey={(row) => `${row.unit}-${row.duty}`}
      rowProps={(row) => ({ 'data-testid': 'matrix-row', 'data-unit': row.unit, 'data-duty': row.duty })}
      label={t('matrix.tableLabel')}
      testId="matrix-table"
      columns={[
        {
          key: 'duty',
          header: t('matrix.column.duty'),
          card: 'title',
          render: (row) => labels.duty(row.duty),
        },
        { key: 'unit', header: t('matrix.column.unit'), render: (row) => labels.unit(row.unit) },
        ...INSTITUTION_KINDS.map((kind) => ({
          key: kind,
          header: labels.kind(kind),
          cellProps: () => ({ 'data-kind': kind }),
          render: (row: MatrixRow) => <Reason row={row} kind={kind} />,
        })),
      ]}
    />
  );
}

export function MatrixTable({ groups }: { groups: MatrixUnitGroup[] }) {
  const t = useT();
  const labels = useLabels();
  const phone = useIsPhone();
  if (phone) return <MatrixCards groups={groups} />;
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: '75vh' }}>
      <Table stickyHeader size="small" aria-label={t('matrix.tableLabel')} data-testid="matrix-table">
        <TableHead>
          <TableRow>
            <TableCell sx={{ minWidth: 120 }}>{t('matrix.column.unit')}</TableCell>
            <TableCell sx={{ minWidth: 220 }}>{t('matrix.column.duty')}</TableCell>
            {INSTITUTION_KINDS.map((kind) => (
              <TableCell key={kind} align="center" sx={{ minWidth: 110 }}>
                {labels.kind(kind)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.flatMap((group) =>
            group.rows.map((row, index) => (
              <TableRow
                key={`${row.unit}-${row.duty}`}
                data-testid="matrix-row"
                data-unit={row.unit}
                data-duty={row.duty}
              >
                {index === 0 ? (
                  <TableCell
                    component="th"
                    scope="rowgroup"
                    rowSpan={group.rows.length}
                    sx={{ verticalAlign: 'top', fontWeight: 600, bgcolor: 'grey.50' }}
                  >
                    {labels.unit(group.unit)}
                  </TableCell>
                ) : null}
                <TableCell component="th" scope="row">
                  {labels.duty(row.duty)}
                </TableCell>
                {INSTITUTION_KINDS.map((kind) => (
                  <TableCell key={kind} align="center" data-kind={kind}>
                    <Reason row={row} kind={kind} />
                  </TableCell>
                ))}
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
