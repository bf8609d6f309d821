import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { BullyingStepStatus, BullyingStepsFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { CaseBullyingStepsQuery, RecordBullyingStepMutation } from '../bullying-steps.graphql';
import { fromBeijingInputValue, toBeijingInputValue } from '../forms/form-time';
import { CaseSection } from './case-section';

const NOTE_MAX = 2000;
const STATUS_COLOR: Record<BullyingStepStatus, 'success' | 'default' | 'error'> = {
  DONE: 'success',
  DUE: 'default',
  OVERDUE: 'error',
};

/**
 * PRV-10: a bullying case's handling steps with their time limits, and the form for the next one. The
 * server sends null for other categories and outside the case's need-to-know group: then nothing shows.
 */
export function BullyingStepsPanel({ caseId }: { caseId: string }) {
  const t = useT();
  const { data } = useQuery(CaseBullyingStepsQuery, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
  });
  const steps = data?.case?.bullyingSteps;
  if (!steps) return null;
  return (
    <CaseSection title={t('bullying.title')} hint={t('bullying.hint')} testId="case-bullying">
      <Stack component="ol" spacing={1} sx={{ pl: 2, mb: 2 }}>
        {steps.steps.map((s) => (
          <li key={s.step} data-testid={`bullying-step-${s.step}`}>
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
              <Typography sx={{ fontWeight: 600 }}>{t(`bullying.step.${s.step}`)}</Typography>
              <Chip
                size="small"
                color={STATUS_COLOR[s.status]}
                label={t(`bullying.status.${s.status}`)}
                data-testid="bullying-step-status"
              />
              {s.isLate ? <Chip size="small" color="warning" label={t('bullying.late')} /> : null}
              <Typography variant="body2" color="text.secondary">
                {s.completedAt
                  ? t('bullying.completedAt', { at: formatDateTimeShort(s.completedAt) })
                  : t('bullying.dueAt', { at: formatDateTimeShort(s.dueAt) })}
              </Typography>
            </Stack>
            {s.note ? (
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {s.note}
              </Typography>
            ) : null}
            {s.recordedBy ? (
              <Typography variant="caption" color="text.secondary">
                {t('bullying.recordedBy', { name: s.recordedBy })}
              </Typography>
            ) : null}
          </li>
        ))}
      </Stack>
      {steps.nextStep === null || steps.nextStep === undefined ? (
        <Typography color="text.secondary">{t('bullying.allDone')}</Typography>
      ) : steps.viewerCan.recordStep ? (
        <NextStepForm steps={steps} nextStep={steps.nextStep} />
      ) : null}
    </CaseSection>
  );
}

function NextStepForm({
  steps,
  nextStep,
}: {
  steps: BullyingStepsFieldsFragment;
  nextStep: NonNullable<BullyingStepsFieldsFragment['nextStep']>;
}) {
  const t = useT();
  const [completedAt, setCompletedAt] = useState(() => toBeijingInputValue(new Date()));
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordBullyingStepMutation, {
    refetchQueries: [CaseBullyingStepsQuery],
    awaitRefetchQueries: true,
  });
  const stepName = t(`bullying.step.${nextStep}`);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setAlert(null);
    setIsSaved(false);
    const at = fromBeijingInputValue(completedAt);
    if (!at || note.trim() === '' || note.length > NOTE_MAX) {
      setAlert(t('errorCode.VALIDATION_FAILED'));
      return;
    }
    try {
      const { data } = await record({
        variables: { input: { caseId: steps.caseId, step: nextStep, completedAt: at.toISOString(), note } },
      });
      const answer = data?.recordBullyingStep;
      if (answer && 'code' in answer) {
        setAlert(answer.message);
        return;
      }
      setNote('');
      setIsSaved(true);
    } catch {
      setAlert(t('errorCode.VALIDATION_FAILED'));
    }
  };
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-busy={loading} data-testid="bullying-step-form">
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <Typography variant="subtitle1" component="h3">
          {t('bullying.form.title', { step: stepName })}
        </Typography>
        <ErrorAlert message={alert} testId="bullying-step-error" />
        {isSaved ? (
          <Alert severity="success" role="status">
            {t('bullying.form.saved')}
          </Alert>
        ) : null}
        <TextField
          id="bullying-completed-at"
          label={t('bullying.form.completedAt')}
          type="datetime-local"
          required
          value={completedAt}
          onChange={(e) => setCompletedAt(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'bullying-completed-at' } }}
        />
        <TextField
          id="bullying-note"
          label={t('bullying.form.note')}
          helperText={t('bullying.form.noteHint', { max: NOTE_MAX })}
          required
          multiline
          minRows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'bullying-note', maxLength: NOTE_MAX } }}
        />
        <Button type="submit" variant="contained" disabled={loading} sx={{ alignSelf: 'flex-start' }}>
          {t('bullying.form.submit', { step: stepName })}
        </Button>
      </Stack>
    </form>
  );
}
