import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import { useMemo, useState, type ComponentProps } from 'react';
import { Controller, useForm, type Control } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { FormTextArea } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useRecordWelfareNote } from '../hooks/use-record-welfare-note';
import {
  buildWelfareNoteFormSchema,
  emptyWelfareNoteValues,
  toRecordWelfareNoteInput,
  WELFARE_NOTE_MAX,
  type WelfareNoteFormValues,
} from './welfare-note-form.schema';
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';
import { FormDateTime } from '../../../shared/ui/date-fields';

const systemNow = () => new Date();

/** REP-10: a psychological concern about the child, when the guardian was told, whether 休学 was arranged. */
export function WelfareNoteForm({ caseId, now = systemNow }: { caseId: string; now?: () => Date }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { recordWelfareNote, isRecording } = useRecordWelfareNote();
  const [alert, setAlert] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const schema = useMemo(() => buildWelfareNoteFormSchema(now), [now]);
  const {
    control,
    register,
    handleSubmit,
    reset,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<WelfareNoteFormValues>({
    resolver: zodResolver(schema),
    defaultValues: emptyWelfareNoteValues(now()),
  });
  const isGuardianTold = watch('isGuardianTold');

  const onSubmit = async (values: WelfareNoteFormValues) => {
    setAlert(null);
    setIsSaved(false);
    let outcome;
    try {
      outcome = await recordWelfareNote(toRecordWelfareNoteInput(caseId, values));
    } catch (error) {
      setAlert(thrownMessage(error, t));
      return;
    }
    switch (outcome.type) {
      case 'DONE':
        // Notes are append-only: the returned case lists this one, and the form is ready for the next.
        reset(emptyWelfareNoteValues(now()));
        setIsSaved(true);
        return;
      case 'INVALID_INPUT':
        if (outcome.field === 'guardianToldAt') {
          setError('guardianToldAt', { message: 'incidents.validation.guardianToldInFuture' });
        } else if (outcome.field === 'concernNote') {
          setError('concernNote', { message: 'errorCode.VALIDATION_FAILED' });
        }
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      case 'NOT_FOUND':
      case 'FORBIDDEN':
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="welfare-note-form">
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <ErrorAlert message={alert} testId="welfare-note-error" />
        {isSaved ? (
          <Alert severity="success" role="status">
            {t('incidents.case.saved')}
          </Alert>
        ) : null}
        <FormTextArea
          control={control}
          id="welfare-concern-note"
          label={t('incidents.welfare.form.concernNote')}
          helperText={t('incidents.welfare.form.concernNoteHint', { max: WELFARE_NOTE_MAX })}
          required
          minRows={3}
          registration={register('concernNote')}
          fieldError={errors.concernNote}
          max={WELFARE_NOTE_MAX}
          testId="welfare-concern-note"
        />
        <CheckboxField
          control={control}
          name="isGuardianTold"
          label={t('incidents.welfare.form.isGuardianTold')}
          testId="welfare-is-guardian-told"
        />
        {isGuardianTold ? (
          <FormDateTime
            control={control}
            name="guardianToldAt"
            id="welfare-guardian-told-at"
            label={t('incidents.welfare.form.guardianToldAt')}
            required
            testId="welfare-guardian-told-at"
          />
        ) : null}
        <CheckboxField
          control={control}
          name="isStudySuspended"
          label={t('incidents.welfare.form.isStudySuspended')}
          testId="welfare-is-study-suspended"
        />
        <StickyActionBar testId="welfare-note-actions">
          <Button type="submit" variant="contained" disabled={busy} data-testid="welfare-note-submit">
            {busy ? t('incidents.welfare.form.submitting') : t('incidents.welfare.form.submit')}
          </Button>
        </StickyActionBar>
      </Stack>
    </form>
  );
}

function CheckboxField({
  control,
  name,
  label,
  testId,
}: {
  control: Control<WelfareNoteFormValues>;
  name: 'isGuardianTold' | 'isStudySuspended';
  label: string;
  testId: string;
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          control={
            <Checkbox
              checked={field.value}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              slotProps={{ input: { ref: field.ref, 'data-testid': testId } as ComponentProps<'input'> }}
            />
          }
        />
      )}
    />
  );
}
