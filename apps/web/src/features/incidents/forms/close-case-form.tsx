import { zodResolver } from '@hookform/resolvers/zod';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ClosingReason } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { assertNever } from '../../../shared/lib/assert-never';
import { FormRadioGroup, FormTextArea } from '../../../shared/ui/form-fields';
import { outcomeMessage, thrownMessage } from '../hooks/outcome-message';
import { useCloseCase } from '../hooks/use-close-case';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import type { CaseDetail } from '../incidents.types';
import {
  CLOSE_NOTE_MAX,
  buildCloseCaseFormSchema,
  toCloseCaseInput,
  type CloseCaseFormValues,
} from './close-case-form.schema';
import { StickyActionBar } from '../../../shared/ui/sticky-action-bar';

type ClosingReasonOption = CaseDetail['viewerCan']['closingReasons'][number];

/**
 * REP-4: the reasons offered are exactly those the case policy allows now (viewerCan.closingReasons);
 * the refused ones are listed with why. Closing asks for a confirmation.
 */
export function CloseCaseForm({ caseId, reasons }: { caseId: string; reasons: ClosingReasonOption[] }) {
  const t = useT();
  const labels = useIncidentLabels();
  const allowed = reasons.filter((option) => option.isAllowed).map((option) => option.reason);
  const refused = reasons.filter((option) => !option.isAllowed);

  const { closeCase, isClosing } = useCloseCase();
  const [alert, setAlert] = useState<string | null>(null);
  const [pending, setPending] = useState<CloseCaseFormValues | null>(null);
  const {
    control,
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<CloseCaseFormValues>({
    resolver: zodResolver(buildCloseCaseFormSchema(allowed)),
    defaultValues: { reason: '', note: '' },
  });

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
          {allowed.length > 0 ? (
            <FormRadioGroup
              control={control}
              name="reason"
              label={t('incidents.close.reason')}
              labelId="close-reason-label"
              testId="close-reason"
              options={allowed.map((value) => ({ value, label: labels.closingReason(value) }))}
            />
          ) : (
            <Alert severity="info" data-testid="close-no-reason">
              {t('incidents.close.noReason')}
            </Alert>
          )}
          {refused.length > 0 ? (
            <div data-testid="close-refused-reasons">
              <Typography variant="body2" color="text.secondary">
                {t('incidents.close.refusedTitle')}
              </Typography>
              <List dense disablePadding>
                {refused.map((option) => (
                  <ListItem
                    key={option.reason}
                    disableGutters
                    data-testid="close-refused-reason"
                    data-reason={option.reason}
                  >
                    <Typography variant="body2" color="text.secondary">
                      {t('incidents.close.refusedReason', {
                        reason: labels.closingReason(option.reason),
                        why: option.refusal ? labels.closeRefusal(option.refusal) : '',
                        ruleId: option.ruleId,
                      })}
                    </Typography>
                  </ListItem>
                ))}
              </List>
            </div>
          ) : null}
          <FormTextArea
            control={control}
            id="close-note"
            label={t('incidents.close.note')}
            minRows={2}
            registration={register('note')}
            fieldError={errors.note}
            max={CLOSE_NOTE_MAX}
            testId="close-note"
          />
          <StickyActionBar testId="close-case-actions">
            <Button
              type="submit"
              variant="outlined"
              color="error"
              disabled={isClosing || allowed.length === 0}
              data-testid="close-case-submit"
            >
              {t('incidents.close.submit')}
            </Button>
          </StickyActionBar>
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
              reason:
                pending && pending.reason !== '' ? labels.closingReason(pending.reason as ClosingReason) : '',
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
