import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { RequirePermission } from '../../auth/components/require-permission';
import { useViewer } from '../../auth/hooks/use-viewer';
import { useT } from '../../../i18n/i18n';
import { useCursorPages } from '../../../shared/hooks/use-cursor-pages';
import { EmptyState } from '../../../shared/ui/empty-state';
import { PagedConnection } from '../../../shared/ui/paged-connection';
import { PageHeader } from '../../../shared/ui/page-header';
import { AccountsQuery } from '../accounts.graphql';
import { AccountsTable, type AccountRow } from '../components/accounts-table';
import { ToggleAccountDialog } from '../components/toggle-account-dialog';
import {
  accountOutcomeMessageKey,
  useSetAccountDisabled,
  type SetAccountDisabledOutcome,
} from '../hooks/use-set-account-disabled';

const PAGE_SIZE = 20;

export function AccountsPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('accounts.title')} subtitle={t('accounts.subtitle')} />
      <RequirePermission permission="MANAGE_ACCOUNTS">
        <AccountsList />
      </RequirePermission>
    </>
  );
}

function AccountsList() {
  const t = useT();
  const viewer = useViewer();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const [pending, setPending] = useState<AccountRow | null>(null);
  const [outcome, setOutcome] = useState<SetAccountDisabledOutcome | null>(null);
  const pages = useCursorPages(search);
  const { setAccountDisabled, isSaving } = useSetAccountDisabled();
  const { data, previousData, loading, error, refetch } = useQuery(AccountsQuery, {
    variables: { filter: search ? { search } : undefined, first: PAGE_SIZE, after: pages.after },
  });
  const connection = (data ?? previousData)?.accounts;

  const confirm = async (account: AccountRow) => {
    const result = await setAccountDisabled(account.id, !account.isDisabled);
    setPending(null);
    setOutcome(result);
  };

  return (
    <>
      <Box
        component="form"
        role="search"
        aria-label={t('common.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(draft.trim());
        }}
        sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2 }}
      >
        <TextField
          size="small"
          label={t('accounts.searchLabel')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          sx={{ minWidth: 280 }}
          slotProps={{ htmlInput: { 'data-testid': 'accounts-search' } }}
        />
        <Button type="submit" variant="contained" data-testid="accounts-search-submit">
          {t('common.search')}
        </Button>
      </Box>
      {outcome ? (
        <Alert
          severity={outcome.type === 'DONE' ? 'success' : 'error'}
          onClose={() => setOutcome(null)}
          sx={{ mb: 2 }}
          data-testid="account-outcome"
        >
          {t(accountOutcomeMessageKey(outcome))}
        </Alert>
      ) : null}
      <PagedConnection
        connection={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        pages={pages}
        summary={(page) => t('accounts.total', { count: page.totalCount })}
        empty={
          <EmptyState
            title={t('accounts.empty.title')}
            body={search ? t('accounts.empty.filtered') : t('accounts.empty.none')}
          />
        }
      >
        {(accounts) => <AccountsTable accounts={accounts} viewerId={viewer.id} onToggle={setPending} />}
      </PagedConnection>
      <ToggleAccountDialog
        account={pending}
        busy={isSaving}
        onConfirm={(account) => void confirm(account)}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
