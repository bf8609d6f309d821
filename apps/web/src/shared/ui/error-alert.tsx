import Alert from '@mui/material/Alert';
import type { SxProps, Theme } from '@mui/material/styles';
import { RuleText } from '../rules/rule-info';

/** A form's or panel's error, announced as it appears (role="alert"); nothing while there is none. */
export function ErrorAlert({
  message,
  testId,
  sx,
}: {
  message: string | null | undefined;
  testId?: string;
  sx?: SxProps<Theme>;
}) {
  if (!message) return null;
  return (
    <Alert severity="error" role="alert" sx={sx} data-testid={testId}>
      <RuleText>{message}</RuleText>
    </Alert>
  );
}
