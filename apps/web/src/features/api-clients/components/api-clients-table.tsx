import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ApiClientFieldsFragment, ApiClientStatus } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { dayOfInstant, formatDateTime, formatDateTimeShort } from '../../../shared/lib/dates';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';

export type ApiClientAction = 'ROTATE' | 'REVOKE';

// Colour only: what may be done is the client's viewerCan.
const STATUS_COLOR: Record<ApiClientStatus, 'success' | 'warning' | 'default'> = {
  ACTIVE: 'success',
  EXPIRED: 'warning',
  REVOKED: 'default',
};

/** The administrator's list: scope, access, status, last use, today's calls, tokens and actions. */
export function ApiClientsTable({
  clients,
  now,
  onAction,
}: {
  clients: readonly ApiClientFieldsFragment[];
  /** The moment the page was drawn, for "today" in Shanghai. */
  now: Date;
  onAction: (action: ApiClientAction, client: ApiClientFieldsFragment) => void;
}) {
  const t = useT();
  const labels = useLabels();
  const today = dayOfInstant(now.toISOString());
  return (
    <ResponsiveTable
      rows={clients}
      rowKey={(client) => client.id}
      rowProps={(client) => ({ 'data-testid': 'api-client-row', 'data-client-name': client.name })}
      label={t('apiClients.title')}
      testId="api-clients-table"
      columns={[
        {
          key: 'name',
          header: t('apiClients.column.name'),
          card: 'title',
          rowHeader: true,
          render: (client) => (
            <>
              {client.name}
              {client.description ? (
                <Typography variant="body2" color="text.secondary">
                  {client.description}
                </Typography>
              ) : null}
            </>
          ),
        },
        {
          key: 'scope',
          header: t('apiClients.column.scope'),
          render: (client) =>
            [labels.role(client.role), client.unit ? labels.unit(client.unit) : null, client.institutionName]
              .filter(Boolean)
              .join(' · '),
        },
        {
          key: 'access',
          header: t('apiClients.column.access'),
          render: (client) => (
            <Stack spacing={0.5}>
              <span>{client.canWrite ? t('apiClients.access.write') : t('apiClients.access.readOnly')}</span>
              {client.isDesignatedCaseOfficer ? <span>{t('apiClients.access.designated')}</span> : null}
              <span>{t('apiClients.access.rateLimit', { count: client.rateLimitPerMinute })}</span>
            </Stack>
          ),
        },
        {
          key: 'status',
          header: t('apiClients.column.status'),
          cellProps: (client) => ({ 'data-testid': 'api-client-status', 'data-status': client.status }),
          render: (client) => (
            <Chip
              size="small"
              color={STATUS_COLOR[client.status]}
              label={t(`apiClients.status.${client.status}`)}
            />
          ),
        },
        {
          key: 'lastUsed',
          header: t('apiClients.column.lastUsed'),
          render: (client) =>
            client.lastUsedAt ? formatDateTime(client.lastUsedAt) : t('apiClients.neverUsed'),
        },
        {
          key: 'usage',
          header: t('apiClients.column.usage'),
          cellProps: () => ({ 'data-testid': 'api-client-usage' }),
          render: (client) => {
            const day = client.usage.find((entry) => entry.day === today);
            return t('apiClients.usage', { calls: day?.calls ?? 0, refused: day?.refused ?? 0 });
          },
        },
        {
          key: 'tokens',
          header: t('apiClients.column.tokens'),
          render: (client) => (
            <Stack spacing={0.5}>
              {client.tokens.map((token) => (
                <span key={token.id}>
                  <code>
                    {t('apiClients.token', {
                      prefix: token.prefix,
                      expiresAt: formatDateTimeShort(token.supersededUntil ?? token.expiresAt),
                    })}
                  </code>{' '}
                  ({t(`apiClients.tokenState.${token.state}`)})
                </span>
              ))}
            </Stack>
          ),
        },
        {
          key: 'actions',
          header: t('apiClients.column.actions'),
          card: 'plain',
          render: (client) => (
            <Stack direction="row" spacing={1}>
              {client.viewerCan.rotate ? (
                <Button
                  size="small"
                  onClick={() => onAction('ROTATE', client)}
                  data-testid="api-client-rotate"
                >
                  {t('apiClients.rotate')}
                </Button>
              ) : null}
              {client.viewerCan.revoke ? (
                <Button
                  size="small"
                  color="error"
                  onClick={() => onAction('REVOKE', client)}
                  data-testid="api-client-revoke"
                >
                  {t('apiClients.revoke')}
                </Button>
              ) : null}
            </Stack>
          ),
        },
      ]}
    />
  );
}
