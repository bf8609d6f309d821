import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import Box from '@mui/material/Box';
import {
  Controller,
  useWatch,
  type Control,
  type FieldError,
  type FieldPath,
  type FieldValues,
  type UseFormRegisterReturn,
} from 'react-hook-form';
import { useCallback, useState, type ReactNode } from 'react';
import { useT, type MessageKey } from '../../i18n/i18n';

export interface FieldOption {
  value: string;
  label: string;
}

/** Translates a zod message key; `max` fills the "too long" message. */
export function useFieldErrorText() {
  const t = useT();
  return (message: string | undefined, max?: number) =>
    message ? t(message as MessageKey, max === undefined ? undefined : { max }) : undefined;
}

type FormTextFieldProps = Omit<TextFieldProps, 'name' | 'error'> & {
  registration: UseFormRegisterReturn;
  fieldError?: FieldError;
  /** Fills the "too long" message of this field. */
  max?: number;
  testId?: string;
  /** Shown at the end of the helper line, beside the error or the hint (a character counter). */
  counter?: ReactNode;
};

/**
 * A MUI text field bound to react-hook-form's `register`; the zod message is an i18n key, translated
 * here, and `helperText` shows until there is an error to show instead.
 */
export function FormTextField({
  registration,
  fieldError,
  max,
  testId,
  counter,
  slotProps,
  fullWidth = true,
  ...props
}: FormTextFieldProps) {
  const errorText = useFieldErrorText();
  const isDateInput = props.type === 'date' || props.type === 'datetime-local';
  const message = errorText(fieldError?.message, max) ?? props.helperText;
  // A field with a limit counts its characters (the value lives in the DOM: read it on mount, follow
  // every change), unless the caller brings its own counter.
  const countsLength = max !== undefined && counter === undefined && !props.select;
  const [length, setLength] = useState(0);
  const { ref: registerRef, onChange: registerOnChange } = registration;
  const inputRef = useCallback(
    (element: HTMLInputElement | null) => {
      registerRef(element);
      if (element && countsLength) setLength(element.value.length);
    },
    [registerRef, countsLength],
  );
  const shownCounter = countsLength ? (
    <CharCounter count={length} max={max} testId={`${testId ?? `field-${registration.name}`}-counter`} />
  ) : (
    counter
  );
  return (
    <TextField
      {...props}
      id={props.id ?? `field-${registration.name}`}
      inputRef={inputRef}
      name={registration.name}
      onChange={(event) => {
        if (countsLength) setLength(event.target.value.length);
        return registerOnChange(event);
      }}
      onBlur={registration.onBlur}
      error={Boolean(fieldError)}
      helperText={
        shownCounter === undefined ? (
          message
        ) : (
          <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
            <span>{message}</span>
            {shownCounter}
          </Box>
        )
      }
      fullWidth={fullWidth}
      slotProps={{
        ...slotProps,
        inputLabel: isDateInput ? { shrink: true } : slotProps?.inputLabel,
        htmlInput: { 'data-testid': testId, 'aria-required': props.required ? true : undefined },
      }}
    />
  );
}

/** "12 / 60" under a field with a limit; red once the text is longer than the limit. */
export function CharCounter({ count, max, testId }: { count: number; max: number; testId?: string }) {
  const isTooLong = count > max;
  return (
    <Box
      component="span"
      sx={{ flexShrink: 0, ml: 'auto', color: isTooLong ? 'error.main' : 'text.secondary' }}
      data-testid={testId}
      data-too-long={isTooLong}
    >
      {count} / {max}
    </Box>
  );
}

/**
 * A multi-line text field with a character counter ("123 / 4000") under it. `max` is the field's limit
 * from the domain's TEXT_LIMITS; the zod schema refuses longer text (never cut short), and the counter
 * turns red as soon as the text is too long.
 */
export function FormTextArea<T extends FieldValues>({
  control,
  max,
  minRows = 3,
  ...props
}: Omit<FormTextFieldProps, 'max' | 'multiline'> & { control: Control<T>; max: number }) {
  const value: unknown = useWatch({ control, name: props.registration.name as FieldPath<T> });
  const count = typeof value === 'string' ? value.length : 0;
  return (
    <FormTextField
      {...props}
      multiline
      minRows={minRows}
      max={max}
      counter={
        <CharCounter
          count={count}
          max={max}
          testId={`${props.testId ?? `field-${props.registration.name}`}-counter`}
        />
      }
    />
  );
}

/** A native <select>: keyboard-friendly and simple to drive from tests. */
export function FormSelect({
  options,
  placeholder,
  ...props
}: Omit<FormTextFieldProps, 'select' | 'children' | 'slotProps'> & {
  options: readonly FieldOption[];
  placeholder?: string;
}) {
  return (
    <FormTextField {...props} select slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </FormTextField>
  );
}

interface ControlledFieldProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  options: readonly FieldOption[];
}

/** A required MUI menu select bound to a react-hook-form control. */
export function FormMenuSelect<T extends FieldValues>({
  control,
  name,
  label,
  options,
  id,
}: ControlledFieldProps<T> & { id: string }) {
  const errorText = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          select
          id={id}
          label={label}
          required
          value={field.value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error?.message)}
        >
          {options.map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}

/** A required radio group bound to a react-hook-form control, labelled by its legend. */
export function FormRadioGroup<T extends FieldValues>({
  control,
  name,
  label,
  options,
  labelId,
  testId,
  row,
}: ControlledFieldProps<T> & { labelId: string; testId: string; row?: boolean }) {
  const errorText = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={Boolean(fieldState.error)} required>
          <FormLabel id={labelId}>{label}</FormLabel>
          <RadioGroup
            row={row}
            aria-labelledby={labelId}
            name={field.name}
            value={field.value}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
            data-testid={testId}
          >
            {options.map((option) => (
              <FormControlLabel
                key={option.value}
                value={option.value}
                control={<Radio />}
                label={option.label}
              />
            ))}
          </RadioGroup>
          {fieldState.error ? <FormHelperText>{errorText(fieldState.error.message)}</FormHelperText> : null}
        </FormControl>
      )}
    />
  );
}
