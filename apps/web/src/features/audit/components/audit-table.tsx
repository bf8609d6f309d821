import Typography from '@mui/material/Typography';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { zhCN } from '../../../i18n/zh-CN';
import { formatDateTime } from '../../../shared/lib/dates';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';

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
    <ResponsiveTable
      rows={events}
      rowKey={(event) => event.id}
      rowProps={() => ({ 'data-testid': 'audit-row' })}
      label={t('audit.tableLabel')}
      testId="audit-table"
      columns={[
        {
          key: 'time',
          header: t('audit.column.time'),
          cellProps: () => ({ sx: { whiteSpace: 'nowrap' } }),
          render: (event) => <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt)}</time>,
        },
        {
          key: 'actor',
          header: t('audit.column.actor'),
          cellProps: () => ({ 'data-testid': 'audit-actor-cell' }),
          render: (event) => (
            <>
              {event.actorName ?? event.actorUsername ?? t('audit.anonymous')}
              {event.actorName && event.actorUsername ? (
                <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                  {event.actorUsername}
                </Typography>
              ) : null}
            </>
          ),
        },
        {
          key: 'action',
          header: t('audit.column.action'),
          card: 'title',
          cellProps: () => ({ 'data-testid': 'audit-action-cell' }),
          render: (event) => label(`audit.action.${event.action}`, event.action),
        },
        { key: 'target', header: t('audit.column.target'), render: (event) => target(event) },
        { key: 'outcome', header: t('audit.column.outcome'), render: (event) => outcome(event.outcome) },
      ]}
    />
  );
}
