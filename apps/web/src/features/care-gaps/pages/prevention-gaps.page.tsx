import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { useViewer } from '../../auth/hooks/use-viewer';
import { PreventionGapsQuery } from '../care-gaps.graphql';
import { GapGroups } from '../components/gap-list';
import { GapOverview } from '../components/gap-overview';

/**
 * `/prevention-gaps?institution=`: an institution's gaps found from its records, grouped by rule, each
 * with a link to fix it (the head); counts by kind for its inspectors and leadership; without an institution
 * the overview of every institution the viewer counts. The server decides.
 */
export function PreventionGapsPage() {
  const t = useT();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const institutionId = params.get('institution') ?? viewer.institution?.id ?? null;
  const { data, loading, error, refetch } = useQuery(PreventionGapsQuery, {
    variables: { institutionId: institutionId ?? '' },
    skip: institutionId === null,
    fetchPolicy: 'cache-and-network',
  });
  const answer = data?.preventionGaps;
  return (
    <>
      <PageHeader
        title={answer ? `${t('careGaps.title')} · ${answer.institutionName}` : t('careGaps.title')}
        subtitle={t('careGaps.subtitle')}
      />
      {institutionId === null ? <GapOverview /> : null}
      {!data && loading ? <LoadingState /> : null}
      {error && !data ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {data && !answer ? <Alert severity="warning">{t('careGaps.notFound')}</Alert> : null}
      {answer ? (
        <Stack spacing={2}>
          <Typography variant="subtitle1" data-testid="prevention-gaps-total">
            {t('careGaps.total', { count: answer.total })}
          </Typography>
          {answer.total === 0 ? (
            <EmptyState title={t('careGaps.empty.title')} body={t('careGaps.empty.body')} />
          ) : null}
          {answer.viewerCanViewSubjects ? (
            <GapGroups gaps={answer.gaps} institutionId={answer.institutionId} />
          ) : answer.total > 0 ? (
            <>
              <Alert severity="info">{t('careGaps.countsOnly')}</Alert>
              <Stack component="ul" spacing={0.5} sx={{ pl: 2 }} data-testid="prevention-gap-counts">
                {answer.counts.map((c) => (
                  <li key={c.code}>
                    {t(`careGaps.code.${c.code}`)}（{c.ruleId}）：{c.count}
                  </li>
                ))}
              </Stack>
            </>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}
