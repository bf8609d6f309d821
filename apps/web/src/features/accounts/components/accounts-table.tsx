import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import type { AccountsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';

export type AccountRow = AccountsQuery['accounts']['edges'][number]['node'];

export type AccountAction = 'TOGGLE' | 'RESET' | 'SESSIONS' | 'LINK_STAFF';

/**
 * One row per account with its actions. The viewer's own account offers no disable or reset (the
 * server refuses both): sessions only.
 */
export function AccountsTable({
  accounts,
  viewerId,
  onAction,
}: {
  accounts: AccountRow[];
  viewerId: string;
  onAction: (action: AccountAction, account: AccountRow) => void;
}) {
  const t = useT();
  const labels = useLabels();
  return (
    <ResponsiveTable
      rows={accounts}
      rowKey={(account) => account.id}
      rowProps={(account) => ({ 'data-testid': 'account-row', 'data-username': account.username })}
      label={t('accounts.tableLabel')}
      testId="accounts-table"
      columns={[
        {
          key: 'username',
          header: t('accounts.column.username'),
          rowHeader: true,
          cardOrder: 1,
          render: (account) => account.username,
        },
        {
          key: 'displayName',
          header: t('accounts.column.displayName'),
          card: 'title',
          render: (account) => account.displayName,
        },
        { key: 'role', header: t('accounts.column.role'), render: (account) => labels.role(account.role) },
        {
          key: 'belongsTo',
          header: t('accounts.column.belongsTo'),
          render: (account) =>
            account.institutionName ?? (account.unit ? labels.unit(account.unit) : t('common.notSet')),
        },
        {
          key: 'staff',
          header: t('accounts.column.staff'),
          cellProps: () => ({ 'data-testid': 'account-staff' }),
          render: (account) =>
            account.staffMember ? `${account.staffMember.name} · ${account.staffMember.post}` : '—',
        },
        {
          key: 'status',
          header: t('accounts.column.status'),
          render: (account) => (
            <Chip
              size="small"
              data-testid="account-status"
              color={account.isDisabled ? 'default' : 'success'}
              label={account.isDisabled ? t('accounts.status.disabled') : t('accounts.status.enabled')}
            />
          ),
        },
        {
          key: 'actions',
          header: t('accounts.column.actions'),
          card: 'plain',
          render: (account) => (
            <>
              {account.hasPassword ? null : (
                <Chip
                  size="small"
                  variant="outlined"
                  label={t('accounts.status.noPassword')}
                  sx={{ mr: 1 }}
                />
              )}
              <Box sx={{ display: 'inline-flex', gap: 1, flexWrap: 'wrap' }}>
                {account.id === viewerId ? null : (
                  <Button
                    size="small"
                    variant="outlined"
                    color={account.isDisabled ? 'primary' : 'warning'}
                    data-testid="account-toggle"
                    onClick={() => onAction('TOGGLE', account)}
                  >
                    {account.isDisabled ? t('accounts.enable') : t('accounts.disable')}
                  </Button>
                )}
                {account.id === viewerId ? null : (
                  <Button
                    size="small"
                    variant="outlined"
                    data-testid="account-reset"
                    onClick={() => onAction('RESET', account)}
                  >
                    {t('accounts.reset')}
                  </Button>
                )}
                <Button
                  size="small"
                  variant="outlined"
                  data-testid="account-sessions"
                  onClick={() => onAction('SESSIONS', account)}
                >
                  {t('accounts.sessions.button')}
                </Button>
                {account.institutionId ? (
                  <Button
                    size="small"
                    variant="outlined"
                    data-testid="account-link-staff"
                    onClick={() => onAction('LINK_STAFF', account)}
                  >
                    {t('accounts.staff.button')}
                  </Button>
                ) : null}
              </Box>
            </>
          ),
        },
      ]}
    />
  );
}
