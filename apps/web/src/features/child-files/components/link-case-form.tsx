import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useChildFileFailure, useLinkChildFileCase } from '../hooks/use-child-file-mutations';

/** PRV-8: link a case of the same institution that the viewer reads (the server checks both). */
export function LinkCaseForm({ fileId }: { fileId: string }) {
  const t = useT();
  const failure = useChildFileFailure();
  const { link, loading } = useLinkChildFileCase();
  const [caseId, setCaseId] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const submit = async () => {
    const outcome = await link({ fileId, caseId: caseId.trim() });
    setAlert(failure(outcome));
    if (outcome.type === 'SAVED') setCaseId('');
  };
  return (
    <Stack
      spacing={1}
      direction={{ xs: 'column', sm: 'row' }}
      component="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <ErrorAlert message={alert} />
      <TextField
        size="small"
        label={t('childFiles.link.caseId')}
        value={caseId}
        onChange={(e) => setCaseId(e.target.value)}
        fullWidth
      />
      <Button type="submit" variant="outlined" disabled={loading || !caseId.trim()}>
        {t('childFiles.link.submit')}
      </Button>
    </Stack>
  );
}
