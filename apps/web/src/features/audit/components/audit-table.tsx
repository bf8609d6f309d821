import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { zhCN } from '../../../i18n/zh-CN';
import { formatDateTime } from '../../../shared/lib/dates';

type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

// Actions and outcomes are open strings on the API; known ones get a label, others show as they are.
function knownKey(key: string): key is MessageKey {
  return key in zhCN;
}

/** The first block of an id: enough to tell two records apart on screen. */
const shortId = (id: string) => id.split('-')[0] ?? id;

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = useT();
  const label = (key: string, raw: string) => (knownKey(key) ? t(key) : raw);
  const outcome = (value: string) =>
    value === 'OK' ? t('audit.outcome.OK') : label(`errorCode.${value}`, value);
  const target = (event: AuditEventRow) => {
    if (!event.targetType) return '—';
    const kind = label(`audit.target.${event.targetType}`, event.targetType);
    // A name where the API gives one; otherwise the kind and a short id (a case never has a name here).
    if (event.targetName) return `${kind}：${event.targetName}`;
    return event.targetId ? `${kind} #${shortId(event.targetId)}` : kind;
  };

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('audit.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('audit.column.time')}</TableCell>
            <TableCell>{t('audit.column.actor')}</TableCell>
            <TableCell>{t('audit.column.action')}</TableCell>
            <TableCell>{t('audit.column.target')}</TableCell>
            <TableCell>{t('audit.column.outcome')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id} data-testid="audit-row">
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>
              </TableCell>
              <TableCell data-testid="audit-actor-cell">
                {event.actorName ?? event.actorUsername ?? t('audit.anonymous')}
                {event.actorName && event.actorUsername ? (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                    {event.actorUsername}
                  </Typography>
                ) : null}
              </TableCell>
              <TableCell data-testid="audit-action-cell">
                {label(`audit.action.${event.action}`, event.action)}
              </TableCell>
              <TableCell>{target(event)}</TableCell>
              <TableCell>{outcome(event.outcome)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
