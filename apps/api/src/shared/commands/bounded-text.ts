import { TEXT_LIMITS, type TextField } from '@xiaohu/domain';
import { ValidationError } from '../graphql/error-result';

/**
 * Trims a text input and checks it against the domain's limit: over-long text is refused, never
 * truncated. Null for an empty optional field.
 */
export function boundedText(
  value: string | null | undefined,
  field: string,
  limit: TextField,
  required: boolean,
): string | null | ValidationError {
  const trimmed = value?.trim() ?? '';
  const max = TEXT_LIMITS[limit];
  if (required && trimmed.length === 0) return ValidationError.of(field, `${field} is required`);
  if (trimmed.length > max) return ValidationError.tooLong(field, max);
  return trimmed.length > 0 ? trimmed : null;
}

/** The first refusal among checked texts, if any. */
export function firstInvalid(...checked: (string | null | ValidationError)[]): ValidationError | null {
  return checked.find((c): c is ValidationError => c instanceof ValidationError) ?? null;
}
