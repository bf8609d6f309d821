import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import { CRIMINAL_FINDINGS, TEXT_LIMITS } from '@xiaohu/domain';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { VettingCheckKind } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormSelect, FormTextField } from '../../../shared/ui/form-fields';
import { useRecordVettingCheck } from '../hooks/use-record-vetting-check';
import { failureMessage } from '../lib/failure-message';
import { useStaffLabels } from '../lib/staff-labels';
import { todayInShanghai } from './form-fields';
import {
  CHECK_OUTCOMES,
  buildRecordCheckSchema,
  toRecordCheckInput,
  type RecordCheckFormValues,
} from './record-check-form.schema';
import { RuleText } from '../../../shared/rules/rule-info';
import { FormDate } from '../../../shared/ui/date-fields';

/**
 * Records one check result; `checks` are those the viewer's unit records (the server re-checks it).
 * With a check listed in `checksWithFindings` the recorder may also tick criminal findings (VET-6, VET-7).
 */
export function RecordCheckForm({
  staffId,
  checks,
  checksWithFindings,
  checkedBy,
  onRecorded,
}: {
  staffId: string;
  checks: readonly VettingCheckKind[];
  checksWithFindings: readonly VettingCheckKind[];
  checkedBy: string;
  onRecorded: () => void;
}) {
  const t = useT();
  const labels = useStaffLabels();
  const { recordCheck, isRecording } = useRecordVettingCheck();
  const [alert, setAlert] = useState<string | null>(null);
  const today = todayInShanghai();
  const schema = useMemo(() => buildRecordCheckSchema(today, checks), [today, checks]);
  const first = checks[0] ?? '';
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    reset,
    control,
    getFieldState,
    formState: { errors, isSubmitting },
  } = useForm<RecordCheckFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      check: first,
      outcome: '',
      checkedAt: today,
      checkedBy,
      system: first ? labels.checkSystem(first) : '',
      referenceNumber: '',
      findings: [],
    },
  });
  const outcome = watch('outcome');
  const findings = watch('findings');
  const mayRecordFindings = checksWithFindings.includes(watch('check') as VettingCheckKind);
  // The system consulted follows the check chosen, unless the user typed another one.
  const checkField = register('check', {
    onChange: (event: { target: { value: string } }) => {
      const chosen = event.target.value as VettingCheckKind;
      if (chosen && !getFieldState('system').isDirty) setValue('system', labels.checkSystem(chosen));
      if (!checksWithFindings.includes(chosen)) setValue('findings', []);
    },
  });

  const onSubmit = async (values: RecordCheckFormValues) => {
    setAlert(null);
    let result;
    try {
      result = await recordCheck(toRecordCheckInput(staffId, values, checksWithFindings));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (result.type) {
      case 'RECORDED':
        reset({ ...values, outcome: '', referenceNumber: '', findings: [] });
        onRecorded();
        return;
      case 'INVALID_INPUT':
      case 'NOT_FOUND':
      case 'NOT_RESPONSIBLE':
      case 'INVALID_STATE':
        setAlert(failureMessage(result, t, labels));
        return;
      default:
        assertNever(result);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="record-check-form">
      <ErrorAlert message={alert} testId="record-check-error" sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormSelect
            label={t('staff.recordCheck.check')}
            required
            registration={checkField}
            fieldError={errors.check}
            testId="check-kind"
            options={checks.map((value) => ({ value, label: labels.check(value) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormSelect
            label={t('staff.recordCheck.outcome')}
            required
            registration={register('outcome')}
            fieldError={errors.outcome}
            testId="check-outcome"
            placeholder="—"
            options={CHECK_OUTCOMES.map((value) => ({ value, label: labels.outcome(value) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormDate
            control={control}
            name="checkedAt"
            label={t('staff.recordCheck.checkedAt')}
            required
            testId="check-checked-at"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField
            label={t('staff.recordCheck.checkedBy')}
            required
            registration={register('checkedBy')}
            fieldError={errors.checkedBy}
            max={TEXT_LIMITS.checkedBy}
            testId="check-checked-by"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormTextField
            label={t('staff.recordCheck.reference')}
            required
            registration={register('referenceNumber')}
            fieldError={errors.referenceNumber}
            max={TEXT_LIMITS.referenceNumber}
            testId="check-reference"
          />
        </Grid>
        <Grid size={12}>
          <FormTextField
            label={t('staff.recordCheck.system')}
            required
            registration={register('system')}
            fieldError={errors.system}
            max={TEXT_LIMITS.checkSystem}
            testId="check-system"
          />
        </Grid>
        {mayRecordFindings ? (
          <Grid size={12}>
            <Controller
              control={control}
              name="findings"
              render={({ field }) => (
                <FormControl component="fieldset" data-testid="check-findings">
                  <FormLabel component="legend">{t('staff.recordCheck.findings')}</FormLabel>
                  <FormGroup>
                    {CRIMINAL_FINDINGS.map((finding) => (
                      <FormControlLabel
                        key={finding}
                        label={labels.finding(finding)}
                        control={
                          <Checkbox
                            checked={field.value.includes(finding)}
                            onChange={(event) =>
                              field.onChange(
                                event.target.checked
                                  ? [...field.value, finding]
                                  : field.value.filter((f) => f !== finding),
                              )
                            }
                            onBlur={field.onBlur}
                            slotProps={{ input: { 'data-testid': `check-finding-${finding}` } as object }}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                </FormControl>
              )}
            />
          </Grid>
        ) : null}
        {mayRecordFindings && findings.length > 0 ? (
          <Grid size={12}>
            <Alert severity="warning" data-testid="check-findings-warning">
              <RuleText>{t('staff.recordCheck.findingsWarning')}</RuleText>
            </Alert>
          </Grid>
        ) : null}
        {outcome === 'RECORD_FOUND' ? (
          <Grid size={12}>
            <Alert severity="warning">
              <RuleText>{t('staff.recordCheck.recordFoundWarning')}</RuleText>
            </Alert>
          </Grid>
        ) : null}
        <Grid size={12}>
          <Button type="submit" variant="contained" disabled={busy} data-testid="check-submit">
            {busy ? t('staff.form.saving') : t('staff.recordCheck.submit')}
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
