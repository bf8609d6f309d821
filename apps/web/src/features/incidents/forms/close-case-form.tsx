import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
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
import { useFieldError } from './use-field-error';

/** Closing takes a reason and a confirmation; REP-4 refusals come back from the API and are shown. */
export function CloseCaseForm({ caseId }: { caseId: string }) {
  const t = useT();
  const labels = useIncidentLabels();
  const fieldError = useFieldError();
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
  const note = register('note');

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
          {alert ? (
            <Alert severity="error" role="alert" data-testid="close-case-error">
              {alert}
            </Alert>
          ) : null}
          <Controller
            control={control}
            name="reason"
            render={({ field }) => (
              <FormControl error={Boolean(errors.reason)} required>
                <FormLabel id="close-reason-label">{t('incidents.close.reason')}</FormLabel>
                <RadioGroup
                  aria-labelledby="close-reason-label"
                  name={field.name}
                  value={field.value}
                  onChange={(event) => field.onChange(event.target.value)}
                  onBlur={field.onBlur}
                  data-testid="close-reason"
                >
                  {CLOSING_REASON_OPTIONS.map((value) => (
                    <FormControlLabel
                      key={value}
                      value={value}
                      control={<Radio />}
                      label={labels.closingReason(value)}
                    />
                  ))}
                </RadioGroup>
                {errors.reason ? <FormHelperText>{fieldError(errors.reason.message)}</FormHelperText> : null}
              </FormControl>
            )}
          />
          {reason === 'PRIVATE_SETTLEMENT' ? (
            <Alert severity="warning" data-testid="close-private-settlement-warning">
              {t('incidents.close.privateSettlementWarning')}
            </Alert>
          ) : null}
          <TextField
            id="close-note"
            label={t('incidents.close.note')}
            multiline
            minRows={2}
            inputRef={note.ref}
            name={note.name}
            onChange={note.onChange}
            onBlur={note.onBlur}
            error={Boolean(errors.note)}
            helperText={fieldError(errors.note?.message, CLOSE_NOTE_MAX)}
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
