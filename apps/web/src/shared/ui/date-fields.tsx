import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { DateTimePicker } from '@mui/x-date-pickers/DateTimePicker';
import { zhCN, enUS } from '@mui/x-date-pickers/locales';
import type { SxProps, Theme } from '@mui/material/styles';
import dayjs, { type Dayjs } from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en-gb';
import type { ReactNode, Ref } from 'react';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useI18n, useT, type Language } from '../../i18n/i18n';
import { useFieldErrorText } from './form-fields';

// The pickers are imported only by the pages that use them (lazy routes): never by the sign-in
// route or the shell, whose initial JavaScript is budgeted.

/** A calendar day as a form keeps it (and as the API takes it): YYYY-MM-DD. */
export const DAY_VALUE_FORMAT = 'YYYY-MM-DD';
/** A Beijing wall-clock minute as a form keeps it: YYYY-MM-DDTHH:mm (the datetime-local format). */
export const MINUTE_VALUE_FORMAT = 'YYYY-MM-DDTHH:mm';
/** What the user reads and types: ISO order (GB/T 7408), 24-hour clock. */
export const DAY_DISPLAY_FORMAT = 'YYYY-MM-DD';
export const MINUTE_DISPLAY_FORMAT = 'YYYY-MM-DD HH:mm';

/** dayjs locales whose week starts on Monday: zh-cn does; en-gb rather than en (Sunday). */
const ADAPTER_LOCALE: Record<Language, string> = { 'zh-CN': 'zh-cn', en: 'en-gb' };
const PICKER_TEXT: Record<Language, typeof zhCN> = { 'zh-CN': zhCN, en: enUS };

/** Chinese (or English) calendar, Monday first, for the pickers inside. */
export function PickerLocalization({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={ADAPTER_LOCALE[language]}
      localeText={PICKER_TEXT[language].components.MuiLocalizationProvider.defaultProps.localeText}
    >
      {children}
    </LocalizationProvider>
  );
}

const VALUE_PATTERN: Record<PickerKind, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  minute: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
};
const VALUE_FORMAT: Record<PickerKind, string> = { day: DAY_VALUE_FORMAT, minute: MINUTE_VALUE_FORMAT };

export type PickerKind = 'day' | 'minute';

/** The picker's value for a form string: null when empty or not a valid date. */
export function toPickerValue(value: unknown, kind: PickerKind): Dayjs | null {
  if (typeof value !== 'string' || !VALUE_PATTERN[kind].test(value)) return null;
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed : null;
}

/** The form string for a picked value: '' when cleared; an unfinished entry stays invalid text. */
export function fromPickerValue(value: Dayjs | null, kind: PickerKind): string {
  if (value === null) return '';
  return value.isValid() ? value.format(VALUE_FORMAT[kind]) : 'invalid';
}

export interface DateInputProps {
  label: string;
  id?: string;
  name?: string;
  testId?: string;
  required?: boolean;
  disabled?: boolean;
  helperText?: ReactNode;
  error?: boolean;
  /** Earliest and latest days the calendar offers (YYYY-MM-DD). */
  minDay?: string;
  maxDay?: string;
  sx?: SxProps<Theme>;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  /** Report an unfinished or impossible entry as 'invalid' (forms refuse it) instead of ignoring it. */
  reportsInvalid?: boolean;
}

/**
 * A date (or date and time) picker holding a string as the native inputs did: YYYY-MM-DD, or the
 * Beijing wall-clock YYYY-MM-DDTHH:mm. Typed in the field (24-hour clock) or picked from a calendar.
 */
export function DateInput({
  kind,
  value,
  onChange,
  onBlur,
  inputRef,
  label,
  id,
  name,
  testId,
  required,
  disabled,
  helperText,
  error,
  minDay,
  maxDay,
  sx,
  fullWidth = true,
  size,
  reportsInvalid = false,
}: DateInputProps & {
  kind: PickerKind;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const t = useT();
  const common = {
    label,
    value: toPickerValue(value, kind),
    onChange: (picked: Dayjs | null) => {
      const next = fromPickerValue(picked, kind);
      if (next !== 'invalid' || reportsInvalid) onChange(next);
    },
    onClose: onBlur,
    inputRef,
    disabled,
    minDate: minDay ? dayjs(minDay) : undefined,
    maxDate: maxDay ? dayjs(maxDay) : undefined,
    sx,
    slotProps: {
      textField: {
        id,
        name,
        required,
        fullWidth,
        size,
        onBlur,
        error,
        helperText: helperText ?? (kind === 'minute' ? t('dateField.beijingTime') : undefined),
        slotProps: { htmlInput: { 'data-testid': testId } },
      },
    },
  };
  return (
    <PickerLocalization>
      {kind === 'day' ? (
        <DatePicker {...common} format={DAY_DISPLAY_FORMAT} />
      ) : (
        <DateTimePicker {...common} format={MINUTE_DISPLAY_FORMAT} ampm={false} />
      )}
    </PickerLocalization>
  );
}

type FormDateProps<T extends FieldValues> = Omit<DateInputProps, 'error' | 'name'> & {
  control: Control<T>;
  name: FieldPath<T>;
};

function FormPicker<T extends FieldValues>({
  kind,
  control,
  name,
  id,
  helperText,
  ...props
}: FormDateProps<T> & { kind: PickerKind }) {
  const errorText = useFieldErrorText();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateInput
          {...props}
          kind={kind}
          reportsInvalid
          id={id ?? `field-${field.name}`}
          name={field.name}
          value={typeof field.value === 'string' ? field.value : ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={Boolean(fieldState.error)}
          helperText={errorText(fieldState.error?.message) ?? helperText}
        />
      )}
    />
  );
}

/** A calendar day (YYYY-MM-DD in the form) bound to react-hook-form; Chinese calendar, Monday first. */
export function FormDate<T extends FieldValues>(props: FormDateProps<T>) {
  return <FormPicker kind="day" {...props} />;
}

/** A Beijing wall-clock minute (YYYY-MM-DDTHH:mm in the form), 24-hour clock, Monday first. */
export function FormDateTime<T extends FieldValues>(props: FormDateProps<T>) {
  return <FormPicker kind="minute" {...props} />;
}
