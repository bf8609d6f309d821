import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { LANGUAGES, useI18n, type Language } from '../../i18n/i18n';

/** 中文 / English, on every page; the choice is remembered in this browser. */
export function LanguageSwitch({ color = 'standard' }: { color?: 'standard' | 'inherit' }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={language}
      aria-label={t('language.switch')}
      data-testid="language-switch"
      onChange={(_event, next: Language | null) => {
        if (next) setLanguage(next);
      }}
      sx={
        color === 'inherit'
          ? {
              '& .MuiToggleButton-root': { color: 'inherit', borderColor: 'rgba(255,255,255,0.5)' },
              // Darker, not lighter, than the bar: white text keeps its contrast (axe, WCAG AA).
              '& .MuiToggleButton-root.Mui-selected': {
                color: 'inherit',
                backgroundColor: 'rgba(0,0,0,0.3)',
              },
            }
          : undefined
      }
    >
      {LANGUAGES.map((lang) => (
        <ToggleButton key={lang} value={lang} lang={lang} sx={{ textTransform: 'none', px: 1.5 }}>
          {t(`language.${lang}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
