import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { CaseEventKind } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { zhCN } from '../../../i18n/zh-CN';
import { formatDateTime } from '../../../shared/lib/dates';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { useIncidentLabels } from '../hooks/use-incident-labels';
import type { CaseDetail } from '../incidents.types';

type CaseEvent = CaseDetail['timeline'][number];

// `detail` is a code whose vocabulary depends on the event kind; known codes get their label.
const DETAIL_PREFIX: Partial<Record<CaseEventKind, string>> = {
  ALERT_SENT: 'incidents.alertKind.',
  EMERGENCY_STEP_DONE: 'incidents.step.',
  EXTERNAL_SOURCE_RECORDED: 'incidents.source.',
  BREACH_RECORDED: 'incidents.breach.',
  CLOSE_REFUSED: 'incidents.refusal.',
  CLOSED: 'incidents.closingReason.',
};

function detailKey(event: CaseEvent): MessageKey | null {
  const prefix = DETAIL_PREFIX[event.kind];
  if (!prefix || !event.detail) return null;
  const candidate = `${prefix}${event.detail}`;
  return candidate in zhCN ? (candidate as MessageKey) : null;
}

/**
 * Every event, oldest first, with the person and the deadline it concerns. The time is when it
 * happened (for the system: when it acted); a deadline's own instant is shown beside it.
 */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const t = useT();
  const labels = useIncidentLabels();
  return (
    <ResponsiveTable
      rows={events.map((event, index) => ({ event, key: `${event.kind}-${event.at}-${index}` }))}
      rowKey={(row) => row.key}
      rowProps={({ event }) => ({ 'data-testid': 'case-event', 'data-kind': event.kind })}
      label={t('incidents.case.timelineLabel')}
      testId="case-timeline"
      columns={[
        {
          key: 'time',
          header: t('incidents.case.column.time'),
          cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
          render: ({ event }) => <time dateTime={event.at}>{formatDateTime(event.at)}</time>,
        },
        {
          key: 'event',
          header: t('incidents.case.column.event'),
          card: 'title',
          render: ({ event }) => {
            const detail = detailKey(event);
            return (
              <>
                {labels.eventKind(event.kind)}
                {detail ? `：${t(detail)}` : null}
              </>
            );
          },
        },
        {
          key: 'actor',
          header: t('incidents.case.column.actor'),
          render: ({ event }) => event.actor?.displayName ?? t('incidents.case.system'),
        },
        {
          key: 'deadline',
          header: t('incidents.case.column.deadline'),
          render: ({ event }) => (
            <>
              {event.deadline && event.deadlineOutcome ? (
                <Chip
                  size="small"
                  color={event.deadlineOutcome === 'MET' ? 'success' : 'error'}
                  label={t(
                    event.deadlineOutcome === 'MET'
                      ? 'incidents.case.deadlineMet'
                      : 'incidents.case.deadlineMissed',
                    {
                      deadline: labels.deadline(event.deadline),
                    },
                  )}
                />
              ) : event.deadline ? (
                labels.deadline(event.deadline)
              ) : null}
              {event.deadline && event.dueAt ? (
                // The deadline's instant beside the time the event happened: "due 10:12, alerted 13:02".
                <Typography variant="body2" color="text.secondary" data-testid="case-event-due">
                  <time dateTime={event.dueAt}>
                    {t('incidents.case.deadlineDue', { at: formatDateTime(event.dueAt) })}
                  </time>
                </Typography>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
