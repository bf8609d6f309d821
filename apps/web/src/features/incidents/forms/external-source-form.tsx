import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormMenuSelect, FormTextArea } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useRecordExternalSource } from '../hooks/use-record-external-source';
import {
  buildExternalSourceFormSchema,
  EXTERNAL_NOTE_MAX,
  EXTERNAL_SOURCE_OPTIONS,
  toRecordExternalSourceInput,
  type ExternalSourceFormValues,
} from './external-source-form.schema';
import { toBeijingInputValue } from './form-time';
import { FormDateTime } from '../../../shared/ui/date-fields';

const systemNow = () => new Date();

/** REP-8: the district learned of this case from the police, a tip, a parent… (瞒报 when the school never reported). */
export function ExternalSourceForm({ caseId, now = systemNow }: { caseId: string; now?: () => Date }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { recordExternalSource, isRecording } = useRecordExternalSource();
  const [alert, setAlert] = useState<{ severity: 'error' | 'success'; text: string } | null>(null);
  const schema = useMemo(() => buildExternalSourceFormSchema(now), [now]);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ExternalSourceFormValues>({
    resolver: zodResolver(schema),
    defaultValues: { source: '', learnedAt: toBeijingInputValue(now()), note: '' },
  });

  const onSubmit = async (values: ExternalSourceFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await recordExternalSource(toRecordExternalSourceInput(caseId, values));
    } catch (error) {
      setAlert({ severity: 'error', text: thrownMessage(error, t) });
      return;
    }
    switch (outcome.type) {
      case 'DONE':
        reset({ source: '', learnedAt: toBeijingInputValue(now()), note: '' });
        setAlert({ severity: 'success', text: t('incidents.case.saved') });
        return;
      case 'TIME_REFUSED':
        setError('learnedAt', { message: 'incidents.validation.timeInFuture' });
        setAlert({ severity: 'error', text: outcomeMessage(outcome, t, labels) ?? '' });
        return;
      case 'INVALID_INPUT':
      case 'NOT_FOUND':
      case 'FORBIDDEN':
        setAlert({ severity: 'error', text: outcomeMessage(outcome, t, labels) ?? '' });
        return;
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="external-source-form">
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        {alert ? (
          <Alert severity={alert.severity} role={alert.severity === 'error' ? 'alert' : 'status'}>
            {alert.text}
          </Alert>
        ) : null}
        <FormMenuSelect
          control={control}
          name="source"
          id="external-source"
          label={t('incidents.external.source')}
          options={EXTERNAL_SOURCE_OPTIONS.map((value) => ({ value, label: labels.source(value) }))}
        />
        <FormDateTime
          control={control}
          name="learnedAt"
          id="external-learned-at"
          label={t('incidents.external.learnedAt')}
          required
        />
        <FormTextArea
          control={control}
          id="external-note"
          label={t('incidents.external.note')}
          minRows={2}
          registration={register('note')}
          fieldError={errors.note}
          max={EXTERNAL_NOTE_MAX}
          testId="external-note"
        />
        <Button type="submit" variant="outlined" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
          {busy ? t('incidents.external.submitting') : t('incidents.external.submit')}
        </Button>
      </Stack>
    </form>
  );
}
