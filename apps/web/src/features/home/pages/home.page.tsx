import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { HomeRedirectPage } from '../../../app/pages/home-redirect.page';
import { paths } from '../../../app/paths';
import type { ViewerHome } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useNow } from '../../incidents/hooks/use-now';
import { MyWorkQuery } from '../home.graphql';
import { ReportedCases } from '../components/reported-cases';
import { WorkList } from '../components/work-list';
import { MyCareGapsSection } from '../../care-gaps/components/my-care-gaps';
import { PrefetchLink } from '../../../shared/ui/prefetch-link';

// The server says which home the viewer has (Viewer.home, from the domain's oversightAccess).
const HOMES: Record<ViewerHome, () => ReactNode> = {
  DASHBOARD: () => <Navigate to={paths.oversight()} replace />,
  INSTITUTION_CARD: () => <HeadHome />,
  OWN_CASES: () => <OwnCasesHome />,
};

/** `/`: each role's home 工作台 (issue 10). */
export function HomePage() {
  const viewer = useViewer();
  // Someone who reports nothing and oversees nothing (the administrator) starts at the first page they may use.
  if (viewer.home === 'OWN_CASES' && !viewer.permissions.includes('REPORT_INCIDENT'))
    return <HomeRedirectPage />;
  return HOMES[viewer.home]();
}

/** How long an answer asked for with the page's chunk (prefetchMyWork) counts as just fetched. */
const PREFETCH_FRESH_MS = 10_000;
let prefetchedAt = Number.NEGATIVE_INFINITY;

/**
 * Asks for the to-do list as soon as the home's chunk has loaded (the router calls it), alongside the
 * shell's `me`, instead of after the shell has rendered: the list is there when the page first renders
 * (largest contentful paint, issue 14). A failure is left to the page's own query to report.
 */
export function prefetchMyWork(client: ApolloClient): void {
  prefetchedAt = Date.now();
  void client.query({ query: MyWorkQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
}

function useMyWork() {
  // Always fresh: a to-do list from the cache could hide a case recorded a minute ago. An answer
  // prefetched with the page (seconds ago, or still on its way) is fresh: it is not asked for twice.
  const [fetchPolicy] = useState<'cache-first' | 'cache-and-network'>(() =>
    Date.now() - prefetchedAt < PREFETCH_FRESH_MS ? 'cache-first' : 'cache-and-network',
  );
  return useQuery(MyWorkQuery, { fetchPolicy });
}

function HeadHome() {
  const t = useT();
  const viewer = useViewer();
  const now = useNow();
  const { data, loading, error, refetch } = useMyWork();
  const work = data?.myWork;
  const cardLink = viewer.institution ? (
    <Button
      component={PrefetchLink}
      to={paths.institutionRecord(viewer.institution.id)}
      variant="outlined"
      data-testid="home-institution-card"
    >
      {t('home.institutionCard')}
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t('home.head.title')} subtitle={t('home.head.subtitle')} actions={cardLink} />
      {!work && loading ? <LoadingState /> : null}
      {error && !work ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {work ? (
        <Stack spacing={3}>
          {work.items.length > 0 ? (
            <WorkList items={work.items} now={now} />
          ) : (
            <EmptyState title={t('home.work.empty.title')} body={t('home.work.empty.body')} />
          )}
          <MyCareGapsSection gaps={work.careGaps} />
          {work.totalCount > work.items.length ? (
            <Alert severity="info">
              {t('home.work.more', { count: work.totalCount - work.items.length })}
            </Alert>
          ) : null}
          {work.reportedCases.length > 0 ? (
            <section>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('home.reported.title')}
              </Typography>
              <ReportedCases cases={work.reportedCases} />
            </section>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

function OwnCasesHome() {
  const t = useT();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useMyWork();
  const work = data?.myWork;
  return (
    <>
      <PageHeader title={t('home.own.title')} subtitle={t('home.own.subtitle')} />
      <Stack spacing={3}>
        {viewer.permissions.includes('REPORT_INCIDENT') ? (
          <Button
            component={PrefetchLink}
            to={paths.report()}
            variant="contained"
            color="error"
            size="large"
            data-testid="home-report"
            sx={{ alignSelf: 'flex-start', fontSize: '1.25rem', fontWeight: 700, px: 6, py: 2, boxShadow: 4 }}
          >
            {t('home.reportButton')}
          </Button>
        ) : null}
        <section>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('home.reported.title')}
          </Typography>
          {!work && loading ? <LoadingState /> : null}
          {error && !work ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
          {work ? <ReportedCases cases={work.reportedCases} /> : null}
        </section>
        {work ? <MyCareGapsSection gaps={work.careGaps} /> : null}
      </Stack>
    </>
  );
}
