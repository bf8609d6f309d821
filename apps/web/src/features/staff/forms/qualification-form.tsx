import { TEXT_LIMITS } from '@xiaohu/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormSelect, FormTextField } from '../../../shared/ui/form-fields';
import { useRecordQualification } from '../hooks/use-record-qualification';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import { todayInShanghai } from './form-fields';
import {
  QUALIFICATION_KINDS,
  buildQualificationSchema,
  toQualificationInput,
  type QualificationFormValues,
} from './qualification-form.schema';
import { FormDate } from '../../../shared/ui/date-fields';

export function QualificationForm({ staffId, onRecorded }: { staffId: string; onRecorded: () => void }) {
  const t = useT();
  const labels = useStaffLabels();
  const { recordQualification, isRecording } = useRecordQualification();
  const [alert, setAlert] = useState<string | null>(null);
  const today = todayInShanghai();
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<QualificationFormValues>({
    resolver: zodResolver(buildQualificationSchema(today)),
    defaultValues: { kind: '', number: '', issuedAt: '' },
  });

  const onSubmit = async (values: QualificationFormValues) => {
    setAlert(null);
    let result;
    try {
      result = await recordQualification(toQualificationInput(staffId, values));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (result.type) {
      case 'RECORDED':
        reset();
        onRecorded();
        return;
      case 'INVALID_INPUT':
      case 'NOT_FOUND':
      case 'FORBIDDEN':
        setAlert(failureMessage(result, t, labels));
        return;
      default:
        assertNever(result);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="qualification-form">
      <ErrorAlert message={alert} sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelect
            label={t('staff.qualifications.kind')}
            required
            registration={register('kind')}
            fieldError={errors.kind}
            testId="qualification-kind"
            placeholder="—"
            options={QUALIFICATION_KINDS.map((value) => ({ value, label: labels.qualification(value) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField
            label={t('staff.qualifications.number')}
            required
            registration={register('number')}
            fieldError={errors.number}
            max={TEXT_LIMITS.qualificationNumber}
            testId="qualification-number"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDate
            control={control}
            name="issuedAt"
            label={t('staff.qualifications.issuedAt')}
            required
            testId="qualification-issued-at"
          />
        </Grid>
        <Grid size={12}>
          <Button type="submit" variant="outlined" disabled={busy} data-testid="qualification-submit">
            {busy ? t('staff.form.saving') : t('staff.qualifications.add')}
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
