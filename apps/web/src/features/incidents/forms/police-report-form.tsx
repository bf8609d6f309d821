import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormTextField } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import { useRecordPoliceReport } from '../hooks/use-record-police-report';
import { toBeijingInputValue } from './form-time';
import {
  buildPoliceReportFormSchema,
  POLICE_FIELD_MAX,
  toRecordPoliceReportInput,
  type PoliceReportFormValues,
} from './police-report-form.schema';
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';
import { FormDateTime } from '../../../shared/ui/date-fields';

const systemNow = () => new Date();

/** REP-3: when, where and under which number the police took the report. */
export function PoliceReportForm({ caseId, now = systemNow }: { caseId: string; now?: () => Date }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { recordPoliceReport, isRecording } = useRecordPoliceReport();
  const [alert, setAlert] = useState<string | null>(null);
  const schema = useMemo(() => buildPoliceReportFormSchema(now), [now]);
  const {
    control,
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<PoliceReportFormValues>({
    resolver: zodResolver(schema),
    defaultValues: {
      reportedAt: toBeijingInputValue(now()),
      policeStation: '',
      receiptNumber: '',
      officerName: '',
    },
  });

  const onSubmit = async (values: PoliceReportFormValues) => {
    setAlert(null);
    let outcome;
    try {
      outcome = await recordPoliceReport(toRecordPoliceReportInput(caseId, values));
    } catch (error) {
      setAlert(thrownMessage(error, t));
      return;
    }
    switch (outcome.type) {
      case 'DONE':
        // The returned case replaces this form with the recorded report.
        return;
      case 'TIME_REFUSED':
        setError('reportedAt', { message: 'incidents.validation.timeInFuture' });
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      case 'INVALID_INPUT':
        if (
          outcome.field === 'policeStation' ||
          outcome.field === 'receiptNumber' ||
          outcome.field === 'officerName'
        ) {
          setError(outcome.field, { message: 'errorCode.VALIDATION_FAILED' });
        }
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      case 'NOT_FOUND':
      case 'FORBIDDEN':
      case 'REFUSED':
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      default:
        assertNever(outcome);
    }
  };

  const busy = isSubmitting || isRecording;
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} aria-busy={busy} data-testid="police-report-form">
      <Stack spacing={2} sx={{ maxWidth: 560 }}>
        <ErrorAlert message={alert} testId="police-report-error" />
        <FormDateTime
          control={control}
          name="reportedAt"
          id="police-reported-at"
          label={t('incidents.police.reportedAt')}
          required
          testId="police-reported-at"
        />
        <FormTextField
          id="police-station"
          label={t('incidents.police.station')}
          required
          registration={register('policeStation')}
          fieldError={errors.policeStation}
          max={POLICE_FIELD_MAX.policeStation}
          testId="police-station"
        />
        <FormTextField
          id="police-receipt-number"
          label={t('incidents.police.receiptNumber')}
          required
          registration={register('receiptNumber')}
          fieldError={errors.receiptNumber}
          max={POLICE_FIELD_MAX.receiptNumber}
          testId="police-receipt-number"
        />
        <FormTextField
          id="police-officer-name"
          label={t('incidents.police.officerName')}
          registration={register('officerName')}
          fieldError={errors.officerName}
          max={POLICE_FIELD_MAX.officerName}
          testId="police-officer-name"
        />
        <StickyActionBar testId="police-report-actions">
          <Button type="submit" variant="contained" disabled={busy} data-testid="police-report-submit">
            {busy ? t('incidents.police.submitting') : t('incidents.police.submit')}
          </Button>
        </StickyActionBar>
      </Stack>
    </form>
  );
}
