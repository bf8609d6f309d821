import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { CHILD_LIST_TEMPLATE_URL, uploadChildList, type ChildListImportOutcome } from './child-list-rest';

/** PRV-8: import a list of watched children from Excel (the template's four columns); a report per row. */
export function ChildListImport() {
  const t = useT();
  const client = useApolloClient();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ChildListImportOutcome | null>(null);
  const choose = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    const result = await uploadChildList(file);
    setBusy(false);
    setOutcome(result);
    if (result.type === 'IMPORTED') await client.refetchQueries({ include: ['ChildFiles'] });
    if (input.current) input.current.value = '';
  };
  return (
    <Stack spacing={1} data-testid="child-list-import">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
        <Button href={CHILD_LIST_TEMPLATE_URL} download variant="outlined">
          {t('childFiles.import.template')}
        </Button>
        <Button variant="outlined" component="label" disabled={busy}>
          {busy ? t('childFiles.saving') : t('childFiles.import.choose')}
          <input
            ref={input}
            hidden
            type="file"
            accept=".xlsx"
            data-testid="child-list-file"
            onChange={(e) => void choose(e.target.files?.[0])}
          />
        </Button>
      </Stack>
      {outcome?.type === 'IMPORTED' ? (
        <Alert severity="success">{t('childFiles.import.done', { count: String(outcome.created) })}</Alert>
      ) : null}
      {outcome?.type === 'REJECTED' ? (
        <Alert severity="error" data-testid="child-list-rejected">
          {t('childFiles.import.rejected')}
          <ul>
            {outcome.errors.map((e, index) => (
              <li key={index}>{e.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {outcome?.type === 'FAILED' ? <Alert severity="error">{t('childFiles.import.failed')}</Alert> : null}
    </Stack>
  );
}
