import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { BullyingStepStatus, BullyingStepsFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { FormTextArea } from '../../../shared/ui/form-fields';
import { CaseBullyingStepsQuery, RecordBullyingStepMutation } from '../bullying-steps.graphql';
import {
  BULLYING_NOTE_MAX,
  bullyingStepFormSchema,
  type BullyingStepFormValues,
} from '../forms/bullying-step-form.schema';
import { fromBeijingInputValue, toBeijingInputValue } from '../forms/form-time';
import { thrownMessage } from '../hooks/outcome-message';
import { CaseSection } from './case-section';
import { FormDateTime } from '../../../shared/ui/date-fields';

const systemNow = () => new Date();
const STATUS_COLOR: Record<BullyingStepStatus, 'success' | 'default' | 'error'> = {
  DONE: 'success',
  DUE: 'default',
  OVERDUE: 'error',
};

/**
 * PRV-10: a bullying case's handling steps with their time limits, and the form for the next one. The
 * server sends null for other categories and outside the case's need-to-know group: then nothing shows.
 */
export function BullyingStepsPanel({ caseId, now = systemNow }: { caseId: string; now?: () => Date }) {
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
        <NextStepForm steps={steps} nextStep={steps.nextStep} now={now} />
      ) : null}
    </CaseSection>
  );
}

/** PRV-10: the next step's time and what was done (a counter, refused over the limit, never cut short). */
export function NextStepForm({
  steps,
  nextStep,
  now = systemNow,
}: {
  steps: BullyingStepsFieldsFragment;
  nextStep: NonNullable<BullyingStepsFieldsFragment['nextStep']>;
  now?: () => Date;
}) {
  const t = useT();
  const [alert, setAlert] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordBullyingStepMutation, {
    refetchQueries: [CaseBullyingStepsQuery],
    awaitRefetchQueries: true,
  });
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<BullyingStepFormValues>({
    resolver: zodResolver(bullyingStepFormSchema),
    defaultValues: { completedAt: toBeijingInputValue(now()), note: '' },
  });
  const stepName = t(`bullying.step.${nextStep}`);
  const onSubmit = async (values: BullyingStepFormValues) => {
    setAlert(null);
    setIsSaved(false);
    try {
      const { data } = await record({
        variables: {
          input: {
            caseId: steps.caseId,
            step: nextStep,
            completedAt: fromBeijingInputValue(values.completedAt)!.toISOString(),
            note: values.note,
          },
        },
      });
      const answer = data?.recordBullyingStep;
      if (answer && 'code' in answer) {
        setAlert(answer.message);
        return;
      }
      reset({ completedAt: toBeijingInputValue(now()), note: '' });
      setIsSaved(true);
    } catch (error) {
      setAlert(thrownMessage(error, t));
    }
  };
  const busy = isSubmitting || loading;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="bullying-step-form">
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
        <FormDateTime
          control={control}
          name="completedAt"
          id="bullying-completed-at"
          label={t('bullying.form.completedAt')}
          required
          testId="bullying-completed-at"
        />
        <FormTextArea
          control={control}
          id="bullying-note"
          label={t('bullying.form.note')}
          helperText={t('bullying.form.noteHint', { max: BULLYING_NOTE_MAX })}
          required
          minRows={3}
          registration={register('note')}
          fieldError={errors.note}
          max={BULLYING_NOTE_MAX}
          testId="bullying-note"
        />
        <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
          {t('bullying.form.submit', { step: stepName })}
        </Button>
      </Stack>
    </form>
  );
}
