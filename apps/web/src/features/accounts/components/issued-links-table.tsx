import Button from '@mui/material/Button';
import { useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../shared/lib/dates';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
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
    <ResponsiveTable
      rows={links}
      rowKey={(link) => link.username}
      rowProps={(link) => ({ 'data-testid': 'issued-link', 'data-username': link.username })}
      label={t('accounts.link.title')}
      columns={[
        { key: 'username', header: t('accounts.column.username'), render: (link) => link.username },
        {
          key: 'displayName',
          header: t('accounts.column.displayName'),
          card: 'title',
          cardOrder: -1,
          render: (link) => `${link.displayName}${link.institutionName ? ` · ${link.institutionName}` : ''}`,
        },
        {
          key: 'url',
          header: t('accounts.link.url'),
          cellProps: () => ({
            'data-testid': 'issued-link-url',
            sx: { wordBreak: 'break-all', fontFamily: 'monospace' },
          }),
          render: (link) => link.url,
        },
        {
          key: 'expiresAt',
          header: t('accounts.link.expiresAt'),
          render: (link) => formatDateTime(link.expiresAt),
        },
        {
          key: 'copy',
          header: '',
          card: 'plain',
          render: (link) => (
            <Button size="small" onClick={() => void copy(link)}>
              {copied === link.username ? t('accounts.link.copied') : t('accounts.link.copy')}
            </Button>
          ),
        },
      ]}
    />
  );
}
