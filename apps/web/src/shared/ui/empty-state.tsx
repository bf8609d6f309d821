import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { RuleText } from '../rules/rule-info';

/** What a user sees instead of an empty table: what happened and what to do next. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }} role="status" data-testid="empty-state">
      <Typography variant="h6" component="p" gutterBottom>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: action ? 2 : 0 }}>
        <RuleText>{body}</RuleText>
      </Typography>
      {action}
    </Paper>
  );
}
