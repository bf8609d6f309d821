import type { TextProblem } from '../../gql/graphql';
import type { MessageKey } from '../../i18n/i18n';
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
