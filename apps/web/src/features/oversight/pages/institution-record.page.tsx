import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { IndicatorCards } from '../components/indicator-cards';
import { RAG_BACKGROUND, RagDot } from '../components/rag';
import { formatFigure } from '../lib/format';
import { drillPath, shanghaiDate } from '../lib/oversight-url';
import { InstitutionRecordQuery } from '../oversight.graphql';

/** 校园保护档案: one institution's indicators now and this school year, and month by month. */
export function InstitutionRecordPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InstitutionRecordQuery, { variables: { id } });
  const record = data?.institutionRecord;
  const noFilter = { period: 'SCHOOL_YEAR' as const };
  return (
    <>
      <PageHeader
        title={
          record ? `${t('oversight.record.title')} · ${record.institution.name}` : t('oversight.record.title')
        }
        subtitle={record ? t('oversight.record.subtitle', { name: record.institution.name }) : undefined}
        actions={
          record ? (
            <Button
              component={RouterLink}
              to={paths.cases({ institution: record.institution.id })}
              variant="outlined"
            >
              {t('oversight.record.cases')}
            </Button>
          ) : null
        }
      />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {loading && !record ? <LoadingState /> : null}
      {!loading && !error && !record ? (
        <EmptyState
          title={t('oversight.record.notFound')}
          body=""
          action={
            <Button component={RouterLink} to={paths.oversight()}>
              {t('oversight.record.backToDashboard')}
            </Button>
          }
        />
      ) : null}
      {record ? (
        <>
          <IndicatorCards
            indicators={record.indicators}
            filter={noFilter}
            period={record.period}
            institutionId={record.institution.id}
          />
          <Paper variant="outlined">
            <Typography variant="subtitle1" component="h2" sx={{ p: 2, pb: 0 }}>
              {t('oversight.record.months')}
            </Typography>
            <TableContainer>
              <Table size="small" aria-label={t('oversight.record.months')} data-testid="record-months">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('oversight.record.month')}</TableCell>
                    <TableCell align="right">{t('oversight.record.casesRecorded')}</TableCell>
                    {record.months[0]?.cells.map((cell) => (
                      <TableCell key={cell.id} align="right">
                        {t(`oversight.indicator.${cell.id}` as MessageKey)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {record.months.map((month) => {
                    const range = {
                      from: shanghaiDate(month.start),
                      to: shanghaiDate(new Date(new Date(month.end).getTime() - 1)),
                    };
                    return (
                      <TableRow key={month.month}>
                        <TableCell component="th" scope="row">
                          {month.month}
                        </TableCell>
                        <TableCell align="right">
                          {month.casesRecorded > 0 ? (
                            <Link
                              component={RouterLink}
                              to={paths.cases({ institution: record.institution.id, ...range })}
                            >
                              {month.casesRecorded}
                            </Link>
                          ) : (
                            0
                          )}
                        </TableCell>
                        {month.cells.map((cell) => {
                          const indicator = record.indicators.find((i) => i.id === cell.id)!;
                          const to = drillPath(indicator.drill, {
                            filter: noFilter,
                            period: month,
                            isPeriodic: true,
                            institutionId: record.institution.id,
                          });
                          const text = formatFigure(t, indicator.unit, cell.value);
                          return (
                            <TableCell
                              key={cell.id}
                              align="right"
                              sx={{ bgcolor: RAG_BACKGROUND[cell.rag] }}
                              data-rag={cell.rag}
                            >
                              <RagDot rag={cell.rag} />
                              {to && cell.value ? (
                                <Link component={RouterLink} to={to}>
                                  {text}
                                </Link>
                              ) : (
                                text
                              )}
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
          </Paper>
        </>
      ) : null}
    </>
  );
}
