import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { describeDeadline, TONE_COLOR, type DeadlineFacts } from '../hooks/deadline-text';
import { RuleText } from '../../../shared/rules/rule-info';

/** One deadline: its due time in Beijing time and a live countdown, or when it was met. */
export function DeadlineCountdown({
  label,
  now,
  testId,
  ...facts
}: DeadlineFacts & { label: string; now: number; testId: string }) {
  const t = useT();
  const { text, tone, standing } = describeDeadline(facts, now, t);
  return (
    <Paper
      variant="outlined"
      sx={{ p: 2, flex: 1, minWidth: 260 }}
      data-testid={testId}
      data-standing={standing}
    >
      <Typography variant="subtitle2" component="h3">
        <RuleText>{label}</RuleText>
      </Typography>
      {facts.applies ? (
        <Typography variant="body2" color="text.secondary" data-testid={`${testId}-due`}>
          {t('incidents.deadline.dueAt', { at: formatDateTimeShort(facts.dueAt) })}
        </Typography>
      ) : null}
      {/* role=timer is not announced every second; a screen reader reads it on demand. */}
      <Typography
        variant="h6"
        component="p"
        role="timer"
        sx={{ color: TONE_COLOR[tone], fontVariantNumeric: 'tabular-nums' }}
        data-testid={`${testId}-clock`}
      >
        {text}
      </Typography>
    </Paper>
  );
}
