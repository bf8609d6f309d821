import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { TEXT_LIMITS } from '@xiaohu/domain';
import type { RiskReferralInput } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import { dayToInstant } from './day-field';
import { DateInput } from '../../../shared/ui/date-fields';

export interface ReferralDraft {
  townshipOffice: string;
  townshipDay: string;
  policeStation: string;
  policeDay: string;
}

export const EMPTY_REFERRAL: ReferralDraft = {
  townshipOffice: '',
  townshipDay: '',
  policeStation: '',
  policeDay: '',
};

/** The referral as the API takes it; null when nothing was filled in. */
export function toReferralInput(draft: ReferralDraft): RiskReferralInput | null {
  const input: RiskReferralInput = {
    townshipOffice: draft.townshipOffice.trim() || null,
    townshipReferredAt: dayToInstant(draft.townshipDay),
    policeStation: draft.policeStation.trim() || null,
    policeReferredAt: dayToInstant(draft.policeDay),
  };
  return Object.values(input).some((value) => value !== null) ? input : null;
}

/** PRV-3: to which township or street office and which police station, and when. */
export function ReferralFields({
  value,
  onChange,
}: {
  value: ReferralDraft;
  onChange: (next: ReferralDraft) => void;
}) {
  const t = useT();
  const set = (key: keyof ReferralDraft) => (text: string) => onChange({ ...value, [key]: text });
  return (
    <Stack spacing={2}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('surroundings.field.townshipOffice')}
          value={value.townshipOffice}
          onChange={(event) => set('townshipOffice')(event.target.value)}
          slotProps={{
            htmlInput: { maxLength: TEXT_LIMITS.townshipOffice, 'data-testid': 'referral-township' },
          }}
          fullWidth
        />
        <DateInput
          kind="day"
          label={t('surroundings.field.townshipReferredAt')}
          value={value.townshipDay}
          onChange={set('townshipDay')}
          testId="referral-township-day"
          fullWidth
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('surroundings.field.policeStation')}
          value={value.policeStation}
          onChange={(event) => set('policeStation')(event.target.value)}
          slotProps={{
            htmlInput: { maxLength: TEXT_LIMITS.policeStation, 'data-testid': 'referral-police' },
          }}
          fullWidth
        />
        <DateInput
          kind="day"
          label={t('surroundings.field.policeReferredAt')}
          value={value.policeDay}
          onChange={set('policeDay')}
          testId="referral-police-day"
          fullWidth
        />
      </Stack>
    </Stack>
  );
}
