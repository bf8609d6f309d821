import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { RiskClosingReason } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { useCloseRiskSubject } from '../hooks/use-surroundings-mutations';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

/** PRV-3: close with one of the reasons the server offers for the subject's status. */
export function CloseForm({
  riskSubjectId,
  reasons,
}: {
  riskSubjectId: string;
  reasons: readonly RiskClosingReason[];
}) {
  const t = useT();
  const labels = useRiskLabels();
  const { close, loading } = useCloseRiskSubject();
  const [reason, setReason] = useState<RiskClosingReason | ''>('');
  const [note, setNote] = useState('');
  const [alert, setAlert] = useState<string | null>(null);
  const submit = async () => {
    const outcome = await close({ riskSubjectId, reason: reason || null, note: note.trim() || null });
    setAlert(labels.failure(outcome));
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      data-testid="close-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <ErrorAlert message={alert} />
      <TextField
        select
        label={t('surroundings.field.closingReason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as RiskClosingReason)}
        slotProps={{ htmlInput: { 'data-testid': 'close-reason' } }}
        fullWidth
      >
        {reasons.map((value) => (
          <MenuItem key={value} value={value} data-testid={`close-reason-${value}`}>
            {labels.closingReason(value)}
          </MenuItem>
        ))}
      </TextField>
      <LimitedTextField
        label={t('surroundings.field.closingNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={2}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.closingNote } }}
        fullWidth
      />
      <Button
        variant="outlined"
        color="warning"
        size="large"
        disabled={loading || !reason}
        onClick={() => void submit()}
        data-testid="close-submit"
      >
        {t('surroundings.close.confirm')}
      </Button>
    </Stack>
  );
}
