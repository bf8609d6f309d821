import { useMutation } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { SetMyLanguageMutation } from '../incidents.graphql';

/**
 * When the signed-in user switches the app's language, their mail follows (the account's language).
 * Best-effort: the switch itself never waits for it or fails with it.
 */
export function useMailLanguage(): void {
  const { language } = useI18n();
  const [setMyLanguage] = useMutation(SetMyLanguageMutation);
  const previous = useRef(language);
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    setMyLanguage({ variables: { language: language === 'en' ? 'EN' : 'ZH_CN' } }).catch(() => undefined);
  }, [language, setMyLanguage]);
}
