import { LANGUAGES, useI18n } from '../../i18n/i18n';

/**
 * 中文 / English in the public frame, as buttons that say whether they are pressed (the signed-in
 * shell has MUI's, shared/ui/language-switch.tsx). The choice is remembered in this browser.
 */
export function PlainLanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div role="group" aria-label={t('language.switch')} className="xh-switch" data-testid="language-switch">
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          onClick={() => setLanguage(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </div>
  );
}
