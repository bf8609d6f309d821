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
import { useOpenMisconductCase } from '../hooks/use-open-misconduct-case';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import {
  INCIDENT_ID_MAX,
  openMisconductSchema,
  toOpenMisconductInput,
  type OpenMisconductFormValues,
} from './misconduct-form.schema';

export function OpenMisconductForm({ staffId, onOpened }: { staffId: string; onOpened: () => void }) {
  const t = useT();
  const labels = useStaffLabels();
  const { openCase, isOpening } = useOpenMisconductCase();
  const [alert, setAlert] = useState<string | null>(null);
  const {
    control,
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<OpenMisconductFormValues>({
    resolver: zodResolver(openMisconductSchema),
    defaultValues: { facts: '', incidentId: '' },
  });

  const onSubmit = async (values: OpenMisconductFormValues) => {
    setAlert(null);
    let result;
    try {
      result = await openCase(toOpenMisconductInput(staffId, values));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (result.type) {
      case 'OPENED':
        reset();
        onOpened();
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

  const busy = isSubmitting || isOpening;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="open-misconduct-form">
      <ErrorAlert message={alert} sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={12}>
          <FormTextArea
            control={control}
            label={t('staff.misconduct.facts')}
            required
            minRows={3}
            registration={register('facts')}
            fieldError={errors.facts}
            testId="misconduct-facts"
            max={TEXT_LIMITS.misconductFacts}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormTextField
            label={t('staff.misconduct.incidentId')}
            registration={register('incidentId')}
            fieldError={errors.incidentId}
            max={INCIDENT_ID_MAX}
            testId="misconduct-incident"
          />
        </Grid>
        <Grid size={12}>
          <Button
            type="submit"
            variant="outlined"
            color="warning"
            disabled={busy}
            data-testid="misconduct-open-submit"
          >
            {busy ? t('staff.form.saving') : t('staff.misconduct.open')}
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
