import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { SUSPECT_TYPES, type SuspectType } from '@xiaohu/domain';
import { useState } from 'react';
import type { TipFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { DateInput } from '../../../shared/ui/date-fields';
import { fromBeijingInputValue, toBeijingInputValue } from '../../incidents/forms/form-time';
import { TipSchoolsQuery } from '../tips.graphql';

export interface ConvertValues {
  institutionId: string;
  suspectType: SuspectType;
  institutionKnewAt: Date;
}

/**
 * REP-8, REP-3: turn a tip into a case: the school (the tip's by default), the suspect, and when the
 * school first knew (the tip's time by default; earlier means 瞒报, REP-4).
 */
export function ConvertTipDialog({
  tip,
  open,
  busy,
  error,
  onConvert,
  onCancel,
}: {
  tip: TipFieldsFragment;
  open: boolean;
  busy: boolean;
  error: string | null;
  onConvert: (values: ConvertValues) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const schools = useQuery(TipSchoolsQuery, { skip: !open });
  const [institutionId, setInstitutionId] = useState(tip.institutionId ?? '');
  const [suspectType, setSuspectType] = useState<SuspectType | ''>('');
  const [knewAt, setKnewAt] = useState(toBeijingInputValue(new Date(tip.submittedAt)));
  const knewAtInstant = fromBeijingInputValue(knewAt);
  const isFuture = knewAtInstant !== null && knewAtInstant.getTime() > Date.now();
  const canSubmit = Boolean(institutionId && suspectType && knewAtInstant && !isFuture && !busy);
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onCancel}
      fullWidth
      maxWidth="sm"
      data-testid="convert-dialog"
    >
      <DialogTitle>{t('tips.detail.convertTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('tips.detail.convertHint')}
        </Alert>
        {error ? (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {error}
          </Alert>
        ) : null}
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField
            select
            label={t('tips.detail.institution')}
            value={institutionId}
            onChange={(event) => setInstitutionId(event.target.value)}
            helperText={tip.institutionId ? undefined : t('tips.detail.chooseSchool')}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'convert-institution' } as object } }}
          >
            {(schools.data?.tipSchools ?? []).map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('tips.detail.suspectType')}
            value={suspectType}
            onChange={(event) => setSuspectType(event.target.value as SuspectType)}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'convert-suspect' } as object } }}
          >
            {SUSPECT_TYPES.map((type) => (
              <MenuItem key={type} value={type}>
                {t(`incidents.suspect.${type}`)}
              </MenuItem>
            ))}
          </TextField>
          <DateInput
            kind="minute"
            label={t('tips.detail.knewAt')}
            value={knewAt}
            onChange={setKnewAt}
            error={isFuture}
            helperText={isFuture ? t('tips.detail.futureTime') : undefined}
            testId="convert-knew-at"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy}>
          {t('tips.detail.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={!canSubmit}
          data-testid="convert-submit"
          onClick={() => {
            if (knewAtInstant && suspectType)
              onConvert({ institutionId, suspectType, institutionKnewAt: knewAtInstant });
          }}
        >
          {t('tips.detail.convertSubmit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
