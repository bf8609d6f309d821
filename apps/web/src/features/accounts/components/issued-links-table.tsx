import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import type { IssuedLink } from '../hooks/account-admin-outcomes';

/** Each account's link with a copy button and its expiry. */
export function IssuedLinksTable({ links }: { links: IssuedLink[] }) {
  const t = useT();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (link: IssuedLink) => {
    await navigator.clipboard?.writeText(link.url);
    setCopied(link.username);
  };
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t('accounts.link.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('accounts.column.username')}</TableCell>
            <TableCell>{t('accounts.column.displayName')}</TableCell>
            <TableCell>{t('accounts.link.url')}</TableCell>
            <TableCell>{t('accounts.link.expiresAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {links.map((link) => (
            <TableRow key={link.username} data-testid="issued-link" data-username={link.username}>
              <TableCell>{link.username}</TableCell>
              <TableCell>
                {link.displayName}
                {link.institutionName ? ` · ${link.institutionName}` : ''}
              </TableCell>
              <TableCell
                sx={{ wordBreak: 'break-all', fontFamily: 'monospace' }}
                data-testid="issued-link-url"
              >
                {link.url}
              </TableCell>
              <TableCell>{formatDateTime(link.expiresAt)}</TableCell>
              <TableCell>
                <Button size="small" onClick={() => void copy(link)}>
                  {copied === link.username ? t('accounts.link.copied') : t('accounts.link.copy')}
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
