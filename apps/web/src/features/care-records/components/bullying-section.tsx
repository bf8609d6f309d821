import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { BullyingDocumentKind, CareRecordsFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { bullyingDocumentUrl, uploadBullyingDocument } from '../lib/bullying-document-upload';
import { dayOf, today } from './care-format';
import { DayField, FormDialog } from './form-dialog';
import { RuleText } from '../../../shared/rules/rule-info';

const KINDS: readonly BullyingDocumentKind[] = ['RULES', 'HANDBOOK'];

/** PRV-10: the adopted anti-bullying rules and handbook; downloads are audited by the server. */
export function BullyingSection({ records }: { records: CareRecordsFieldsFragment }) {
  const t = useT();
  const [isAdding, setIsAdding] = useState(false);
  return (
    <Stack spacing={2}>
      {records.hasBullyingDocuments ? null : (
        <Alert severity="warning" data-testid="bullying-missing">
          <RuleText>{t('careRecords.bullying.missing')}</RuleText>
        </Alert>
      )}
      {records.viewerCan.recordBullyingDocument ? (
        <Box>
          <Button
            variant="contained"
            onClick={() => setIsAdding(true)}
            data-testid="bullying-add"
            sx={{ minHeight: 44 }}
          >
            {t('careRecords.bullying.upload')}
          </Button>
        </Box>
      ) : null}
      {records.bullyingDocuments.length === 0 ? (
        <Typography color="text.secondary">{t('careRecords.bullying.empty')}</Typography>
      ) : null}
      {records.bullyingDocuments.map((d) => (
        <Card key={d.id} variant="outlined" data-testid="bullying-card">
          <CardContent sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <Box sx={{ flex: 1, minWidth: 180 }}>
              <Typography variant="subtitle1">{d.title}</Typography>
              <Typography variant="body2" color="text.secondary">
                {t(`careRecords.bullying.kind.${d.kind}`)} ·{' '}
                {t('careRecords.bullying.adopted', { date: dayOf(d.adoptedAt) })}
              </Typography>
            </Box>
            <Link
              href={bullyingDocumentUrl(d.id)}
              download={d.fileName}
              sx={{ minHeight: 44, display: 'inline-flex', alignItems: 'center' }}
            >
              {t('careRecords.bullying.download')}
            </Link>
          </CardContent>
        </Card>
      ))}
      {isAdding ? (
        <UploadDialog institutionId={records.institutionId} onClose={() => setIsAdding(false)} />
      ) : null}
    </Stack>
  );
}

function UploadDialog({ institutionId, onClose }: { institutionId: string; onClose: () => void }) {
  const t = useT();
  const apollo = useApolloClient();
  const [kind, setKind] = useState<BullyingDocumentKind>('RULES');
  const [title, setTitle] = useState('');
  const [day, setDay] = useState(today());
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async () => {
    if (!file)
      return setRefusal(t('careRecords.bullying.uploadFailed', { message: t('careRecords.bullying.file') }));
    setBusy(true);
    const outcome = await uploadBullyingDocument(institutionId, { kind, title, adoptedOn: day }, file);
    setBusy(false);
    if (outcome.ok) {
      await apollo.refetchQueries({ include: ['CareRecords'] });
      onClose();
    } else setRefusal(t('careRecords.bullying.uploadFailed', { message: outcome.message }));
  };
  return (
    <FormDialog
      title={t('careRecords.bullying.upload')}
      busy={busy}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="bullying-form"
      saveLabel={busy ? t('careRecords.bullying.uploading') : t('careRecords.save')}
      cancelLabel={t('careRecords.cancel')}
    >
      <TextField
        select
        label={t('careRecords.bullying.kind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as BullyingDocumentKind)}
      >
        {KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {t(`careRecords.bullying.kind.${k}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        label={t('careRecords.bullying.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        required
        slotProps={{
          htmlInput: { maxLength: TEXT_LIMITS.bullyingDocumentTitle, 'data-testid': 'bullying-title' },
        }}
      />
      <DayField
        label={t('careRecords.bullying.adoptedOn')}
        value={day}
        onChange={setDay}
        max={today()}
        testId="bullying-date"
      />
      <TextField
        type="file"
        label={t('careRecords.bullying.file')}
        onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { accept: '.pdf,.docx,image/jpeg,image/png', 'data-testid': 'bullying-file' },
        }}
      />
    </FormDialog>
  );
}
