import { TEXT_LIMITS } from '@xiaohu/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormTextField, FormTextArea } from '../../../shared/ui/form-fields';
import { useRecordInterview } from '../hooks/use-record-interview';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import { todayInShanghai } from './form-fields';
import { buildInterviewSchema, toInterviewInput, type InterviewFormValues } from './interview-form.schema';
import { FormDate } from '../../../shared/ui/date-fields';

export function InterviewForm({
  staffId,
  interviewer,
  onRecorded,
}: {
  staffId: string;
  interviewer: string;
  onRecorded: () => void;
}) {
  const t = useT();
  const labels = useStaffLabels();
  const { recordInterview, isRecording } = useRecordInterview();
  const [alert, setAlert] = useState<string | null>(null);
  const today = todayInShanghai();
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<InterviewFormValues>({
    resolver: zodResolver(buildInterviewSchema(today)),
    defaultValues: { interviewedAt: today, interviewer, notes: '' },
  });

  const onSubmit = async (values: InterviewFormValues) => {
    setAlert(null);
    let result;
    try {
      result = await recordInterview(toInterviewInput(staffId, values));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (result.type) {
      case 'RECORDED':
        reset({ interviewedAt: today, interviewer, notes: '' });
        onRecorded();
        return;
      case 'INVALID_INPUT':
      case 'NOT_FOUND':
      case 'INVALID_STATE':
      case 'FORBIDDEN':
        setAlert(failureMessage(result, t, labels));
        return;
      default:
        assertNever(result);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="interview-form">
      <ErrorAlert message={alert} sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDate
            control={control}
            name="interviewedAt"
            label={t('staff.interviews.interviewedAt')}
            required
            testId="interview-date"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <FormTextField
            label={t('staff.interviews.interviewer')}
            required
            registration={register('interviewer')}
            fieldError={errors.interviewer}
            max={TEXT_LIMITS.interviewer}
            testId="interview-interviewer"
          />
        </Grid>
        <Grid size={12}>
          <FormTextArea
            control={control}
            label={t('staff.interviews.notes')}
            minRows={2}
            registration={register('notes')}
            fieldError={errors.notes}
            testId="interview-notes"
            max={TEXT_LIMITS.interviewNotes}
          />
        </Grid>
        <Grid size={12}>
          <Button type="submit" variant="outlined" disabled={busy} data-testid="interview-submit">
            {busy ? t('staff.form.saving') : t('staff.interviews.add')}
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
