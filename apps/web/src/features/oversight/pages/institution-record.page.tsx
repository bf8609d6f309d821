import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { Link as RouterLink, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { IndicatorCards } from '../components/indicator-cards';
import { RAG_BACKGROUND, RagDot } from '../components/rag';
import { formatFigure } from '../lib/format';
import { drillPath, shanghaiDate } from '../lib/oversight-url';
import { InstitutionRecordQuery } from '../oversight.graphql';
import type { InstitutionRecordQuery as RecordData } from '../../../gql/graphql';

type Month = NonNullable<RecordData['institutionRecord']>['months'][number];

/** A month's days in Asia/Shanghai (YYYY-MM-DD, `to` inclusive), for the cases list's link. */
function monthRange(month: { start: string; end: string }) {
  return { from: shanghaiDate(month.start), to: shanghaiDate(new Date(new Date(month.end).getTime() - 1)) };
}

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
            <Box sx={{ p: { xs: 1, sm: 0 } }}>
              <ResponsiveTable
                rows={record.months}
                rowKey={(month) => month.month}
                label={t('oversight.record.months')}
                testId="record-months"
                columns={[
                  {
                    key: 'month',
                    header: t('oversight.record.month'),
                    rowHeader: true,
                    card: 'title',
                    render: (month) => month.month,
                  },
                  {
                    key: 'cases',
                    header: t('oversight.record.casesRecorded'),
                    cellProps: () => ({ align: 'right' }),
                    render: (month) =>
                      month.casesRecorded > 0 ? (
                        <Link
                          component={RouterLink}
                          to={paths.cases({ institution: record.institution.id, ...monthRange(month) })}
                        >
                          {month.casesRecorded}
                        </Link>
                      ) : (
                        0
                      ),
                  },
                  ...(record.months[0]?.cells ?? []).map((first, index) => ({
                    key: first.id,
                    header: t(`oversight.indicator.${first.id}` as MessageKey),
                    cellProps: (month: Month) => ({
                      align: 'right' as const,
                      sx: { bgcolor: RAG_BACKGROUND[month.cells[index]!.rag] },
                      'data-rag': month.cells[index]!.rag,
                    }),
                    render: (month: Month) => {
                      const cell = month.cells[index]!;
                      const indicator = record.indicators.find((i) => i.id === cell.id)!;
                      const to = drillPath(indicator.drill, {
                        filter: noFilter,
                        period: month,
                        isPeriodic: true,
                        institutionId: record.institution.id,
                      });
                      const text = formatFigure(t, indicator.unit, cell.value);
                      return (
                        <>
                          <RagDot rag={cell.rag} />
                          {to && cell.value ? (
                            <Link component={RouterLink} to={to}>
                              {text}
                            </Link>
                          ) : (
                            text
                          )}
                        </>
                      );
                    },
                  })),
                ]}
              />
            </Box>
          </Paper>
        </>
      ) : null}
    </>
  );
}
