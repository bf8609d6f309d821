import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import type { StaffRole } from '../../../gql/graphql';
import { useT } from '../../../i18n/i18n';
import type { ReportableStaffOption } from '../forms/disclosure-form.schema';
import { staffOptionLabel, useReportableStaff } from '../hooks/use-reportable-staff';
import { RuleText } from '../../../shared/rules/rule-info';

/** Issue 4: pick the suspect from the own school's staff; the free-text description remains the fallback. */
export function SuspectStaffPicker({
  value,
  onChange,
  isInvalid = false,
}: {
  value: ReportableStaffOption | null;
  onChange: (value: ReportableStaffOption | null) => void;
  isInvalid?: boolean;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { options, isLoading, hasFailed } = useReportableStaff(search, true);
  const roleLabel = (role: StaffRole) => t(`staff.role.${role}`);
  return (
    <Autocomplete
      id="disclosure-suspect-staff"
      data-testid="disclosure-suspect-staff"
      options={options}
      value={value}
      onChange={(_event, picked) => onChange(picked)}
      onInputChange={(_event, input, reason) => {
        // Picking fills the input with the label; only typing is a search.
        if (reason === 'input' || reason === 'clear') setSearch(reason === 'clear' ? '' : input);
      }}
      // The server already filtered by name.
      filterOptions={(all) => all}
      getOptionLabel={(option) => staffOptionLabel(option, roleLabel)}
      isOptionEqualToValue={(option, picked) => option.id === picked.id}
      loading={isLoading}
      loadingText={t('incidents.report.suspectStaffLoading')}
      noOptionsText={t(
        hasFailed ? 'incidents.report.suspectStaffLoadFailed' : 'incidents.report.suspectStaffNoMatch',
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={t('incidents.report.suspectStaff')}
          error={isInvalid}
          helperText={<RuleText>{t('incidents.report.suspectStaffHint')}</RuleText>}
        />
      )}
    />
  );
}
