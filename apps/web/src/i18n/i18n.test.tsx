import { act, render, screen } from '@testing-library/react';
import { en } from './en';
import { I18nProvider, translate, useI18n } from './i18n';
import { MESSAGES } from './messages';
import { zhCN } from './zh-CN';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n messages', () => {
  it('en has exactly the same keys as zh-CN', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('no message is blank and both languages use the same placeholders', () => {
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect({ key, zh: zhCN[key].trim().length > 0, en: en[key].trim().length > 0 }).toEqual({
        key,
        zh: true,
        en: true,
      });
      expect({ key, params: placeholders(en[key]) }).toEqual({ key, params: placeholders(zhCN[key]) });
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(MESSAGES['zh-CN'], 'common.pageNumber', { page: 3 })).toBe('第 3 页');
    expect(translate(MESSAGES.en, 'common.pageNumber')).toBe('Page {page}');
  });
});

function Probe() {
  const { language, setLanguage, t } = useI18n();
  return (
    <button type="button" onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>
      {t('auth.submit')}
    </button>
  );
}

describe('I18nProvider', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Simplified Chinese and sets <html lang>', () => {
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('登录');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, updates <html lang> and remembers the choice', () => {
    const first = render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('button').textContent).toBe('Sign in');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('Sign in');
  });

  it('ignores a stored value that is not a supported language', () => {
    window.localStorage.setItem('xiaohu.language', 'fr');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByRole('button').textContent).toBe('登录');
  });
});
