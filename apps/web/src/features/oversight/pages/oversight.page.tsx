import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OversightInstitutionOrder } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { IndicatorCards } from '../components/indicator-cards';
import { InstitutionTable, TABLE_PAGE_SIZE } from '../components/institution-table';
import { OversightCharts } from '../components/oversight-charts';
import { OversightFilters } from '../components/oversight-filters';
import {
  dashboardPath,
  parseDashboardFilter,
  shanghaiDate,
  toOversightFilter,
  type DashboardFilter,
} from '../lib/oversight-url';
import { OversightQuery } from '../oversight.graphql';

/** 监管总览: indicators, charts and the institution table over the viewer's scope (the API decides the scope). */
export function OversightPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const filter = useMemo(() => parseDashboardFilter(params), [params]);
  const [orderBy, setOrderBy] = useState<OversightInstitutionOrder>('POLICE_DEADLINE_PASSED');
  const [page, setPage] = useState(0);
  const { data, previousData, loading, error, refetch } = useQuery(OversightQuery, {
    variables: {
      filter: toOversightFilter(filter),
      table: { orderBy, offset: page * TABLE_PAGE_SIZE, first: TABLE_PAGE_SIZE },
    },
  });
  const dashboard = (data ?? previousData)?.oversight;
  const setFilter = (next: DashboardFilter) => {
    setPage(0);
    void navigate(dashboardPath(next), { replace: true });
  };
  const period = dashboard ? { start: dashboard.period.start, end: dashboard.period.end } : null;

  return (
    <>
      <PageHeader
        title={t('oversight.title')}
        subtitle={
          period
            ? `${t('oversight.subtitle')} ${t('oversight.periodShown', {
                from: shanghaiDate(period.start),
                to: shanghaiDate(new Date(new Date(period.end).getTime() - 1)),
              })}`
            : t('oversight.subtitle')
        }
      />
      <OversightFilters key={params.toString()} filter={filter} onChange={setFilter} />
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {!dashboard && loading ? <LoadingState /> : null}
      {dashboard && period ? (
        <div aria-busy={loading}>
          <IndicatorCards
            indicators={dashboard.indicators}
            filter={filter}
            period={period}
            coverageByKind={dashboard.coverageByKind}
          />
          <OversightCharts dashboard={dashboard} />
          <InstitutionTable
            table={dashboard.table}
            indicators={dashboard.indicators}
            filter={filter}
            period={period}
            orderBy={orderBy}
            page={page}
            onSort={(order) => {
              setOrderBy(order);
              setPage(0);
            }}
            onPage={setPage}
          />
        </div>
      ) : null}
      {!dashboard && !loading && !error ? (
        <Typography role="status">{t('oversight.noFigure')}</Typography>
      ) : null}
    </>
  );
}
