import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RuleText } from '../../../shared/rules/rule-info';

/** A titled block of the case page. */
export function CaseSection({
  title,
  hint,
  testId,
  children,
}: {
  title: string;
  hint?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" sx={{ p: 3, mb: 3 }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        <RuleText>{title}</RuleText>
      </Typography>
      {hint ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          <RuleText>{hint}</RuleText>
        </Typography>
      ) : null}
      {children}
    </Paper>
  );
}
