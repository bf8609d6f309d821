import { TEXT_LIMITS } from '@xiaohu/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Grid from '@mui/material/Grid';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { MisconductOutcome, MisconductSeverity } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { FormSelect, FormTextArea } from '../../../shared/ui/form-fields';
import { useDecideMisconduct } from '../hooks/use-decide-misconduct';
import { failureMessage } from '../lib/failure-message';
import { formatDate } from '../lib/format';
import { useStaffLabels } from '../lib/staff-labels';
import { AllowedMisconductOutcomesQuery } from '../staff.graphql';
import { todayInShanghai } from './form-fields';
import {
  MISCONDUCT_SEVERITIES,
  buildDecideMisconductSchema,
  toDecideMisconductInput,
  type DecideMisconductFormValues,
} from './misconduct-form.schema';
import { FormDate } from '../../../shared/ui/date-fields';

/** VET-11: the outcomes offered are those the rules allow for the facts entered; mandatory ones are always chosen. */
export function DecideMisconductForm({
  staffId,
  caseId,
  openedAt,
}: {
  staffId: string;
  caseId: string;
  openedAt: string;
}) {
  const t = useT();
  const labels = useStaffLabels();
  const { decide, isDeciding } = useDecideMisconduct();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState<DecideMisconductFormValues | null>(null);
  const today = todayInShanghai();
  const {
    register,
    control,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<DecideMisconductFormValues>({
    resolver: zodResolver(buildDecideMisconductSchema(today, formatDate(openedAt))),
    defaultValues: {
      investigation: '',
      factsVerified: false,
      severity: 'MISCONDUCT',
      involvesCrime: false,
      outcomes: [],
      proposedAt: today,
      decidedAt: today,
    },
  });
  const factsVerified = watch('factsVerified');
  const severity = watch('severity') as MisconductSeverity;
  const involvesCrime = watch('involvesCrime');
  const { data } = useQuery(AllowedMisconductOutcomesQuery, {
    variables: { staffId, factsVerified, severity, involvesCrime },
  });
  const allowed = data?.staffMember?.misconductCases.find((c) => c.id === caseId)?.allowedOutcomes;
  const options = allowed?.options ?? [];
  const mandatory = options.filter((o) => o.isMandatory).map((o) => o.outcome);

  // What is sent: the choices the rules still allow, plus every mandatory outcome.
  const effectiveOutcomes = (chosen: string[]): MisconductOutcome[] => [
    ...new Set([...mandatory, ...options.map((o) => o.outcome).filter((o) => chosen.includes(o))]),
  ];

  const confirm = async () => {
    if (!pending) return;
    const values = { ...pending, outcomes: effectiveOutcomes(pending.outcomes) };
    setPending(null);
    setAlert(null);
    let result;
    try {
      result = await decide(toDecideMisconductInput(caseId, openedAt, values));
    } catch {
      setAlert(t('staff.form.networkError'));
      return;
    }
    switch (result.type) {
      case 'DECIDED':
        return;
      case 'OUTCOME_NOT_ALLOWED':
        setAlert(failureMessage(result, t, labels));
        return;
      case 'NOT_FOUND':
        setAlert(failureMessage({ type: 'CASE_NOT_FOUND' }, t, labels));
        return;
      case 'INVALID_INPUT':
      case 'INVALID_STATE':
      case 'FORBIDDEN':
        setAlert(failureMessage(result, t, labels));
        return;
      default:
        assertNever(result);
    }
  };

  return (
    <form
      noValidate
      onSubmit={handleSubmit((values) => setPending(values))}
      aria-busy={isDeciding}
      data-testid="decide-misconduct-form"
    >
      <ErrorAlert message={alert} testId="decide-misconduct-error" sx={{ mb: 2 }} />
      <Grid container spacing={2}>
        <Grid size={12}>
          <FormTextArea
            control={control}
            label={t('staff.misconduct.investigation')}
            required
            minRows={2}
            registration={register('investigation')}
            fieldError={errors.investigation}
            testId="misconduct-investigation"
            max={TEXT_LIMITS.misconductInvestigation}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <FormSelect
            label={t('staff.misconduct.severity')}
            required
            registration={register('severity')}
            fieldError={errors.severity}
            testId="misconduct-severity"
            options={MISCONDUCT_SEVERITIES.map((value) => ({ value, label: labels.severity(value) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 8 }} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          {(['factsVerified', 'involvesCrime'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <FormControlLabel
                  label={t(
                    name === 'factsVerified'
                      ? 'staff.misconduct.factsVerified'
                      : 'staff.misconduct.involvesCrime',
                  )}
                  control={
                    <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />
                  }
                />
              )}
            />
          ))}
        </Grid>
        <Grid size={12}>
          <FormLabel component="legend">{t('staff.misconduct.outcomes')}</FormLabel>
          {allowed?.isInvestigationNeeded ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              {t('staff.misconduct.investigateFirst')}
            </Alert>
          ) : allowed && options.length === 0 ? (
            <Alert severity="info" sx={{ mt: 1 }}>
              {t('staff.misconduct.noOptions')}
            </Alert>
          ) : (
            <Controller
              control={control}
              name="outcomes"
              render={({ field }) => (
                <FormGroup row data-testid="misconduct-outcomes">
                  {options.map((option) => (
                    <FormControlLabel
                      key={option.outcome}
                      label={`${labels.misconductOutcome(option.outcome)}${option.isMandatory ? `（${t('staff.misconduct.mandatory')}）` : ''} · ${option.ruleId}`}
                      control={
                        <Checkbox
                          checked={option.isMandatory || field.value.includes(option.outcome)}
                          disabled={option.isMandatory}
                          onChange={(e) =>
                            field.onChange(
                              e.target.checked
                                ? [...field.value, option.outcome]
                                : field.value.filter((o) => o !== option.outcome),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
              )}
            />
          )}
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormDate
            control={control}
            name="proposedAt"
            label={t('staff.misconduct.proposedAt')}
            required
            testId="misconduct-proposed-at"
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FormDate
            control={control}
            name="decidedAt"
            label={t('staff.misconduct.decidedAt')}
            required
            testId="misconduct-decided-at"
          />
        </Grid>
        <Grid size={12}>
          <Button
            type="submit"
            variant="contained"
            color="warning"
            disabled={isDeciding || !allowed || allowed.isInvestigationNeeded || options.length === 0}
            data-testid="misconduct-decide"
          >
            {isDeciding ? t('staff.form.saving') : t('staff.misconduct.decide')}
          </Button>
        </Grid>
      </Grid>
      <ConfirmDialog
        open={pending !== null}
        title={t('staff.misconduct.confirmTitle')}
        body={t('staff.misconduct.confirmBody', {
          outcomes:
            effectiveOutcomes(pending?.outcomes ?? [])
              .map(labels.misconductOutcome)
              .join('、') || '—',
        })}
        busy={isDeciding}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        testId="decide-misconduct-dialog"
      />
    </form>
  );
}
