import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormRadioGroup, FormTextField } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useCloseCase } from '../hooks/use-close-case';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import {
  CLOSE_NOTE_MAX,
  CLOSING_REASON_OPTIONS,
  closeCaseFormSchema,
  toCloseCaseInput,
  type CloseCaseFormValues,
} from './close-case-form.schema';

/** Closing takes a reason and a confirmation; REP-4 refusals come back from the API and are shown. */
export function CloseCaseForm({ caseId }: { caseId: string }) {
  const t = useT();
  const labels = useIncidentLabels();
  const { closeCase, isClosing } = useCloseCase();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState<CloseCaseFormValues | null>(null);
  const {
    control,
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<CloseCaseFormValues>({
    resolver: zodResolver(closeCaseFormSchema),
    defaultValues: { reason: '', note: '' },
  });
  const reason = watch('reason');

  const confirm = async () => {
    if (!pending) return;
    setAlert(null);
    let outcome;
    try {
      outcome = await closeCase(toCloseCaseInput(caseId, pending));
    } catch (error) {
      setAlert(thrownMessage(error, t));
      setPending(null);
      return;
    }
    setPending(null);
    switch (outcome.type) {
      case 'DONE':
        return;
      case 'NOT_FOUND':
      case 'FORBIDDEN':
      case 'REFUSED':
      case 'INVALID_INPUT':
        setAlert(outcomeMessage(outcome, t, labels));
        return;
      default:
        assertNever(outcome);
    }
  };

  return (
    <>
      <form noValidate onSubmit={handleSubmit((values) => setPending(values))} data-testid="close-case-form">
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          <ErrorAlert message={alert} testId="close-case-error" />
          <FormRadioGroup
            control={control}
            name="reason"
            label={t('incidents.close.reason')}
            labelId="close-reason-label"
            testId="close-reason"
            options={CLOSING_REASON_OPTIONS.map((value) => ({ value, label: labels.closingReason(value) }))}
          />
          {reason === 'PRIVATE_SETTLEMENT' ? (
            <Alert severity="warning" data-testid="close-private-settlement-warning">
              {t('incidents.close.privateSettlementWarning')}
            </Alert>
          ) : null}
          <FormTextField
            id="close-note"
            label={t('incidents.close.note')}
            multiline
            minRows={2}
            registration={register('note')}
            fieldError={errors.note}
            max={CLOSE_NOTE_MAX}
          />
          <Button
            type="submit"
            variant="outlined"
            color="error"
            disabled={isClosing}
            data-testid="close-case-submit"
            sx={{ alignSelf: 'flex-start' }}
          >
            {t('incidents.close.submit')}
          </Button>
        </Stack>
      </form>
      <Dialog
        open={pending !== null}
        onClose={() => setPending(null)}
        aria-labelledby="close-confirm-title"
        data-testid="close-confirm-dialog"
      >
        <DialogTitle id="close-confirm-title">{t('incidents.close.confirmTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('incidents.close.confirmBody', {
              reason: pending && pending.reason !== '' ? labels.closingReason(pending.reason) : '',
            })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPending(null)} autoFocus data-testid="close-confirm-cancel">
            {t('incidents.close.cancel')}
          </Button>
          <Button
            color="error"
            variant="contained"
            onClick={() => void confirm()}
            disabled={isClosing}
            data-testid="close-confirm"
          >
            {isClosing ? t('incidents.close.submitting') : t('incidents.close.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
