import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ApiClientFieldsFragment } from '../../../gql/graphql';
import { useT, type MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { EmptyState } from '../../../shared/ui/empty-state';
import { LoadingState } from '../../../shared/ui/loading-state';
import { PageHeader } from '../../../shared/ui/page-header';
import { QueryError } from '../../../shared/ui/query-error';
import { RequirePermission } from '../../auth/components/require-permission';
import { ApiClientsQuery } from '../api-clients.graphql';
import { ApiClientsTable, type ApiClientAction } from '../components/api-clients-table';
import { CreateApiClientDialog } from '../components/create-api-client-dialog';
import { IssuedTokenDialog } from '../components/issued-token-dialog';
import type { IssuedToken } from '../hooks/api-client-outcomes';
import { useRevokeApiClient, useRotateApiClientToken } from '../hooks/use-api-client-mutations';

/** 接口客户端 (issue 13): administrators register systems that call the API with a token. */
export function ApiClientsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('apiClients.title')} subtitle={t('apiClients.subtitle')} />
      <RequirePermission permission="MANAGE_API_CLIENTS">
        <ApiClientsList />
      </RequirePermission>
    </>
  );
}

type Notice = { severity: 'success' | 'error'; text: string };

function ApiClientsList() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(ApiClientsQuery);
  const [isCreating, setIsCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [pending, setPending] = useState<{ action: ApiClientAction; client: ApiClientFieldsFragment } | null>(
    null,
  );
  const [notice, setNotice] = useState<Notice | null>(null);
  const { rotate, isRotating } = useRotateApiClientToken();
  const { revoke, isRevoking } = useRevokeApiClient();
  const refused = (messageKey: MessageKey) => setNotice({ severity: 'error', text: t(messageKey) });

  const confirm = async () => {
    if (!pending) return;
    const { action, client } = pending;
    switch (action) {
      case 'ROTATE': {
        const outcome = await rotate(client.id);
        setPending(null);
        if (outcome.type === 'ISSUED') setIssued(outcome.issued);
        else refused(outcome.messageKey);
        return;
      }
      case 'REVOKE': {
        const outcome = await revoke(client.id);
        setPending(null);
        if (outcome.type === 'REVOKED')
          setNotice({ severity: 'success', text: t('apiClients.revoked', { name: client.name }) });
        else refused(outcome.messageKey);
        return;
      }
      default:
        return assertNever(action);
    }
  };
  const dialogText = (action: ApiClientAction | undefined, name: string) => {
    switch (action) {
      case 'ROTATE':
        return {
          title: t('apiClients.rotate.confirmTitle', { name }),
          body: t('apiClients.rotate.confirmBody'),
        };
      case 'REVOKE':
      case undefined:
        return {
          title: t('apiClients.revoke.confirmTitle', { name }),
          body: t('apiClients.revoke.confirmBody'),
        };
      default:
        return assertNever(action);
    }
  };
  const text = dialogText(pending?.action, pending?.client.name ?? '');

  return (
    <>
      <Box sx={{ display: 'flex', mb: 2 }}>
        <Box sx={{ flex: 1 }} />
        <Button
          variant="contained"
          color="secondary"
          onClick={() => setIsCreating(true)}
          data-testid="api-client-create"
        >
          {t('apiClients.create.button')}
        </Button>
      </Box>
      {notice ? (
        <Alert
          severity={notice.severity}
          onClose={() => setNotice(null)}
          sx={{ mb: 2 }}
          data-testid="api-client-notice"
        >
          {notice.text}
        </Alert>
      ) : null}
      {error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !data && loading ? (
        <LoadingState />
      ) : data && data.apiClients.length === 0 ? (
        <EmptyState title={t('apiClients.empty.title')} body={t('apiClients.empty.body')} />
      ) : data ? (
        <ApiClientsTable
          clients={data.apiClients}
          now={new Date()}
          onAction={(action, client) => setPending({ action, client })}
        />
      ) : null}
      <CreateApiClientDialog
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(token) => setIssued(token)}
      />
      <ConfirmDialog
        open={pending !== null}
        title={text.title}
        body={text.body}
        busy={isRotating || isRevoking}
        onConfirm={() => void confirm()}
        onCancel={() => setPending(null)}
        testId="api-client-confirm"
      />
      <IssuedTokenDialog issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
