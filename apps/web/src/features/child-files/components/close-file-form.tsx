import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useChildFileFailure, useCloseChildFile } from '../hooks/use-child-file-mutations';

/** PRV-8: the head closes a file, after confirming. */
export function CloseFileForm({ fileId }: { fileId: string }) {
  const t = useT();
  const failure = useChildFileFailure();
  const { close, loading } = useCloseChildFile();
  const [reason, setReason] = useState('');
  const [isConfirming, setIsConfirming] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const confirm = async () => {
    const outcome = await close({ fileId, reason });
    setIsConfirming(false);
    setAlert(failure(outcome));
  };
  return (
    <Stack spacing={2} data-testid="close-file-form">
      <ErrorAlert message={alert} />
      <TextField
        label={t('childFiles.close.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{
          htmlInput: { maxLength: TEXT_LIMITS.childFileClosingReason, 'data-testid': 'close-reason' },
        }}
        fullWidth
      />
      <Button
        variant="outlined"
        color="error"
        disabled={!reason.trim() || loading}
        onClick={() => setIsConfirming(true)}
        data-testid="close-file"
      >
        {t('childFiles.close.button')}
      </Button>
      <ConfirmDialog
        open={isConfirming}
        title={t('childFiles.close.confirmTitle')}
        body={t('childFiles.close.confirmBody')}
        busy={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setIsConfirming(false)}
        testId="close-file-confirm"
      />
    </Stack>
  );
}
