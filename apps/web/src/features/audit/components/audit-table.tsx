import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { MESSAGES } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';

type AuditEventRow = AuditEventsQuery['auditEvents']['edges'][number]['node'];

// Actions and outcomes are open strings on the API; known ones get a label, others show as they are.
function knownKey(key: string): key is MessageKey {
  return key in MESSAGES['zh-CN'];
}

export function AuditTable({ events }: { events: AuditEventRow[] }) {
  const t = useT();
  const label = (key: string, raw: string) => (knownKey(key) ? t(key) : raw);
  const outcome = (value: string) =>
    value === 'OK' ? t('audit.outcome.OK') : label(`errorCode.${value}`, value);

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
              <TableCell>{event.actorUsername ?? t('audit.anonymous')}</TableCell>
              <TableCell>{label(`audit.action.${event.action}`, event.action)}</TableCell>
              <TableCell>{[event.targetType, event.targetId].filter(Boolean).join(' #') || '—'}</TableCell>
              <TableCell>{outcome(event.outcome)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
