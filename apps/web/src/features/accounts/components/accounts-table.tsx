import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { AccountsQuery } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useLabels } from '../../../shared/hooks/use-labels';

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
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('accounts.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('accounts.column.username')}</TableCell>
            <TableCell>{t('accounts.column.displayName')}</TableCell>
            <TableCell>{t('accounts.column.role')}</TableCell>
            <TableCell>{t('accounts.column.belongsTo')}</TableCell>
            <TableCell>{t('accounts.column.staff')}</TableCell>
            <TableCell>{t('accounts.column.status')}</TableCell>
            <TableCell>{t('accounts.column.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {accounts.map((account) => (
            <TableRow key={account.id} data-testid="account-row" data-username={account.username}>
              <TableCell component="th" scope="row">
                {account.username}
              </TableCell>
              <TableCell>{account.displayName}</TableCell>
              <TableCell>{labels.role(account.role)}</TableCell>
              <TableCell>
                {account.institutionName ?? (account.unit ? labels.unit(account.unit) : t('common.notSet'))}
              </TableCell>
              <TableCell data-testid="account-staff">
                {account.staffMember ? `${account.staffMember.name} · ${account.staffMember.post}` : '—'}
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  data-testid="account-status"
                  color={account.isDisabled ? 'default' : 'success'}
                  label={account.isDisabled ? t('accounts.status.disabled') : t('accounts.status.enabled')}
                />
              </TableCell>
              <TableCell>
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
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
