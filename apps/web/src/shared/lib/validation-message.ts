import type { TextProblem } from '../../gql/graphql';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { assertNever } from './assert-never';

/** The message for a ValidationError: what is wrong with the text when the API says, else the generic one. */
export function validationMessageKey(textProblem: TextProblem | null | undefined): MessageKey {
  switch (textProblem) {
    case null:
    case undefined:
      return 'errorCode.VALIDATION_FAILED';
    case 'DISALLOWED_CHARACTERS':
    case 'INVISIBLE_ONLY':
    case 'NAME_WITHOUT_LETTER':
    case 'NAME_WITH_SYMBOLS':
    case 'TOO_LONG':
      return `textProblem.${textProblem}`;
    default:
      return assertNever(textProblem);
  }
}

/**
 * The sentence for a ValidationError: a too-long text names the limit the server gave ("内容过长，最多
 * 60 字"); without one, it only says the text is too long.
 */
export function validationText(
  t: Translate,
  textProblem: TextProblem | null | undefined,
  limit?: number | null,
): string {
  if (textProblem === 'TOO_LONG')
    return typeof limit === 'number'
      ? t('textProblem.TOO_LONG', { max: limit })
      : t('textProblem.TOO_LONG_NO_LIMIT');
  return t(validationMessageKey(textProblem));
}
