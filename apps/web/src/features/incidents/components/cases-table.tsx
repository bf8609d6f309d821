import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { CaseSummaryFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { describeDeadline, isPoliceReportLate, TONE_COLOR } from '../hooks/deadline-text';
import { useIncidentLabels } from '../hooks/use-incident-labels';

/** Cases as rows; the child never appears here, whoever looks (REP-7). */
export function CasesTable({ cases, now }: { cases: CaseSummaryFieldsFragment[]; now: number }) {
  const t = useT();
  const labels = useIncidentLabels();

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('incidents.list.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('incidents.list.column.recordedAt')}</TableCell>
            <TableCell>{t('incidents.list.column.institution')}</TableCell>
            <TableCell>{t('incidents.list.column.category')}</TableCell>
            <TableCell>{t('incidents.list.column.child')}</TableCell>
            <TableCell>{t('incidents.list.column.state')}</TableCell>
            <TableCell>{t('incidents.list.column.timeLeft')}</TableCell>
            <TableCell>{t('incidents.list.column.breaches')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {cases.map((row) => {
            const police = describeDeadline(
              {
                dueAt: row.reporting.policeReportDueAt,
                metAt: row.policeReport?.reportedAt,
                isMetLate: isPoliceReportLate(row),
                closedAt: row.closedAt,
                applies: row.reporting.isPoliceReportRequired,
              },
              now,
              t,
            );
            return (
              <TableRow key={row.id} data-testid="case-row" data-case-id={row.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Link component={RouterLink} to={paths.case(row.id)} data-testid="case-row-link">
                    <time dateTime={row.recordedAt}>{formatDateTimeShort(row.recordedAt)}</time>
                  </Link>
                </TableCell>
                <TableCell>{row.institutionName}</TableCell>
                <TableCell>
                  <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                    <span>{labels.category(row.category)}</span>
                    {row.isConfidential ? (
                      <Chip size="small" label={t('incidents.case.confidential')} />
                    ) : null}
                    {row.isChildInDanger ? (
                      <Chip size="small" color="error" label={t('incidents.list.inDanger')} />
                    ) : null}
                  </Stack>
                </TableCell>
                <TableCell data-testid="case-row-child">
                  <Typography variant="body2" color="text.secondary">
                    {t('incidents.list.childHidden')}
                  </Typography>
                </TableCell>
                <TableCell>
                  {labels.state(row.state)}
                  <Typography variant="caption" component="p" color="text.secondary">
                    {labels.status(row.reporting.status)}
                  </Typography>
                </TableCell>
                <TableCell
                  role="timer"
                  data-testid="case-row-time-left"
                  data-standing={police.standing}
                  sx={{
                    color: TONE_COLOR[police.tone],
                    whiteSpace: 'nowrap',
                    fontVariantNumeric: 'tabular-nums',
                  }}
                >
                  {police.text}
                </TableCell>
                <TableCell data-testid="case-row-breaches">
                  {row.breaches.length === 0 ? (
                    t('incidents.list.noBreach')
                  ) : (
                    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
                      {row.breaches.map((breach) => (
                        <Chip
                          key={`${breach.code}-${breach.hop}`}
                          size="small"
                          color="error"
                          label={labels.recordedBreach(breach)}
                        />
                      ))}
                    </Stack>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
