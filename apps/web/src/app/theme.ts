import { createTheme, type Theme } from '@mui/material/styles';
import { enUS, zhCN } from '@mui/material/locale';
import type { Language } from '../i18n/i18n';

const base = {
  palette: {
    primary: { main: '#1f5f8b' },
    secondary: { main: '#b5452e' },
    background: { default: '#f5f7fa' },
  },
  typography: {
    // Chinese system fonts first, so government desktops don't fall back to a serif.
    fontFamily:
      '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
} as const;

export function buildTheme(language: Language): Theme {
  return createTheme(base, language === 'zh-CN' ? zhCN : enUS);
}
