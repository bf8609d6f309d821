import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { FormEvent, ReactNode } from 'react';
import { useT, type MessageKey } from '../../../i18n/i18n';
import type { CareOutcome } from '../hooks/use-care-mutations';
import { DateInput } from '../../../shared/ui/date-fields';

/** The message of a refused change; the field's own label when the form names it. */
export function refusalText(
  t: ReturnType<typeof useT>,
  outcome: Exclude<CareOutcome, { type: 'SAVED' }>,
  prefix: 'careRecords' | 'classes',
  labels: Record<string, string> = {},
): string {
  return t(`${prefix}.refused.${outcome.type}` as MessageKey, {
    field: outcome.type === 'INVALID_INPUT' ? (labels[outcome.field ?? ''] ?? outcome.field ?? '') : '',
  });
}

/** A form in a dialog (full screen on a phone): Enter submits, Escape cancels, the refusal stays visible. */
export function FormDialog({
  title,
  busy,
  refusal,
  onSubmit,
  onClose,
  children,
  testId,
  saveLabel,
  cancelLabel,
}: {
  title: string;
  busy: boolean;
  refusal: string | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  saveLabel: string;
  cancelLabel: string;
}) {
  const isPhone = useMediaQuery('(max-width:599.95px)');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" fullScreen={isPhone}>
      <form onSubmit={submit} data-testid={testId} noValidate>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            {children}
            {refusal ? (
              <Alert severity="error" data-testid={`${testId}-refusal`}>
                {refusal}
              </Alert>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {cancelLabel}
          </Button>
          <Button type="submit" variant="contained" disabled={busy} data-testid={`${testId}-save`}>
            {saveLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

/** A calendar day field (YYYY-MM-DD), labelled, keyboard-usable. */
export function DayField({
  label,
  value,
  onChange,
  testId,
  max,
}: {
  label: string;
  value: string;
  onChange: (day: string) => void;
  testId: string;
  max?: string;
}) {
  return (
    <DateInput
      kind="day"
      label={label}
      value={value}
      onChange={onChange}
      required
      testId={testId}
      maxDay={max}
      fullWidth={false}
    />
  );
}
