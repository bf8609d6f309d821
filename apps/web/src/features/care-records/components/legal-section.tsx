import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type {
  CareRecordsFieldsFragment,
  LegalVicePrincipalStatusCode,
  LegalVicePrincipalUnit,
} from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { useRecordLegalVicePrincipal } from '../hooks/use-care-mutations';
import { dayOf, lastDayBefore, today } from './care-format';
import { DayField, FormDialog, refusalText } from './form-dialog';
import { RuleText } from '../../../shared/rules/rule-info';
import { LimitedTextField } from '../../../shared/ui/limited-text-field';

const UNITS: readonly LegalVicePrincipalUnit[] = ['POLICE', 'PROCURATORATE', 'COURT', 'JUSTICE_BUREAU'];
const STATUS_COLOR: Record<LegalVicePrincipalStatusCode, 'success' | 'warning' | 'error'> = {
  ACTIVE: 'success',
  EXPIRING: 'warning',
  EXPIRED: 'error',
  MISSING: 'error',
};

/** PRV-5: the vice-principal for legal affairs in office (status from the server) and every appointment. */
export function LegalSection({ records }: { records: CareRecordsFieldsFragment }) {
  const t = useT();
  const [isAdding, setIsAdding] = useState(false);
  const lvp = records.legalVicePrincipal;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          color={STATUS_COLOR[lvp.status]}
          label={t(`careRecords.lvp.status.${lvp.status}`)}
          data-testid="lvp-status"
        />
        {lvp.endsAt ? (
          <Typography variant="body2">
            {t('careRecords.lvp.endsAt', { date: lastDayBefore(lvp.endsAt) })}
          </Typography>
        ) : null}
      </Box>
      {lvp.isGap ? (
        <Alert severity="error">
          <RuleText>{t('careRecords.lvp.gap')}</RuleText>
        </Alert>
      ) : null}
      {records.viewerCan.recordLegalVicePrincipal ? (
        <Box>
          <Button
            variant="contained"
            onClick={() => setIsAdding(true)}
            data-testid="lvp-add"
            sx={{ minHeight: 44 }}
          >
            {t('careRecords.lvp.add')}
          </Button>
        </Box>
      ) : null}
      {lvp.appointments.length === 0 ? (
        <Typography color="text.secondary">{t('careRecords.lvp.empty')}</Typography>
      ) : null}
      {lvp.appointments.map((a) => (
        <Card key={a.id} variant="outlined" data-testid="lvp-card">
          <CardContent>
            <Typography variant="subtitle1">
              {a.name}（{t(`careRecords.unit.${a.unit}`)}）
            </Typography>
            <Typography variant="body2">{a.organisation}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('careRecords.lvp.term', { start: dayOf(a.termStart), end: lastDayBefore(a.termEnd) })}
              {a.phone ? ` · ${a.phone}` : ''}
            </Typography>
          </CardContent>
        </Card>
      ))}
      {isAdding ? (
        <LegalDialog institutionId={records.institutionId} onClose={() => setIsAdding(false)} />
      ) : null}
    </Stack>
  );
}

function LegalDialog({ institutionId, onClose }: { institutionId: string; onClose: () => void }) {
  const t = useT();
  const { save, loading } = useRecordLegalVicePrincipal();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<LegalVicePrincipalUnit>('POLICE');
  const [organisation, setOrganisation] = useState('');
  const [phone, setPhone] = useState('');
  const [termStart, setTermStart] = useState(today());
  const [termEnd, setTermEnd] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const labels = {
    name: t('careRecords.lvp.name'),
    organisation: t('careRecords.lvp.organisation'),
    phone: t('careRecords.lvp.phone'),
    termStart: t('careRecords.lvp.termStart'),
    termEnd: t('careRecords.lvp.termEnd'),
  };
  const submit = async () => {
    const outcome = await save({
      institutionId,
      name,
      unit,
      organisation,
      phone: phone || null,
      termStart,
      termEnd,
    });
    if (outcome.type === 'SAVED') onClose();
    else setRefusal(refusalText(t, outcome, 'careRecords', labels));
  };
  return (
    <FormDialog
      title={t('careRecords.lvp.add')}
      busy={loading}
      refusal={refusal}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="lvp-form"
      saveLabel={t('careRecords.save')}
      cancelLabel={t('careRecords.cancel')}
    >
      <TextField
        label={labels.name}
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        autoFocus
        slotProps={{
          htmlInput: { maxLength: TEXT_LIMITS.legalVicePrincipalName, 'data-testid': 'lvp-name' },
        }}
      />
      <TextField
        select
        label={t('careRecords.lvp.unit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value as LegalVicePrincipalUnit)}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'lvp-unit' } as object } }}
      >
        {UNITS.map((u) => (
          <MenuItem key={u} value={u}>
            {t(`careRecords.unit.${u}`)}
          </MenuItem>
        ))}
      </TextField>
      <LimitedTextField
        label={labels.organisation}
        value={organisation}
        onChange={(e) => setOrganisation(e.target.value)}
        required
        slotProps={{
          htmlInput: {
            maxLength: TEXT_LIMITS.legalVicePrincipalOrganisation,
            'data-testid': 'lvp-organisation',
          },
        }}
      />
      <LimitedTextField
        label={labels.phone}
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
        slotProps={{ htmlInput: { maxLength: TEXT_LIMITS.legalVicePrincipalPhone, inputMode: 'tel' } }}
      />
      <DayField label={labels.termStart} value={termStart} onChange={setTermStart} testId="lvp-term-start" />
      <DayField label={labels.termEnd} value={termEnd} onChange={setTermEnd} testId="lvp-term-end" />
    </FormDialog>
  );
}
