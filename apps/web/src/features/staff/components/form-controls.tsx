import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useT, type MessageKey } from '../../../i18n/i18n';

type FormTextFieldProps = Omit<TextFieldProps, 'name' | 'error'> & {
  registration: UseFormRegisterReturn;
  fieldError?: FieldError;
  testId?: string;
};

/** A MUI text field bound to react-hook-form; the zod message is an i18n key, translated here. */
export function FormTextField({ registration, fieldError, testId, slotProps, ...props }: FormTextFieldProps) {
  const t = useT();
  return (
    <TextField
      {...props}
      id={props.id ?? `field-${registration.name}`}
      inputRef={registration.ref}
      name={registration.name}
      onChange={registration.onChange}
      onBlur={registration.onBlur}
      error={Boolean(fieldError)}
      helperText={fieldError?.message ? t(fieldError.message as MessageKey) : props.helperText}
      fullWidth
      slotProps={{
        ...slotProps,
        inputLabel: props.type === 'date' ? { shrink: true } : slotProps?.inputLabel,
        htmlInput: { 'data-testid': testId, 'aria-required': props.required ? true : undefined },
      }}
    />
  );
}

/** A native <select>: keyboard-friendly and simple to drive from tests. */
export function FormSelect({
  registration,
  fieldError,
  testId,
  options,
  placeholder,
  ...props
}: Omit<FormTextFieldProps, 'select' | 'children'> & {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
}) {
  return (
    <FormTextField
      {...props}
      registration={registration}
      fieldError={fieldError}
      testId={testId}
      select
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </FormTextField>
  );
}
