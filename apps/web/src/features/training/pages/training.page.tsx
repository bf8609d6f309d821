import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Container from '@mui/material/Container';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { paths } from '../../../app/paths';
import type { TrainingTopic } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort, startOfDayInstant } from '../../../shared/lib/dates';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import {
  RecordTrainingSessionMutation,
  TrainingSessionsQuery,
  TrainingViewerQuery,
} from '../training.graphql';
import { toTrainingOutcome, trainingRefusalKey } from '../training-outcome';
import { DateInput } from '../../../shared/ui/date-fields';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

export const TOPICS: readonly TrainingTopic[] = [
  'LAW_AND_ETHICS',
  'STAFF_MENTAL_HEALTH',
  'BULLYING_PREVENTION_FOR_HEAD_TEACHERS',
];

/** PRV-5, PRV-9, PRV-10: record a session (organisers) and the sessions the viewer reads. */
export function TrainingPage() {
  const t = useT();
  const viewer = useQuery(TrainingViewerQuery);
  const sessions = useQuery(TrainingSessionsQuery, { variables: { topic: null } });
  const canRecord = viewer.data?.trainingViewer.canRecordSession ?? false;
  return (
    <Container maxWidth="lg" sx={{ py: 3 }} id="main">
      <PageHeader
        title={t('training.title')}
        subtitle={t('training.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.trainingCoverage()} data-testid="training-coverage-link">
            {t('training.coverageLink')}
          </Button>
        }
      />
      {canRecord ? <RecordSessionForm /> : null}
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {t('training.sessions')}
      </Typography>
      {sessions.loading ? <LoadingState /> : null}
      {sessions.error ? <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      {sessions.data && sessions.data.trainingSessions.length === 0 ? (
        <Alert severity="info">{t('training.empty')}</Alert>
      ) : null}
      <Stack spacing={1}>
        {sessions.data?.trainingSessions.map((s) => (
          <Card key={s.id} variant="outlined" data-testid="training-session">
            <CardActionArea component={RouterLink} to={paths.trainingSession(s.id)}>
              <CardContent>
                <Typography variant="subtitle1">{t(`training.topic.${s.topic}`)}</Typography>
                <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
                  {formatDateTimeShort(s.heldAt as string)} · {s.trainer} ·{' '}
                  {s.organiserInstitutionName ?? s.organiserUnit} ·{' '}
                  {t('training.attendees', { count: s.attendeeCount })}
                </Typography>
              </CardContent>
            </CardActionArea>
          </Card>
        ))}
      </Stack>
    </Container>
  );
}

function RecordSessionForm() {
  const t = useT();
  const navigate = useNavigate();
  const [topic, setTopic] = useState<TrainingTopic>('LAW_AND_ETHICS');
  const [day, setDay] = useState('');
  const [trainer, setTrainer] = useState('');
  const [materials, setMaterials] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordTrainingSessionMutation, {
    refetchQueries: [TrainingSessionsQuery],
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const { data } = await record({
      variables: {
        input: { topic, heldAt: startOfDayInstant(day), trainer, materials: materials || null },
      },
    });
    if (!data) return;
    const outcome = toTrainingOutcome(data.recordTrainingSession);
    if (outcome.type === 'SAVED') void navigate(paths.trainingSession(outcome.id));
    else setMessage(t(trainingRefusalKey(outcome)));
  };
  return (
    <Card variant="outlined">
      <CardContent component="form" onSubmit={(e) => void submit(e)} aria-label={t('training.record')}>
        <Stack spacing={2}>
          <TextField
            select
            label={t('training.topic')}
            value={topic}
            onChange={(e) => setTopic(e.target.value as TrainingTopic)}
            slotProps={{ htmlInput: { 'data-testid': 'training-topic' } }}
          >
            {TOPICS.map((value) => (
              <MenuItem key={value} value={value}>
                {t(`training.topic.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <DateInput
            kind="day"
            required
            label={t('training.heldAt')}
            value={day}
            onChange={setDay}
            testId="training-held-at"
            fullWidth={false}
          />
          <TextField
            required
            label={t('training.trainer')}
            value={trainer}
            onChange={(e) => setTrainer(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 60, 'data-testid': 'training-trainer' } }}
          />
          <LimitedTextField
            multiline
            minRows={2}
            label={t('training.materials')}
            value={materials}
            onChange={(e) => setMaterials(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 1000 } }}
          />
          {message ? (
            <Alert severity="error" data-testid="training-refused">
              {message}
            </Alert>
          ) : null}
          <Button
            type="submit"
            variant="contained"
            disabled={loading || !day || !trainer.trim()}
            data-testid="training-record"
          >
            {t('training.record')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
}
