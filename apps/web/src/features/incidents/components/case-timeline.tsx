import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { CaseEventKind } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { zhCN } from '../../../i18n/zh-CN';
import { formatDateTime } from '../../../shared/lib/dates';
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
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('incidents.case.timelineLabel')} data-testid="case-timeline">
        <TableHead>
          <TableRow>
            <TableCell>{t('incidents.case.column.time')}</TableCell>
            <TableCell>{t('incidents.case.column.event')}</TableCell>
            <TableCell>{t('incidents.case.column.actor')}</TableCell>
            <TableCell>{t('incidents.case.column.deadline')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event, index) => {
            const detail = detailKey(event);
            return (
              <TableRow
                key={`${event.kind}-${event.at}-${index}`}
                data-testid="case-event"
                data-kind={event.kind}
              >
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                </TableCell>
                <TableCell>
                  {labels.eventKind(event.kind)}
                  {detail ? `：${t(detail)}` : null}
                </TableCell>
                <TableCell>{event.actor?.displayName ?? t('incidents.case.system')}</TableCell>
                <TableCell>
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
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
