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

/** One row per account with a 停用 / 启用 button; the viewer's own account cannot be disabled. */
export function AccountsTable({
  accounts,
  viewerId,
  onToggle,
}: {
  accounts: AccountRow[];
  viewerId: string;
  onToggle: (account: AccountRow) => void;
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
              <TableCell>
                <Chip
                  size="small"
                  data-testid="account-status"
                  color={account.isDisabled ? 'default' : 'success'}
                  label={account.isDisabled ? t('accounts.status.disabled') : t('accounts.status.enabled')}
                />
              </TableCell>
              <TableCell>
                {account.id === viewerId ? null : (
                  <Button
                    size="small"
                    variant="outlined"
                    color={account.isDisabled ? 'primary' : 'warning'}
                    data-testid="account-toggle"
                    onClick={() => onToggle(account)}
                  >
                    {account.isDisabled ? t('accounts.enable') : t('accounts.disable')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
