import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { validationMessageKey } from './validation-message';

describe('validationMessageKey', () => {
  it('says what is wrong with the text when the API says it, in Chinese first and in English', () => {
    expect(zhCN[validationMessageKey('DISALLOWED_CHARACTERS')]).toBe('含有不允许的字符');
    expect(en[validationMessageKey('DISALLOWED_CHARACTERS')]).toBe(
      'Contains characters that are not allowed',
    );
    expect(zhCN[validationMessageKey('NAME_WITHOUT_LETTER')]).toBe('姓名须包含文字');
    expect(zhCN[validationMessageKey('NAME_WITH_SYMBOLS')]).toBe('姓名不能包含表情符号或特殊符号');
    expect(zhCN[validationMessageKey('INVISIBLE_ONLY')]).toBe('只有不可见的字符');
  });

  it('falls back to the generic message otherwise', () => {
    expect(validationMessageKey(null)).toBe('errorCode.VALIDATION_FAILED');
    expect(validationMessageKey(undefined)).toBe('errorCode.VALIDATION_FAILED');
  });
});
