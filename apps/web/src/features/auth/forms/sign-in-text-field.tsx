import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';
import type { ChangeEvent, Ref } from 'react';

/**
 * An outlined text field as MUI's TextField draws it, built from its parts: TextField imports Select
 * (and with it Menu and Popover), which the sign-in route's first paint need not carry (issue 14).
 */
export function SignInTextField({
  id,
  label,
  value,
  onChange,
  error,
  type = 'text',
  autoComplete,
  autoFocus,
  inputRef,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'text' | 'password';
  autoComplete: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  testId: string;
}) {
  const helperId = `${id}-helper-text`;
  return (
    <FormControl fullWidth error={Boolean(error)} variant="outlined">
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        name={id.replace(/^sign-in-/, '')}
        label={label}
        type={type}
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        inputRef={inputRef}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        inputProps={{
          'aria-required': true,
          'aria-describedby': error ? helperId : undefined,
          'data-testid': testId,
        }}
      />
      {error ? <FormHelperText id={helperId}>{error}</FormHelperText> : null}
    </FormControl>
  );
}
