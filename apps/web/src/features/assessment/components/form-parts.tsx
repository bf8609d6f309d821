import { TEXT_LIMITS, type TextField as LimitedField } from '@xiaohu/domain';
import TextField from '@mui/material/TextField';
import { useT, type Translate } from '../../../i18n/i18n';
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

/** A text area with its limit from the domain (TEXT_LIMITS) and a character counter. */
export function CountedTextArea(props: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  limit: LimitedField;
  testId: string;
}) {
  const t = useT();
  const max = TEXT_LIMITS[props.limit];
  return (
    <TextField
      label={props.label}
      value={props.value}
      multiline
      minRows={3}
      required
      error={props.value.length > max}
      onChange={(e) => props.onChange(e.target.value)}
      helperText={t('assessment.characters', { count: props.value.length, max })}
      slotProps={{ htmlInput: { 'data-testid': props.testId } }}
    />
  );
}
