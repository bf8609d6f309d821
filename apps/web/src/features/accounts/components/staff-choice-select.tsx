import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useQuery } from '@apollo/client/react';
import { useT } from '../../../i18n/i18n';
import { AccountStaffChoicesQuery } from '../accounts.graphql';

/**
 * Picks a staff record from the institution's register (names, roles and posts only). A record held by
 * another account cannot be chosen: one person, one account.
 */
export function StaffChoiceSelect({
  institutionId,
  value,
  onChange,
  ownUsername,
}: {
  institutionId: string;
  value: string;
  onChange: (staffMemberId: string) => void;
  ownUsername?: string;
}) {
  const t = useT();
  const { data, loading } = useQuery(AccountStaffChoicesQuery, { variables: { institutionId } });
  const choices = data?.accountStaffChoices ?? [];
  return (
    <TextField
      select
      fullWidth
      label={t('accounts.staff.label')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      helperText={!loading && choices.length === 0 ? t('accounts.staff.empty') : t('accounts.staff.help')}
      slotProps={{ htmlInput: { 'data-testid': 'staff-choice' } }}
    >
      <MenuItem value="">{t('accounts.staff.none')}</MenuItem>
      {choices.map((choice) => {
        const heldByOther = choice.linkedUsername !== null && choice.linkedUsername !== ownUsername;
        return (
          <MenuItem
            key={choice.id}
            value={choice.id}
            disabled={heldByOther}
            data-testid="staff-choice-option"
          >
            {choice.name} · {t(`staff.role.${choice.role}`)} · {choice.post}
            {heldByOther ? ` (${t('accounts.staff.heldBy', { username: choice.linkedUsername ?? '' })})` : ''}
          </MenuItem>
        );
      })}
    </TextField>
  );
}
