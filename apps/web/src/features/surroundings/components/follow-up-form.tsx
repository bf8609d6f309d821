import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { RISK_FOLLOW_UP_OUTCOMES, TEXT_LIMITS } from '@xiaohu/domain';
import { useState } from 'react';
import type { RiskFollowUpOutcome } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { ErrorAlert } from '../../../shared/ui/error-alert';
import { PhotoPicker } from '../../photos';
import { useRiskLabels } from '../hooks/use-risk-labels';
import { useRecordRiskFollowUp } from '../hooks/use-surroundings-mutations';
import { dayToInstant, todayInDistrict } from './day-field';
import { EMPTY_REFERRAL, ReferralFields, toReferralInput, type ReferralDraft } from './referral-fields';
import { DateInput } from '../../../shared/ui/date-fields';

/** PRV-3: add a follow-up; while the subject is not referred, its referral first (the server says when). */
export function FollowUpForm({
  riskSubjectId,
  needsReferral,
}: {
  riskSubjectId: string;
  needsReferral: boolean;
}) {
  const t = useT();
  const labels = useRiskLabels();
  const { recordFollowUp, loading } = useRecordRiskFollowUp();
  const [day, setDay] = useState(todayInDistrict());
  const [outcome, setOutcome] = useState<RiskFollowUpOutcome>('UNCHANGED');
  const [note, setNote] = useState('');
  const [referral, setReferral] = useState<ReferralDraft>(EMPTY_REFERRAL);
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [isUploading, setIsUploading] = useState(false);
  const [alert, setAlert] = useState<string | null>(null);
  const submit = async () => {
    const result = await recordFollowUp({
      riskSubjectId,
      followedUpAt: dayToInstant(day) ?? '',
      outcome,
      note,
      referral: needsReferral ? toReferralInput(referral) : null,
      photoIds,
    });
    setAlert(
      result.type === 'INVALID_INPUT' && result.field === 'photoIds'
        ? t('photos.refused')
        : labels.failure(result),
    );
    if (result.type === 'SAVED') {
      setNote('');
      setReferral(EMPTY_REFERRAL);
      setPhotoIds([]);
    }
  };
  return (
    <Stack
      spacing={2}
      component="form"
      noValidate
      data-testid="follow-up-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <ErrorAlert message={alert} />
      {needsReferral ? (
        <>
          <Alert severity="warning">{t('surroundings.followUp.needsReferral')}</Alert>
          <ReferralFields value={referral} onChange={setReferral} />
        </>
      ) : null}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DateInput
          kind="day"
          label={t('surroundings.field.followedUpAt')}
          value={day}
          onChange={setDay}
          testId="follow-up-day"
          fullWidth
        />
        <TextField
          select
          label={t('surroundings.field.outcome')}
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as RiskFollowUpOutcome)}
          fullWidth
        >
          {RISK_FOLLOW_UP_OUTCOMES.map((value) => (
            <MenuItem key={value} value={value}>
              {labels.outcome(value)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      <TextField
        label={t('surroundings.field.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        multiline
        minRows={3}
        slotProps={{
          htmlInput: { maxLength: TEXT_LIMITS.riskFollowUpNote, 'data-testid': 'follow-up-note' },
        }}
        fullWidth
      />
      <div data-testid="follow-up-photo-picker">
        <PhotoPicker
          value={photoIds}
          onChange={setPhotoIds}
          label={t('surroundings.field.photos')}
          disabled={loading}
          onBusyChange={setIsUploading}
        />
      </div>
      <Button
        variant="contained"
        size="large"
        disabled={loading || isUploading || !note.trim() || !day}
        onClick={() => void submit()}
        data-testid="follow-up-submit"
      >
        {loading ? t('surroundings.form.saving') : t('surroundings.followUp.title')}
      </Button>
    </Stack>
  );
}
