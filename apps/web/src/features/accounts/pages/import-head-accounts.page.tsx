import Paper from '@mui/material/Paper';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../../app/paths';
import { useT } from '../../../i18n/i18n';
import { assertNever } from '../../../shared/lib/assert-never';
import { PageHeader } from '../../../shared/ui/page-header';
import { RequirePermission } from '../../auth/components/require-permission';
import { HeadAccountsTemplateQuery } from '../accounts.graphql';
import { ResponsiveTable } from '../../../shared/ui/responsive-table';
import { IssuedLinksTable } from '../components/issued-links-table';
import type { ImportHeadsOutcome } from '../hooks/account-admin-outcomes';
import { useImportHeadAccounts } from '../hooks/use-account-admin';

/** The server takes at most 64 KB; refuse a bigger file before sending it. */
export const MAX_HEADS_FILE_BYTES = 64 * 1024;

export function ImportHeadAccountsPage() {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t('accounts.importHeads.title')}
        subtitle={t('accounts.importHeads.subtitle')}
        actions={
          <Button component={RouterLink} to={paths.accounts()} variant="outlined">
            {t('accounts.importHeads.back')}
          </Button>
        }
      />
      <RequirePermission permission="MANAGE_ACCOUNTS">
        <ImportHeads />
      </RequirePermission>
    </>
  );
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsDataURL(file);
  });
}

function Outcome({ outcome }: { outcome: ImportHeadsOutcome }) {
  const t = useT();
  switch (outcome.type) {
    case 'IMPORTED':
      return (
        <>
          <Alert severity="success" sx={{ mb: 2 }} data-testid="heads-imported">
            {t('accounts.importHeads.imported', { count: outcome.links.length })} {t('accounts.link.once')}
          </Alert>
          <IssuedLinksTable links={outcome.links} />
        </>
      );
    case 'REJECTED':
      return (
        <>
          <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="heads-rejected">
            {t('accounts.importHeads.rejected', { count: outcome.errors.length, rows: outcome.rowCount })}
          </Alert>
          <ResponsiveTable
            rows={outcome.errors.map((error, index) => ({ ...error, key: `${error.row}-${index}` }))}
            rowKey={(error) => error.key}
            rowProps={() => ({ 'data-testid': 'heads-error-row' })}
            label={t('accounts.importHeads.errorTable')}
            columns={[
              { key: 'row', header: t('accounts.importHeads.row'), render: (error) => error.row },
              {
                key: 'column',
                header: t('accounts.importHeads.column'),
                render: (error) => error.column ?? '—',
              },
              {
                key: 'message',
                header: t('accounts.importHeads.message'),
                card: 'plain',
                render: (error) => error.message,
              },
            ]}
          />
        </>
      );
    case 'EMPTY_OR_TOO_LARGE':
      return <Alert severity="error">{t('accounts.importHeads.tooLarge')}</Alert>;
    default:
      return assertNever(outcome);
  }
}

function ImportHeads() {
  const t = useT();
  const client = useApolloClient();
  const { importHeads, isImporting } = useImportHeadAccounts();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ImportHeadsOutcome | null>(null);
  const tooLarge = file !== null && file.size > MAX_HEADS_FILE_BYTES;

  const downloadTemplate = async () => {
    const { data } = await client.query({ query: HeadAccountsTemplateQuery, fetchPolicy: 'network-only' });
    if (!data) return;
    const bytes = Uint8Array.from(atob(data.headAccountsTemplate), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(
      new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
    const link = document.createElement('a');
    link.href = url;
    link.download = '负责人账户模板.xlsx';
    link.click();
    URL.revokeObjectURL(url);
  };
  const upload = async () => {
    if (!file) return;
    setOutcome(await importHeads(await readBase64(file)));
  };

  return (
    <>
      <Paper variant="outlined" sx={{ p: 3, mb: 3 }}>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('accounts.importHeads.howTo')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <Button variant="outlined" onClick={() => void downloadTemplate()} data-testid="heads-template">
            {t('accounts.importHeads.template')}
          </Button>
          <Button component="label" variant="outlined" disabled={isImporting}>
            {t('accounts.importHeads.chooseFile')}
            <input
              type="file"
              hidden
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="heads-file"
              onChange={(event) => {
                setOutcome(null);
                setFile(event.target.files?.[0] ?? null);
              }}
            />
          </Button>
          <Typography variant="body2" color="text.secondary">
            {file ? file.name : t('accounts.importHeads.noFile')}
          </Typography>
          <Button
            variant="contained"
            disabled={!file || tooLarge || isImporting}
            onClick={() => void upload()}
            data-testid="heads-upload"
          >
            {isImporting ? t('accounts.importHeads.importing') : t('accounts.importHeads.upload')}
          </Button>
        </Box>
        {tooLarge ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('accounts.importHeads.tooLarge')}
          </Alert>
        ) : null}
      </Paper>
      {outcome ? <Outcome outcome={outcome} /> : null}
    </>
  );
}
