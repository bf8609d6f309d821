import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useT } from '../../../i18n/i18n';
import { formatDateTimeShort } from '../../../shared/lib/dates';
import { describeDeadline, TONE_COLOR } from '../../incidents/hooks/deadline-text';
import { workItemView, type WorkItemRow } from '../hooks/work-item-view';
import { PrefetchLink } from '../../../shared/ui/prefetch-link';

/** A head's to-do list in the server's order (soonest first), each item one click from where it is done. */
export function WorkList({ items, now }: { items: WorkItemRow[]; now: number }) {
  const t = useT();
  return (
    <Paper variant="outlined">
      <List aria-label={t('home.work.listLabel')} disablePadding>
        {items.map((item, index) => {
          const { title, to } = workItemView(item, t);
          const deadline = item.dueAt
            ? describeDeadline(
                { dueAt: item.dueAt, metAt: null, isMetLate: false, closedAt: null, applies: true },
                now,
                t,
              )
            : null;
          return (
            <ListItemButton
              key={`${item.kind}-${item.caseId ?? item.staffId ?? index}`}
              component={PrefetchLink}
              to={to}
              divider={index < items.length - 1}
              data-testid="work-item"
              data-kind={item.kind}
              sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', py: 1.5 }}
            >
              <Box sx={{ flex: 1, minWidth: 240 }}>
                <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
                  {title}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {item.dueAt
                    ? t('incidents.deadline.dueAt', { at: formatDateTimeShort(item.dueAt) })
                    : t('home.item.noDeadline')}
                  {item.caseRecordedAt
                    ? ` · ${t('home.item.recordedAt', { at: formatDateTimeShort(item.caseRecordedAt) })}`
                    : ''}
                </Typography>
              </Box>
              {item.isChildInDanger ? (
                <Chip color="error" size="small" label={t('home.item.childInDanger')} />
              ) : null}
              {deadline ? (
                <Typography
                  role="timer"
                  data-testid="work-item-clock"
                  data-standing={deadline.standing}
                  sx={{
                    color: TONE_COLOR[deadline.tone],
                    fontWeight: 700,
                    fontVariantNumeric: 'tabular-nums',
                  }}
                >
                  {deadline.text}
                </Typography>
              ) : null}
              <Typography color="primary" sx={{ fontWeight: 600 }}>
                {t('home.item.open')} →
              </Typography>
            </ListItemButton>
          );
        })}
      </List>
    </Paper>
  );
}
