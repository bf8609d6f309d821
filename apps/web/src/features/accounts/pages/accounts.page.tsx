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
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import type { MessageKey } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { AccountSessionsDialog } from '../components/account-sessions-dialog';
import { AccountsTable, type AccountAction, type AccountRow } from '../components/accounts-table';
import { ConfirmDialog } from '../../../shared/ui/confirm-dialog';
import { CreateAccountDialog } from '../components/create-account-dialog';
import { IssuedLinksDialog } from '../components/issued-links-dialog';
import { LinkStaffDialog } from '../components/link-staff-dialog';
import type { IssuedLink } from '../hooks/account-admin-outcomes';
import { useResetAccountPassword } from '../hooks/use-account-admin';
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
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        actions={
          <Button
            component={RouterLink}
            to={paths.accountsImportHeads()}
            variant="outlined"
            data-testid="accounts-import-heads"
          >
            {t('accounts.importHeads.nav')}
          </Button>
        }
      />
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
  const [isCreating, setIsCreating] = useState(false);
  const [resetting, setResetting] = useState<AccountRow | null>(null);
  const [resetRefusal, setResetRefusal] = useState<MessageKey | null>(null);
  const [sessionsOf, setSessionsOf] = useState<AccountRow | null>(null);
  const [linking, setLinking] = useState<AccountRow | null>(null);
  const [links, setLinks] = useState<IssuedLink[] | null>(null);
  const { resetPassword, isResetting } = useResetAccountPassword();
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
  const confirmReset = async (account: AccountRow) => {
    const result = await resetPassword(account.id);
    setResetting(null);
    if (result.type === 'ISSUED') {
      setResetRefusal(null);
      setLinks([result.link]);
    } else setResetRefusal(result.type === 'SELF' ? 'accounts.reset.self' : 'accounts.outcome.notFound');
  };
  const onAction = (action: AccountAction, account: AccountRow) => {
    switch (action) {
      case 'TOGGLE':
        return setPending(account);
      case 'RESET':
        return setResetting(account);
      case 'SESSIONS':
        return setSessionsOf(account);
      case 'LINK_STAFF':
        return setLinking(account);
      default:
        return assertNever(action);
    }
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
        sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}
      >
        <TextField
          size="small"
          label={t('accounts.searchLabel')}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          sx={{ minWidth: { xs: 0, sm: 280 }, flex: { xs: '1 1 200px', sm: '0 0 auto' } }}
          slotProps={{ htmlInput: { 'data-testid': 'accounts-search' } }}
        />
        <Button type="submit" variant="contained" data-testid="accounts-search-submit">
          {t('common.search')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button
          variant="contained"
          color="secondary"
          onClick={() => setIsCreating(true)}
          data-testid="account-create"
        >
          {t('accounts.create.button')}
        </Button>
      </Box>
      {resetRefusal ? (
        <Alert
          severity="error"
          onClose={() => setResetRefusal(null)}
          sx={{ mb: 2 }}
          data-testid="reset-outcome"
        >
          {t(resetRefusal)}
        </Alert>
      ) : null}
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
        {(accounts) => <AccountsTable accounts={accounts} viewerId={viewer.id} onAction={onAction} />}
      </PagedConnection>
      <ToggleAccountDialog
        account={pending}
        busy={isSaving}
        onConfirm={(account) => void confirm(account)}
        onCancel={() => setPending(null)}
      />
      <ConfirmDialog
        open={resetting !== null}
        title={t('accounts.reset.confirmTitle', { name: resetting?.displayName ?? '' })}
        body={t('accounts.reset.confirmBody')}
        busy={isResetting}
        onConfirm={() => resetting && void confirmReset(resetting)}
        onCancel={() => setResetting(null)}
        testId="account-reset-dialog"
      />
      <CreateAccountDialog
        open={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(link) => setLinks([link])}
      />
      <AccountSessionsDialog account={sessionsOf} onClose={() => setSessionsOf(null)} />
      <LinkStaffDialog account={linking} onClose={() => setLinking(null)} />
      <IssuedLinksDialog links={links} onClose={() => setLinks(null)} />
    </>
  );
}
