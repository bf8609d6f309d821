import { zodResolver } from '@hookform/resolvers/zod';
import { EMPLOYMENT_TYPES, STAFF_ROLES, TEXT_LIMITS } from '@xiaohu/domain';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { StaffMemberFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { validationMessageKey } from '../../../shared/lib/validation-message';
import { FormSelect, FormTextField } from '../../../shared/ui/form-fields';
import { useAddStaffCandidate } from '../hooks/use-add-staff-candidate';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import {
  EMPTY_CANDIDATE,
  addCandidateFormSchema,
  toAddCandidateInput,
  type AddCandidateFormValues,
} from './add-candidate-form.schema';
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';
import { FormDate } from '../../../shared/ui/date-fields';

const FIELDS = ['name', 'idNumber', 'phone', 'role', 'employmentType', 'post', 'startedAt'] as const;

export function AddCandidateForm({ onAdded }: { onAdded: (staff: StaffMemberFieldsFragment) => void }) {
  const t = useT();
  const labels = useStaffLabels();
  const { addCandidate, isAdding } = useAddStaffCandidate();
  const [alert, setAlert] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddCandidateFormValues>({
    resolver: zodResolver(addCandidateFormSchema),
    defaultValues: EMPTY_CANDIDATE,
  });

  const onSubmit = async (values: AddCandidateFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await addCandidate(toAddCandidateInput(values));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (outcome.type) {
      case 'ADDED':
        onAdded(outcome.staff);
        return;
      case 'DUPLICATE':
        setError('idNumber', { message: 'staff.form.duplicate' });
        return;
      case 'FORBIDDEN':
        setAlert(failureMessage(outcome, t, labels));
        return;
      case 'INVALID_INPUT': {
        const field = FIELDS.find((name) => name === outcome.field);
        if (field)
          setError(field, {
            message:
              field === 'idNumber'
                ? 'staff.validation.idCheckDigit'
                : validationMessageKey(outcome.textProblem),
          });
        else setAlert(failureMessage(outcome, t, labels));
        return;
      }
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isAdding;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="add-candidate-form">
      <ErrorAlert message={alert} testId="add-candidate-error" sx={{ mb: 2 }} />
      <Grid container spacing={2.5}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            label={t('staff.form.name')}
            required
            registration={register('name')}
            fieldError={errors.name}
            max={TEXT_LIMITS.staffName}
            testId="candidate-name"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            label={t('staff.form.idNumber')}
            required
            registration={register('idNumber')}
            fieldError={errors.idNumber}
            testId="candidate-id-number"
            autoComplete="off"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            label={t('staff.form.phone')}
            required
            type="tel"
            registration={register('phone')}
            fieldError={errors.phone}
            testId="candidate-phone"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelect
            label={t('staff.form.role')}
            required
            registration={register('role')}
            fieldError={errors.role}
            testId="candidate-role"
            placeholder="—"
            options={STAFF_ROLES.map((role) => ({ value: role, label: labels.role(role) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormSelect
            label={t('staff.form.employmentType')}
            required
            registration={register('employmentType')}
            fieldError={errors.employmentType}
            testId="candidate-employment-type"
            placeholder="—"
            options={EMPLOYMENT_TYPES.map((type) => ({ value: type, label: labels.employment(type) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormTextField
            label={t('staff.form.post')}
            required
            placeholder={t('staff.form.postPlaceholder')}
            registration={register('post')}
            fieldError={errors.post}
            max={TEXT_LIMITS.post}
            testId="candidate-post"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormDate
            control={control}
            name="startedAt"
            label={t('staff.form.startedAt')}
            testId="candidate-started-at"
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }} sx={{ display: 'flex', alignItems: 'center' }}>
          <Controller
            control={control}
            name="hasStudentAccess"
            render={({ field }) => (
              <FormControlLabel
                label={t('staff.form.hasStudentAccess')}
                control={
                  <Checkbox
                    checked={field.value}
                    onChange={(event) => field.onChange(event.target.checked)}
                    onBlur={field.onBlur}
                    slotProps={{ input: { 'data-testid': 'candidate-student-access' } as object }}
                  />
                }
              />
            )}
          />
        </Grid>
        <Grid size={12} sx={{ position: 'sticky', bottom: 0, zIndex: 1 }}>
          <StickyActionBar testId="candidate-actions">
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={busy}
              data-testid="candidate-submit"
            >
              {busy ? t('staff.form.submitting') : t('staff.form.submit')}
            </Button>
          </StickyActionBar>
        </Grid>
      </Grid>
    </form>
  );
}
