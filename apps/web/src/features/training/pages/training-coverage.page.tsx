import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useSearchParams } from 'react-router';
import type { TrainingTopic } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { InstitutionPicker } from '../../incidents/components/institution-picker';
import {
  TrainingCoverageOverviewQuery,
  TrainingCoverageQuery,
  TrainingViewerQuery,
} from '../training.graphql';
import { TOPICS } from './training.page';

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;

const exportUrl = (topic: string, institutionId?: string | null) =>
  `/api/training/coverage/export?${new URLSearchParams({ topic, ...(institutionId ? { institution: institutionId } : {}) }).toString()}`;

/** PRV-5, PRV-9, PRV-10: coverage of a topic: names for the head, counts per institution for the district. */
export function TrainingCoveragePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const viewer = useQuery(TrainingViewerQuery);
  const topic = (TOPICS as readonly string[]).includes(params.get('topic') ?? '')
    ? (params.get('topic') as TrainingTopic)
    : 'LAW_AND_ETHICS';
  const institutionId = params.get('institution') ?? viewer.data?.trainingViewer.ownInstitutionId ?? null;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const canOverview = viewer.data?.trainingViewer.canViewOverview ?? false;
  return (
    <Container maxWidth="lg" sx={{ py: 3 }} id="main">
      <PageHeader title={t('training.coverage.title')} />
      <Stack spacing={2}>
        <TextField
          select
          label={t('training.topic')}
          value={topic}
          onChange={(e) => set('topic', e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'coverage-topic' } }}
        >
          {TOPICS.map((value) => (
            <MenuItem key={value} value={value}>
              {t(`training.topic.${value}`)}
            </MenuItem>
          ))}
        </TextField>
        {canOverview ? (
          <InstitutionPicker value={institutionId} onChange={(id) => set('institution', id)} />
        ) : null}
        {institutionId ? (
          <InstitutionCoverage institutionId={institutionId} topic={topic} />
        ) : viewer.data && !canOverview ? (
          <Alert severity="info">{t('training.coverage.none')}</Alert>
        ) : null}
        {canOverview ? <Overview topic={topic} /> : null}
      </Stack>
    </Container>
  );
}

function InstitutionCoverage({ institutionId, topic }: { institutionId: string; topic: TrainingTopic }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(TrainingCoverageQuery, {
    variables: { institutionId, topic },
  });
  const c = data?.trainingCoverage;
  if (loading) return <LoadingState />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!c) return <Alert severity="warning">{t('training.session.notFound')}</Alert>;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
          {c.institutionName}
        </Typography>
        <Typography data-testid="coverage-figures">
          {t('training.coverage.figures', {
            audience: c.audienceCount,
            covered: c.coveredCount,
            share: percent(c.share),
          })}
        </Typography>
        {c.untrained ? (
          <>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 2 }}>
              {t('training.coverage.untrained')}
            </Typography>
            {c.untrained.length === 0 ? (
              <Alert severity="success">{t('training.coverage.allTrained')}</Alert>
            ) : (
              <List dense>
                {c.untrained.map((m) => (
                  <ListItem key={m.staffId} disableGutters data-testid="untrained-member">
                    {m.name} · {m.post}
                  </ListItem>
                ))}
              </List>
            )}
          </>
        ) : null}
        <Button href={exportUrl(topic, institutionId)} sx={{ mt: 1 }}>
          {t('training.coverage.export')}
        </Button>
      </CardContent>
    </Card>
  );
}

function Overview({ topic }: { topic: TrainingTopic }) {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(TrainingCoverageOverviewQuery, { variables: { topic } });
  const rows = data?.trainingCoverageOverview ?? [];
  return (
    <Stack spacing={1}>
      <Stack direction="row" sx={{ alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {t('training.coverage.overview')}
        </Typography>
        <Button href={exportUrl(topic)}>{t('training.coverage.export')}</Button>
      </Stack>
      {loading ? <LoadingState /> : null}
      {error ? <QueryError error={error} onRetry={() => void refetch()} /> : null}
      {data && rows.length === 0 ? (
        <Alert severity="info">{t('training.coverage.overviewEmpty')}</Alert>
      ) : null}
      {rows.map((r) => (
        <Card key={r.institutionId} variant="outlined" data-testid="coverage-row">
          <CardContent>
            <Typography sx={{ overflowWrap: 'anywhere' }}>{r.institutionName}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('training.coverage.figures', {
                audience: r.audienceCount,
                covered: r.coveredCount,
                share: percent(r.share),
              })}
            </Typography>
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
}
