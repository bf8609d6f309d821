import { TEXT_LIMITS, type TextField as LimitedField } from '@xiaohu/domain';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import type { Translate } from '../../../i18n/i18n';
import type { AssessmentOutcome } from '../hooks/assessment-outcome';

/** The refusal's text, or null once saved. */
export async function attempt(t: Translate, run: () => Promise<AssessmentOutcome>): Promise<string | null> {
  try {
    const outcome = await run();
    return outcome.type === 'SAVED' ? null : t(`assessment.error.${outcome.type}`);
  } catch {
    return t('assessment.error.network');
  }
}

/** A text area with its limit from the domain (TEXT_LIMITS) and a character counter ("12 / 2000"). */
export function CountedTextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  limit: LimitedField;
  testId: string;
  /** The message refusing the text, once the form was submitted. */
  error?: string | null;
}) {
  const max = TEXT_LIMITS[props.limit];
  const isTooLong = props.value.length > max;
  return (
    <TextField
      label={props.label}
      value={props.value}
      multiline
      minRows={3}
      required
      error={Boolean(props.error) || isTooLong}
      onChange={(e) => props.onChange(e.target.value)}
      helperText={
        <Box component="span" sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
          <span>{props.error}</span>
          <Box
            component="span"
            sx={{ flexShrink: 0, ml: 'auto', color: isTooLong ? 'error.main' : 'text.secondary' }}
            data-testid={`${props.testId}-counter`}
            data-too-long={isTooLong}
          >
            {props.value.length} / {max}
          </Box>
        </Box>
      }
      slotProps={{ htmlInput: { 'data-testid': props.testId } }}
    />
  );
}

/**
 * The "too long" message of each text longer than its TEXT_LIMITS field, by test id; empty when none is.
 * The text is never cut short: the form refuses it before anything is sent.
 */
export function tooLongErrors(
  t: Translate,
  fields: { testId: string; value: string; limit: LimitedField }[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const max = TEXT_LIMITS[field.limit];
    if (field.value.length > max) errors[field.testId] = t('assessment.validation.tooLong', { max });
  }
  return errors;
}
