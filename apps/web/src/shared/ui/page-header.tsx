import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { splitRuleRefs } from '../rules/rule-refs';
import { RuleInfo, withRuleInfo } from '../rules/rule-info';

export function PageHeader({
  title,
  subtitle,
  actions,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const t = useT();
  // Rule IDs in a title or subtitle sit in an info icon (committee pages keep theirs in the text).
  const plain = splitRuleRefs(title);
  useEffect(() => {
    document.title = `${plain.text} · ${t('app.name')}`;
  }, [plain.text, t]);
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, mb: 3, flexWrap: 'wrap' }}>
      <Box sx={{ flex: 1, minWidth: 240 }}>
        <Typography variant="h5" component="h1" gutterBottom>
          {plain.text}
          <RuleInfo refs={plain.refs} />
        </Typography>
        {subtitle ? (
          <Typography variant="body2" color="text.secondary">
            {withRuleInfo(subtitle)}
          </Typography>
        ) : null}
      </Box>
      {actions}
    </Box>
  );
}
