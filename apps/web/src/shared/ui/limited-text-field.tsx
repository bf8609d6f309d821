import Box from '@mui/material/Box';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { CharCounter } from './form-fields';

/**
 * A controlled MUI text field whose `slotProps.htmlInput.maxLength` is shown as a counter ("12 / 60")
 * on its helper line, beside the hint or the error. Without a maxLength it is a plain TextField.
 */
export function LimitedTextField(props: TextFieldProps) {
  const htmlInput = props.slotProps?.htmlInput;
  const attributes =
    typeof htmlInput === 'object' && htmlInput !== null
      ? (htmlInput as { maxLength?: unknown; 'data-testid'?: unknown })
      : {};
  const max = typeof attributes.maxLength === 'number' ? attributes.maxLength : undefined;
  if (max === undefined || props.select) return <TextField {...props} />;
  const count = typeof props.value === 'string' ? props.value.length : 0;
  const testId =
    typeof attributes['data-testid'] === 'string' ? `${attributes['data-testid']}-counter` : undefined;
  return (
    <TextField
      {...props}
      helperText={
        <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{props.helperText}</span>
          <CharCounter count={count} max={max} testId={testId} />
        </Box>
      }
    />
  );
}
