import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { openingOutcomeMessageKey, useSetOpeningApplication } from '../hooks/use-set-opening-application';

export const OPENING_NOTE_MAX = 500;

/** VET-4: start or end an institution's opening application, after a confirmation with an optional note. */
export function OpeningApplicationToggle({
  institutionId,
  institutionName,
  isApplyingToOpen,
}: {
  institutionId: string;
  institutionName: string;
  isApplyingToOpen: boolean;
}) {
  const t = useT();
  const { setOpeningApplication, isSaving } = useSetOpeningApplication();
  const [isOpen, setIsOpen] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const isNoteTooLong = note.trim().length > OPENING_NOTE_MAX;
  const willApply = !isApplyingToOpen;

  const close = () => {
    setIsOpen(false);
    setNote('');
    setError(null);
  };

  const confirm = async () => {
    if (isNoteTooLong) return;
    setError(null);
    let outcome;
    try {
      const trimmed = note.trim();
      outcome = await setOpeningApplication({
        institutionId,
        isApplying: willApply,
        note: trimmed === '' ? null : trimmed,
      });
    } catch {
      setError(t('institution.opening.error.network'));
      return;
    }
    if (outcome.type === 'DONE') {
      close();
      setSaved(t(openingOutcomeMessageKey(outcome)));
    } else {
      setError(t(openingOutcomeMessageKey(outcome)));
    }
  };

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Button
        variant="outlined"
        onClick={() => {
          setSaved(null);
          setIsOpen(true);
        }}
        data-testid="opening-toggle"
      >
        {t(willApply ? 'institution.opening.start' : 'institution.opening.end')}
      </Button>
      {saved ? (
        <span role="status" data-testid="opening-saved">
          {saved}
        </span>
      ) : null}
      <Dialog open={isOpen} onClose={close} aria-labelledby="opening-dialog-title" fullWidth maxWidth="sm">
        <DialogTitle id="opening-dialog-title">
          {t(willApply ? 'institution.opening.confirmStartTitle' : 'institution.opening.confirmEndTitle', {
            name: institutionName,
          })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              {t(willApply ? 'institution.opening.confirmStartBody' : 'institution.opening.confirmEndBody')}
            </DialogContentText>
            <ErrorAlert message={error} testId="opening-error" />
            <TextField
              id="opening-note"
              label={t('institution.opening.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              multiline
              minRows={2}
              error={isNoteTooLong}
              helperText={t(
                isNoteTooLong ? 'institution.opening.noteTooLong' : 'institution.opening.noteHint',
              )}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{t('institution.opening.cancel')}</Button>
          <Button
            variant="contained"
            onClick={() => void confirm()}
            disabled={isSaving || isNoteTooLong}
            data-testid="opening-confirm"
          >
            {t(isSaving ? 'institution.opening.saving' : 'institution.opening.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
